// Shared by the bench scripts: where the running system is (`npm start`) and how to write to it.
import { readFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

export function systemFromArgs(extraOptions = {}) {
  const { values } = parseArgs({
    options: {
      cms: { type: 'string', default: 'http://127.0.0.1:1337' },
      site: { type: 'string', default: 'http://127.0.0.1:3000' },
      ...extraOptions,
    },
  });
  for (const key of ['cms', 'site']) {
    try {
      new URL(values[key]);
    } catch {
      console.error(`--${key} must be an absolute URL, got "${values[key]}"`);
      process.exit(2);
    }
  }
  return values;
}

/** The local editor account that `npm start` generated (apps/cms/.env), unless given in the environment. */
/**
 * The administrator's login (making API tokens is not an editor's job): SUPERADMIN_* from the shell or
 * apps/cms/.env, else ADMIN_* for an install from before the two accounts.
 */
export function adminCredentials() {
  const file = new URL('../apps/cms/.env', import.meta.url);
  const fromFile = existsSync(file)
    ? Object.fromEntries(
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^(SUPER)?ADMIN_(EMAIL|PASSWORD)=/.test(line))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      )
    : {};
  const value = (name) =>
    process.env[`SUPER${name}`] ?? fromFile[`SUPER${name}`] ?? process.env[name] ?? fromFile[name];
  const email = value('ADMIN_EMAIL');
  const password = value('ADMIN_PASSWORD');
  if (!email || !password) {
    console.error(
      'No admin credentials: run `npm start` once, or set SUPERADMIN_EMAIL and SUPERADMIN_PASSWORD.',
    );
    process.exit(2);
  }
  return { email, password };
}

async function json(res, what) {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** A short-lived full-access API token; call the returned `revoke` when done. */
export async function temporaryWriteToken(cms, { email, password }) {
  const login = await json(
    await fetch(`${cms}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
    'admin login',
  );
  const adminHeaders = { 'Content-Type': 'application/json', Authorization: `Bearer ${login.data.token}` };
  const created = await json(
    await fetch(`${cms}/admin/api-tokens`, {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ name: `bench-${Date.now()}`, type: 'full-access', lifespan: null }),
    }),
    'creating an API token',
  );
  return {
    token: created.data.accessKey,
    revoke: () =>
      fetch(`${cms}/admin/api-tokens/${created.data.id}`, { method: 'DELETE', headers: adminHeaders }),
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Nearest-rank percentile (p in 0–100). */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};
