// Wires the two apps together for local use: the site gets the secrets the CMS generated, and the CMS
// learns where the site's webhook and preview endpoints are. Existing values are never overwritten.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'cms-port': { type: 'string', default: '1337' },
    'web-port': { type: 'string', default: '3000' },
  },
});
for (const [name, value] of Object.entries(values)) {
  if (!/^\d{2,5}$/.test(value) || Number(value) > 65535) {
    console.error(`--${name} must be a port number, got "${value}"`);
    process.exit(2);
  }
}
const cmsOrigin = `http://127.0.0.1:${values['cms-port']}`;
const siteOrigin = `http://localhost:${values['web-port']}`;

const readEnv = (file) =>
  existsSync(file)
    ? Object.fromEntries(
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^[A-Z0-9_]+=/.test(line))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      )
    : {};

/** Adds the missing keys to an env file and returns the names it added. */
function addMissing(file, wanted, header) {
  const current = readEnv(file);
  const missing = Object.entries(wanted).filter(([key, value]) => !(key in current) && value !== undefined);
  if (missing.length === 0) return [];
  const prefix = existsSync(file) ? readFileSync(file, 'utf8').replace(/\n?$/, '\n') : `${header}\n`;
  writeFileSync(file, prefix + missing.map(([k, v]) => `${k}=${v}`).join('\n') + '\n', { mode: 0o600 });
  return missing.map(([k]) => k);
}

const cmsEnvFile = join(root, 'apps/cms/.env');
const cms = readEnv(cmsEnvFile);
for (const key of ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'PREVIEW_API_TOKEN']) {
  if (!cms[key]) {
    console.error(`apps/cms/.env has no ${key}: run "node apps/cms/scripts/ensure-env.mjs" first`);
    process.exit(1);
  }
}

const addedToCms = addMissing(
  cmsEnvFile,
  { WEB_REVALIDATE_URL: `${siteOrigin}/api/revalidate`, WEB_PREVIEW_URL: siteOrigin },
  '# Generated for local use. Never commit.',
);
const addedToWeb = addMissing(
  join(root, 'apps/web/.env.local'),
  {
    CMS_URL: cmsOrigin,
    CMS_MEDIA_URL: cmsOrigin,
    SITE_URL: siteOrigin,
    REVALIDATE_SECRET: cms.REVALIDATE_SECRET,
    PREVIEW_SECRET: cms.PREVIEW_SECRET,
    PREVIEW_API_TOKEN: cms.PREVIEW_API_TOKEN,
  },
  '# Generated from apps/cms/.env for local use. Never commit.',
);
const added = [...addedToCms.map((k) => `cms:${k}`), ...addedToWeb.map((k) => `web:${k}`)];
console.log(added.length ? `local env: added ${added.join(', ')}` : 'local env: up to date');
