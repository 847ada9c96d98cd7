// Prints the administrator login that Strapi will use, for the `npm start` banner:
//   node scripts/admin-login.mjs [path/to/.env]   →   two lines: e-mail, then password (empty if none)
//
// Strapi loads apps/cms/.env with dotenv, which never overrides a variable already in the environment,
// so ADMIN_EMAIL / ADMIN_PASSWORD set in the shell win over the file, even when set to an empty value
// (src/env.ts then treats them as unset). The account itself is created once, on the first start with
// an empty database (src/bootstrap/admin-user.ts); later changes to these values do not change it.
import { readFileSync } from 'node:fs';

const DEFAULT_ADMIN_EMAIL = 'editor@newsroom.local';

/** KEY=value lines as dotenv reads the simple files ensure-env.mjs writes (optional quotes, # comments). */
export function parseDotenv(text) {
  const values = new Map();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, '');
    values.set(match[1], value);
  }
  return values;
}

export function adminLogin(environment, fileValues) {
  const read = (key) => {
    const raw = Object.hasOwn(environment, key) ? environment[key] : fileValues.get(key);
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };
  const production = read('NODE_ENV') === 'production';
  const email = read('ADMIN_EMAIL') ?? (production ? undefined : DEFAULT_ADMIN_EMAIL);
  const password = read('ADMIN_PASSWORD');
  const fromShell = ['ADMIN_EMAIL', 'ADMIN_PASSWORD'].some((key) => Object.hasOwn(environment, key));
  return { email: email ?? '', password: password ?? '', source: fromShell ? 'environment' : 'file' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? '.env';
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No file: only the environment counts.
  }
  const login = adminLogin(process.env, parseDotenv(text));
  process.stdout.write(`${login.email}\n${login.password}\n${login.source}\n`);
}
