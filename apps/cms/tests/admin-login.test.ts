import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The `npm start` banner prints the output of scripts/admin-login.mjs. It must be the login Strapi
 * really created: variables from the shell win over apps/cms/.env, as with Strapi's dotenv loading.
 */
const SCRIPT = path.resolve(__dirname, '..', 'scripts', 'admin-login.mjs');

function login(shell: Record<string, string>, file: string | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-login-'));
  const envFile = path.join(dir, '.env');
  if (file !== null) fs.writeFileSync(envFile, file);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...shell };
  try {
    const [email, password, source] = execFileSync(process.execPath, [SCRIPT, envFile], {
      env,
      encoding: 'utf8',
    })
      .split('\n')
      .slice(0, 3);
    return { email, password, source };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const FILE = 'ADMIN_EMAIL=from-file@example.org\nADMIN_PASSWORD="File-Pass-1"\n';

describe('the login printed by npm start', () => {
  it.each<
    [string, Record<string, string>, string | null, { email: string; password: string; source: string }]
  >([
    ['only the file', {}, FILE, { email: 'from-file@example.org', password: 'File-Pass-1', source: 'file' }],
    [
      'the shell overriding both',
      { ADMIN_EMAIL: 'shell@example.org', ADMIN_PASSWORD: 'Shell-Pass-2' },
      FILE,
      { email: 'shell@example.org', password: 'Shell-Pass-2', source: 'environment' },
    ],
    [
      'the shell overriding the password only',
      { ADMIN_PASSWORD: 'Shell-Pass-3' },
      FILE,
      { email: 'from-file@example.org', password: 'Shell-Pass-3', source: 'environment' },
    ],
    [
      'an empty shell e-mail (Strapi then uses the default account name)',
      { ADMIN_EMAIL: '' },
      FILE,
      { email: 'editor@newsroom.local', password: 'File-Pass-1', source: 'environment' },
    ],
    ['no file, no shell', {}, null, { email: 'editor@newsroom.local', password: '', source: 'file' }],
    [
      'production without an e-mail',
      { NODE_ENV: 'production' },
      'ADMIN_PASSWORD=x\n',
      { email: '', password: 'x', source: 'file' },
    ],
  ])('%s', (_label, shell, file, expected) => {
    expect(login(shell, file)).toEqual(expected);
  });
});
