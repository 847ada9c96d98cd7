import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRONT_PORT, REDIS_PORT, WEB_PORT_2, secret, siteUrl } from './config';
import { repoRoot } from './paths';
import { startServer, waitFor, type ServerProcess } from './server-process';
import { startSite, startStack, type Stack, type StackOptions } from './stack';

/**
 * The scaled shape on top of the usual stack (support/stack.ts): Redis as the shared Next cache, the
 * stack's web instance plus a second one (both with REDIS_URL and the purge settings), and Varnish with
 * the repository's VCL in front of them. Strapi's webhook goes through the front, as with
 * `npm run start:front`. Everything runs from Debian's packages (scripts/provision.sh installs them).
 */
export interface Front extends Stack {
  /** The front: what readers use. */
  frontUrl: string;
  /** The two web instances, direct. */
  webUrls: [string, string];
  purgeSecret: string;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  stopWeb2(): Promise<void>;
  startWeb2(): Promise<void>;
  /** The last lines both web instances printed (purge reports, errors). */
  webLogs(): string;
}

const frontUrl = `http://127.0.0.1:${FRONT_PORT}`;

export async function startFront(options: StackOptions = {}): Promise<Front> {
  const purgeSecret = secret();
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-front-'));
  // varnishd compiles the VCL as an unprivileged user when started as root: the VCL is copied into this
  // world-readable folder, since the checkout may sit below a folder only root can enter (mktemp's 0700).
  chmodSync(dir, 0o755);
  const vcl = join(dir, 'default.vcl');
  copyFileSync(join(repoRoot, 'docker', 'varnish', 'default.vcl'), vcl);
  chmodSync(vcl, 0o644);
  const frontWebEnv = {
    REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    FRONT_PURGE_URL: `${frontUrl}/`,
    FRONT_PURGE_SECRET: purgeSecret,
    TRUST_PROXY: 'true',
  };
  let redis: ServerProcess | undefined;
  let web2: ServerProcess | undefined;
  let varnish: ServerProcess | undefined;
  let stack: Stack | undefined;

  const startRedis = async () => {
    redis = startServer(
      'redis',
      'redis-server',
      ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { cwd: dir, env: {} },
    );
    const accepts = () =>
      new Promise<true | undefined>((resolve) => {
        const socket = connect(REDIS_PORT, '127.0.0.1', () => {
          socket.end();
          resolve(true);
        });
        socket.once('error', () => resolve(undefined));
      });
    await waitFor('Redis to accept connections', accepts);
  };
  const startWeb2 = async () => {
    web2 = await startSite('web-2', WEB_PORT_2, stack!.secrets, { ...frontWebEnv, ...options.webEnv });
  };
  const stopAll = async () => {
    await varnish?.stop();
    await web2?.stop();
    await stack?.stop();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await startRedis();
    stack = await startStack({
      ...options,
      cmsEnv: { WEB_REVALIDATE_URL: `${frontUrl}/api/revalidate`, ...options.cmsEnv },
      webEnv: { ...frontWebEnv, ...options.webEnv },
    });
    await startWeb2();
    const backends = join(dir, 'front-backends.vcl');
    execFileSync(process.execPath, [
      join(repoRoot, 'docker', 'varnish', 'write-backends.mjs'),
      backends,
      '--web',
      new URL(siteUrl).host,
      '--web',
      `127.0.0.1:${WEB_PORT_2}`,
    ]);
    const server = startServer(
      'varnish',
      'varnishd',
      [
        '-F',
        '-a',
        `127.0.0.1:${FRONT_PORT}`,
        '-f',
        vcl,
        '-p',
        `vcl_path=${dir}`,
        '-n',
        join(dir, 'varnish'),
        '-s',
        'malloc,128m',
        '-T',
        'none',
      ],
      // The VCL compiler runs as that unprivileged user too: the system's folders come first on its PATH,
      // ahead of any the caller has below a folder only root can enter.
      { cwd: dir, env: { FRONT_PURGE_SECRET: purgeSecret, PATH: `/usr/bin:/bin:${process.env.PATH ?? ''}` } },
    );
    varnish = server;
    await waitFor(
      'the front to answer',
      async () => ((await fetch(`${frontUrl}/en`)).ok ? true : undefined),
      {
        timeoutMs: 60_000,
        intervalMs: 250,
      },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- varnishd output ---\n${server.tail()}`);
    });
  } catch (error) {
    await stopAll();
    throw error;
  }

  const started = stack;
  return {
    ...started,
    frontUrl,
    webUrls: [siteUrl, `http://127.0.0.1:${WEB_PORT_2}`],
    purgeSecret,
    stopRedis: async () => redis?.stop(),
    startRedis,
    stopWeb2: async () => web2?.stop(),
    startWeb2,
    webLogs: () => `${started.webLog()}\n${web2?.tail() ?? ''}`,
    stop: stopAll,
  };
}
