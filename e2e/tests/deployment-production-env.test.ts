import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CMS_PORT, strapiSecrets, WEB_PORT } from '../support/config';
import { cmsDir, webDir, webDistDir } from '../support/paths';
import { startServer, waitFor } from '../support/server-process';

/**
 * Production refuses to start with a missing or template secret. Each case launches the real command
 * the deployment runs — `strapi start` in apps/cms, `node server.mjs` in apps/web (the built site) — with
 * NODE_ENV=production and one bad value, and expects a non-zero exit whose output names the variable.
 * The control cases start the same commands with good values, so a refusal cannot come from a command
 * that would not start anyway.
 */

// Ports of this E2E instance that no stack uses (the stacks take CMS_PORT and WEB_PORT).
const cmsPort = CMS_PORT + 5;
const webPort = WEB_PORT + 5;
const secret = () => randomBytes(32).toString('base64url');

let dataDir: string;

/** A complete, valid production environment for the CMS, on a throw-away SQLite database. */
const goodCmsEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  // Strapi loads this file into the environment: point it at nothing, so apps/cms/.env cannot fill gaps.
  ENV_PATH: join(dataDir, 'no-such.env'),
  HOST: '127.0.0.1',
  PORT: String(cmsPort),
  PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: join(dataDir, 'cms.db'),
  PUBLIC_DIR: join(dataDir, 'public'),
  ...strapiSecrets(),
  REVALIDATE_SECRET: secret(),
  PREVIEW_SECRET: secret(),
  PREVIEW_API_TOKEN: secret(),
  SEED_DEMO_CONTENT: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
});

/** A complete, valid production environment for the site, served from the e2e build. */
const goodWebEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  PORT: String(webPort),
  WEB_HOST: '127.0.0.1',
  NEXT_DIST_DIR: webDistDir,
  // Must match the build (the image host is fixed at build time); nothing listens there in this test.
  CMS_URL: `http://127.0.0.1:${CMS_PORT}`,
  CMS_MEDIA_URL: `http://127.0.0.1:${CMS_PORT}`,
  SITE_URL: `http://127.0.0.1:${WEB_PORT}`,
  REVALIDATE_SECRET: secret(),
  PREVIEW_SECRET: secret(),
  PREVIEW_API_TOKEN: secret(),
  NEXT_TELEMETRY_DISABLED: '1',
});

interface Exit {
  code: number | null;
  output: string;
}

/** Runs a server command that is expected to stop by itself; kills it (and fails) if it keeps running. */
function runUntilExit(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<Exit> {
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env }))
    if (value !== undefined) merged[key] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: merged,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} was still running after 60 s:\n${output.slice(-2000)}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const strapiBin = join(cmsDir, 'node_modules', '.bin', 'strapi');
const startCms = (env: Record<string, string | undefined>) => runUntilExit(strapiBin, ['start'], cmsDir, env);
const startWeb = (env: Record<string, string | undefined>) =>
  runUntilExit(process.execPath, ['server.mjs'], webDir, env);

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'newsroom-prod-env-'));
  mkdirSync(join(dataDir, 'public', 'uploads'), { recursive: true });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the CMS in production (`strapi start`)', () => {
  it.each<[string, string, string | undefined]>([
    ['a missing', 'ENCRYPTION_KEY', undefined],
    ['the template', 'JWT_SECRET', 'replace-me'],
    ["Strapi's generator default", 'ADMIN_JWT_SECRET', 'tobemodified'],
    ['a template', 'APP_KEYS', 'replace-me-key-1,replace-me-key-2'],
    ['a short', 'API_TOKEN_SALT', 'abc123'],
    ['the template shared', 'REVALIDATE_SECRET', 'replace-me-with-a-random-value'],
  ])('refuses to start with %s %s, naming it', async (_label, name, value) => {
    const { code, output } = await startCms({ ...goodCmsEnv(), [name]: value });
    expect(code).not.toBe(0);
    expect(output).toContain('Invalid CMS configuration');
    expect(output).toMatch(new RegExp(`- ${name}: `));
  });

  it('starts with real secrets, and serves its API documentation', async () => {
    const server = startServer('prod-env-cms', strapiBin, ['start'], { cwd: cmsDir, env: goodCmsEnv() });
    try {
      const base = `http://127.0.0.1:${cmsPort}`;
      await waitFor(
        'Strapi to answer',
        async () => ((await fetch(`${base}/_health`)).ok ? true : undefined),
        {
          timeoutMs: 90_000,
          intervalMs: 250,
        },
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${server.tail()}`);
      });
      // In production the plugin does not generate the document; the CMS does it at start.
      const docs = await fetch(`${base}/documentation/openapi.json`);
      expect(docs.status).toBe(200);
      expect(Object.keys(((await docs.json()) as { paths: object }).paths)).toContain('/articles');
    } finally {
      await server.stop();
    }
  });
});

describe('the site in production (`node server.mjs`)', () => {
  // Empty rather than unset for "missing": Next fills unset variables from apps/web/.env* files, which a
  // developer machine may have; an empty value counts as missing for the site and is never overridden.
  it.each<[string, string, string]>([
    ['a missing', 'PREVIEW_API_TOKEN', ''],
    ['the template', 'REVALIDATE_SECRET', 'replace-with-a-long-random-string'],
    ['a placeholder', 'PREVIEW_SECRET', 'changeme'],
    ['a short', 'REVALIDATE_SECRET', 'short-secret'],
  ])('refuses to start with %s %s, naming it', async (_label, name, value) => {
    const { code, output } = await startWeb({ ...goodWebEnv(), [name]: value });
    expect(code).not.toBe(0);
    expect(output).toContain('Invalid environment for the web app');
    expect(output).toMatch(new RegExp(`- ${name} `));
  });

  it('starts with real secrets', async () => {
    const server = startServer('prod-env-web', process.execPath, ['server.mjs'], {
      cwd: webDir,
      env: goodWebEnv(),
    });
    try {
      // A static status page: answers without the CMS.
      const url = `http://127.0.0.1:${webPort}/en/status/not-found`;
      await waitFor('the site to answer', async () => ((await fetch(url)).ok ? true : undefined), {
        timeoutMs: 60_000,
        intervalMs: 250,
      }).catch((error: Error) => {
        throw new Error(`${error.message}\n${server.tail()}`);
      });
    } finally {
      await server.stop();
    }
  });
});
