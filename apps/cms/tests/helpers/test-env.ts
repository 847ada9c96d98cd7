import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Every test process starts from a known environment, never from the developer's apps/cms/.env:
 * Strapi loads the dotenv file named by ENV_PATH when it is first required, so point it at nothing.
 * Secrets are random per run. Individual test files add what they need before booting.
 */
process.env.ENV_PATH = path.join(__dirname, 'no-such.env');
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.LOG_LEVEL ??= 'error';
process.env.SEED_DEMO_CONTENT = 'false';
process.env.HOST = '127.0.0.1';

const secret = () => randomBytes(24).toString('base64');
process.env.APP_KEYS = [secret(), secret()].join(',');
for (const name of [
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
]) {
  process.env[name] = secret();
}
for (const name of [
  'PUBLIC_URL',
  'WEB_REVALIDATE_URL',
  'REVALIDATE_SECRET',
  'WEB_PREVIEW_URL',
  'PREVIEW_SECRET',
  'PREVIEW_API_TOKEN',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SUPERADMIN_EMAIL',
  'SUPERADMIN_PASSWORD',
]) {
  delete process.env[name];
}
