import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsEnv, cmsUrl, readRunSecrets, siteUrl, webEnv, type RunSecrets } from './config';
import { cmsDir, webDir } from './paths';
import { startServer, waitFor, type ServerProcess } from './server-process';

const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

/** A whole system for one test file: Strapi on its own SQLite file with demo content, and `next start`. */
export interface Stack {
  cmsUrl: string;
  siteUrl: string;
  secrets: RunSecrets;
  stopCms(): Promise<void>;
  startCms(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const secrets = readRunSecrets();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-e2e-'));
  // Fixed for the stack's lifetime: a restarted Strapi must decrypt what the first one wrote.
  const env = cmsEnv(secrets, dataDir);
  mkdirSync(join(dataDir, 'public', 'uploads'), { recursive: true });
  let cms: ServerProcess | undefined;

  const startCms = async () => {
    cms = startServer('cms', bin(cmsDir, 'strapi'), ['start'], { cwd: cmsDir, env });
    await waitFor(
      'Strapi to answer',
      async () => ((await fetch(`${cmsUrl}/_health`)).status < 300 ? true : undefined),
      {
        timeoutMs: 120_000,
        intervalMs: 250,
      },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- Strapi output ---\n${cms?.tail()}`);
    });
  };
  await startCms();

  // The site's own production server (server.mjs: `next start` plus real 503s and full error pages).
  const web = startServer('web', process.execPath, ['server.mjs'], {
    cwd: webDir,
    env: { ...webEnv(secrets), NODE_ENV: 'production', PORT: new URL(siteUrl).port, WEB_HOST: '127.0.0.1' },
  });
  await waitFor(
    'the site to answer',
    async () => ((await fetch(`${siteUrl}/en`)).status ? true : undefined),
    {
      timeoutMs: 60_000,
      intervalMs: 250,
    },
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n--- next start output ---\n${web.tail()}`);
  });

  return {
    cmsUrl,
    siteUrl,
    secrets,
    startCms,
    stopCms: async () => cms?.stop(),
    async stop() {
      await web.stop();
      await cms?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
