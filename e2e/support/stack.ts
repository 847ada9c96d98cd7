import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cmsEnv,
  cmsUrl,
  readRunSecrets,
  siteUrl,
  webEnv,
  type DatabaseSettings,
  type RunSecrets,
} from './config';
import { cmsDir, webDir, webDistDir } from './paths';
import { startPostgres, type PostgresCluster } from './postgres';
import { startServer, waitFor, type ServerProcess } from './server-process';

const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

export type DatabaseClient = 'sqlite' | 'postgres';

/**
 * A whole system for one test file: Strapi with demo content on a database of its own (a temp SQLite
 * file, or a private PostgreSQL cluster), and the site's production server.
 */
export interface Stack {
  cmsUrl: string;
  siteUrl: string;
  secrets: RunSecrets;
  database: DatabaseClient;
  /** The environment Strapi runs with (database, secrets), for tools that work on its database. */
  cmsEnv: Record<string, string>;
  /** Stops Strapi only; its database (file or cluster) and uploads stay for `startCms`. */
  stopCms(): Promise<void>;
  startCms(): Promise<void>;
  /** Stops the site's server only (the cache front's grace test). */
  stopWeb(): Promise<void>;
  startWeb(): Promise<void>;
  /** The last lines the site's server printed. */
  webLog(): string;
  /** SIGSTOP / SIGCONT Strapi: a hung CMS (connections accepted, nothing answered), then a live one. */
  freezeCms(): void;
  thawCms(): void;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Default 'sqlite'. 'postgres' starts a throw-away cluster from the machine's PostgreSQL binaries. */
  database?: DatabaseClient;
  /** Added to (or replacing) Strapi's settings, e.g. where its webhook goes (see support/front.ts). */
  cmsEnv?: Record<string, string>;
  /** Added to the site's settings (e.g. the shared cache of the scaled shape). */
  webEnv?: Record<string, string>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = options.database ?? 'sqlite';
  const secrets = readRunSecrets();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-e2e-'));
  let postgres: PostgresCluster | undefined;
  let cms: ServerProcess | undefined;
  let web: ServerProcess | undefined;
  const stop = async () => {
    await web?.stop();
    await cms?.stop();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  const startCms = async (env: Record<string, string>) => {
    const server = startServer('cms', bin(cmsDir, 'strapi'), ['start'], { cwd: cmsDir, env });
    cms = server;
    await waitFor(
      'Strapi to answer',
      async () => ((await fetch(`${cmsUrl}/_health`)).status < 300 ? true : undefined),
      { timeoutMs: 120_000, intervalMs: 250 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- Strapi output ---\n${server.tail()}`);
    });
  };

  let env: Record<string, string>;
  try {
    let settings: DatabaseSettings = { client: 'sqlite' };
    if (database === 'postgres') {
      postgres = await startPostgres();
      settings = { client: 'postgres', ...postgres };
    }
    // Fixed for the stack's lifetime: a restarted Strapi must decrypt what the first one wrote.
    env = { ...cmsEnv(secrets, dataDir, settings), ...options.cmsEnv };
    mkdirSync(join(dataDir, 'public', 'uploads'), { recursive: true });
    await startCms(env);

    // Next keeps its data cache and its rendered pages on disk in the build folder, which every stack
    // of a run shares: left there, the site would serve the previous stack's articles (and links to its
    // uploads) until each page revalidated.
    for (const cache of [
      ['cache', 'fetch-cache'],
      ['server', 'route-cache'],
    ]) {
      rmSync(join(webDir, webDistDir, ...cache), { recursive: true, force: true });
    }
    web = await startSite('web', Number(new URL(siteUrl).port), secrets, options.webEnv);
  } catch (error) {
    // A stack that failed half-way never reaches afterAll: stop what did start, or the next file finds
    // its ports taken and a PostgreSQL server left running.
    await stop();
    throw error;
  }

  return {
    cmsUrl,
    siteUrl,
    secrets,
    database,
    cmsEnv: env,
    startCms: () => startCms(env),
    stopCms: async () => cms?.stop(),
    startWeb: async () => {
      web = await startSite('web', Number(new URL(siteUrl).port), secrets, options.webEnv);
    },
    stopWeb: async () => web?.stop(),
    webLog: () => web?.tail() ?? '',
    freezeCms: () => cms?.signal('SIGSTOP'),
    thawCms: () => cms?.signal('SIGCONT'),
    stop,
  };
}

/**
 * One instance of the site's own production server (server.mjs: `next start` plus real 503s and full
 * error pages) on 127.0.0.1:port, with the run's settings plus `extraEnv`; resolves once it answers.
 */
export async function startSite(
  name: string,
  port: number,
  secrets: RunSecrets,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const site = startServer(name, process.execPath, ['server.mjs'], {
    cwd: webDir,
    env: {
      ...webEnv(secrets),
      NODE_ENV: 'production',
      PORT: String(port),
      WEB_HOST: '127.0.0.1',
      ...extraEnv,
    },
  });
  await waitFor(
    `the site (${name}) to answer`,
    async () => ((await fetch(`http://127.0.0.1:${port}/en`)).status ? true : undefined),
    { timeoutMs: 60_000, intervalMs: 250 },
  ).catch(async (error: Error) => {
    await site.stop();
    throw new Error(`${error.message}\n--- next start output ---\n${site.tail()}`);
  });
  return site;
}
