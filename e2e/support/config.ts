import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, instance, stateFile, webDistDir } from './paths';

/** Fixed so the site's build (image hosts, absolute URLs) matches the servers the tests start. */
export const CMS_PORT = 1437 + instance * 10;
export const WEB_PORT = 3437 + instance * 10;
/** The scaled shape (support/front.ts): a second web instance, Redis and the Varnish front. */
export const WEB_PORT_2 = WEB_PORT + 1;
export const REDIS_PORT = 6437 + instance * 10;
export const FRONT_PORT = 8437 + instance * 10;
export const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
export const siteUrl = `http://127.0.0.1:${WEB_PORT}`;

export interface RunSecrets {
  revalidateSecret: string;
  previewSecret: string;
  previewApiToken: string;
  /** The editor's login (Editor role: content only). */
  adminEmail: string;
  adminPassword: string;
  /** The administrator's login (Super Admin). */
  superAdminEmail: string;
  superAdminPassword: string;
}

export const secret = (bytes = 24) => randomBytes(bytes).toString('base64url');

/** Fresh values for the six secrets Strapi refuses to start without. */
export function strapiSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
  };
}

/** Secrets are made once per run (global setup) and shared by the build and every stack. */
export function createRunSecrets(): RunSecrets {
  const secrets: RunSecrets = {
    revalidateSecret: secret(),
    previewSecret: secret(),
    previewApiToken: randomBytes(64).toString('hex'),
    adminEmail: 'e2e-editor@newsroom.test',
    adminPassword: `E2e-${secret(12)}-Aa1`,
    superAdminEmail: 'e2e-admin@newsroom.test',
    superAdminPassword: `E2e-${secret(12)}-Bb2`,
  };
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(stateFile, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function readRunSecrets(): RunSecrets {
  return JSON.parse(readFileSync(stateFile, 'utf8')) as RunSecrets;
}

export function webEnv(s: RunSecrets): Record<string, string> {
  return {
    CMS_URL: cmsUrl,
    CMS_MEDIA_URL: cmsUrl,
    SITE_URL: siteUrl,
    REVALIDATE_SECRET: s.revalidateSecret,
    PREVIEW_SECRET: s.previewSecret,
    PREVIEW_API_TOKEN: s.previewApiToken,
    NEXT_DIST_DIR: webDistDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

/** Where a stack's Strapi keeps its data: a SQLite file, or a database on a private PostgreSQL cluster. */
export type DatabaseSettings =
  { client: 'sqlite' } | { client: 'postgres'; host: string; port: number; user: string; database: string };

function databaseEnv(database: DatabaseSettings, dataDir: string): Record<string, string> {
  if (database.client === 'sqlite') {
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dataDir, 'cms.db') };
  }
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: database.host,
    DATABASE_PORT: String(database.port),
    DATABASE_NAME: database.database,
    DATABASE_USERNAME: database.user,
    // Empty counts as unset for the CMS: a connection string or password in the caller's shell must not win.
    DATABASE_PASSWORD: '',
    DATABASE_URL: '',
    DATABASE_SSL: 'false',
  };
}

/** Strapi's settings for one stack; its database (SQLite) and uploads live in `dataDir`, deleted afterwards. */
export function cmsEnv(
  s: RunSecrets,
  dataDir: string,
  database: DatabaseSettings = { client: 'sqlite' },
): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    PORT: String(CMS_PORT),
    PUBLIC_URL: cmsUrl,
    ...databaseEnv(database, dataDir),
    PUBLIC_DIR: join(dataDir, 'public'),
    ...strapiSecrets(),
    ADMIN_EMAIL: s.adminEmail,
    ADMIN_PASSWORD: s.adminPassword,
    SUPERADMIN_EMAIL: s.superAdminEmail,
    SUPERADMIN_PASSWORD: s.superAdminPassword,
    WEB_REVALIDATE_URL: `${siteUrl}/api/revalidate`,
    REVALIDATE_SECRET: s.revalidateSecret,
    WEB_PREVIEW_URL: siteUrl,
    PREVIEW_SECRET: s.previewSecret,
    PREVIEW_API_TOKEN: s.previewApiToken,
    SEED_DEMO_CONTENT: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
}
