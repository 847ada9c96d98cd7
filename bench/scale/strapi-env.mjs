// Shared by the scale scripts: where apps/cms is, how to point Strapi at a bench database, and how to
// boot it in this process (for loading data) — always with explicit settings, never apps/cms/.env.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/cms');
/** Resolves packages installed for apps/cms (Strapi, better-sqlite3, pg). */
export const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));

export const BENCH_ADMIN = { email: 'bench-editor@newsroom.local', password: 'Bench-editor-1' };

/**
 * Environment for a Strapi working on a bench database. `database` is `sqlite:<file>` or
 * `postgres://user@host:port/name`. Secrets and the admin account come from the caller's environment
 * when set (a database created by another Strapi keeps working with its keys), else fresh ones.
 */
export function benchEnv(database, extra = {}) {
  const secret = () => randomBytes(24).toString('base64');
  const inherited = Object.fromEntries(
    [
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'ENCRYPTION_KEY',
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'PREVIEW_API_TOKEN',
      'PUBLIC_DIR',
    ]
      .filter((key) => process.env[key])
      .map((key) => [key, process.env[key]]),
  );
  const env = {
    ENV_PATH: path.join(CMS_DIR, 'no-such-bench.env'),
    NODE_ENV: 'development',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    SEED_DEMO_CONTENT: 'false',
    ...inherited,
    ...extra,
  };
  if (database.startsWith('sqlite:')) {
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.resolve(database.slice(7)) });
  } else if (/^postgres(ql)?:\/\//.test(database)) {
    const url = new URL(database);
    Object.assign(env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: url.hostname,
      DATABASE_PORT: url.port || '5432',
      DATABASE_NAME: url.pathname.slice(1),
      DATABASE_USERNAME: decodeURIComponent(url.username || 'postgres'),
      DATABASE_PASSWORD: decodeURIComponent(url.password),
      DATABASE_SSL: 'false',
    });
  } else {
    throw new Error(`--database must be sqlite:<file> or postgres://user@host:port/name, got "${database}"`);
  }
  return env;
}

/** Boot Strapi (no HTTP server) in this process; returns the instance and how long load() took. */
export async function loadStrapi(env) {
  Object.assign(process.env, env);
  process.chdir(CMS_DIR);
  const { compileStrapi, createStrapi } = cmsRequire('@strapi/strapi');
  const dirs = await compileStrapi({ appDir: CMS_DIR, ignoreDiagnostics: true });
  const started = Date.now();
  const strapi = await createStrapi(dirs).load();
  return { strapi, loadMs: Date.now() - started };
}
