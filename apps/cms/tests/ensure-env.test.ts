import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertServerSecrets, readEnv } from '../src/env';

const SCRIPT = path.join(__dirname, '..', 'scripts', 'ensure-env.mjs');

function run(file: string, extraEnv: Record<string, string> = {}) {
  return execFileSync(process.execPath, [SCRIPT], {
    env: { PATH: process.env.PATH, ENSURE_ENV_FILE: file, ...extraEnv },
    encoding: 'utf8',
  });
}
const parse = (file: string) =>
  Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]]),
  ) as Record<string, string>;

describe('scripts/ensure-env.mjs', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-env-'));
    file = path.join(dir, '.env');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a complete configuration whose secrets would pass the production checks', () => {
    expect(run(file, { WEB_PORT: '3100', PORT: '1340' })).toMatch(/created .* generated secrets/);
    const env = parse(file);
    expect(env).toMatchObject({
      ADMIN_EMAIL: 'editor@newsroom.local',
      SUPERADMIN_EMAIL: 'admin@newsroom.local',
      WEB_REVALIDATE_URL: 'http://127.0.0.1:3100/api/revalidate',
      WEB_PREVIEW_URL: 'http://localhost:3100',
      PUBLIC_URL: 'http://localhost:1340',
    });
    for (const key of [
      'REVALIDATE_SECRET',
      'PREVIEW_SECRET',
      'PREVIEW_API_TOKEN',
      'ADMIN_PASSWORD',
      'SUPERADMIN_PASSWORD',
    ]) {
      expect(env[key]).toMatch(/^\S{12,}$/);
    }
    expect(() => assertServerSecrets(readEnv({ ...env, NODE_ENV: 'production' }))).not.toThrow();
    expect(env.SUPERADMIN_PASSWORD).not.toBe(env.ADMIN_PASSWORD);
  });

  it('keeps existing values and adds only what is missing', () => {
    run(file);
    const first = parse(file);
    expect(run(file)).toMatch(/nothing changed/);
    expect(parse(file)).toEqual(first);

    const edited = fs
      .readFileSync(file, 'utf8')
      .replace(/^PREVIEW_SECRET=.*\n/m, '')
      .replace(/^ADMIN_EMAIL=.*$/m, 'ADMIN_EMAIL=chief@example.org');
    fs.writeFileSync(file, edited);
    expect(run(file)).toMatch(/added PREVIEW_SECRET/);
    const after = parse(file);
    expect(after.ADMIN_EMAIL).toBe('chief@example.org');
    expect(after.PREVIEW_SECRET).not.toBe(first.PREVIEW_SECRET);
    expect({ ...after, PREVIEW_SECRET: undefined, ADMIN_EMAIL: undefined }).toEqual({
      ...first,
      PREVIEW_SECRET: undefined,
      ADMIN_EMAIL: undefined,
    });
  });

  it('generates different secrets on different machines', () => {
    const other = path.join(dir, 'other.env');
    run(file);
    run(other);
    expect(parse(file).APP_KEYS).not.toBe(parse(other).APP_KEYS);
    expect(parse(file).PREVIEW_API_TOKEN).not.toBe(parse(other).PREVIEW_API_TOKEN);
  });
});
