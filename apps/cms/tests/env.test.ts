import fs from 'node:fs';
import path from 'node:path';
import { assertServerSecrets, ENV_VARIABLE_NAMES, EnvError, readEnv } from '../src/env';

/** Unit tests of the configuration validator: no Strapi, no database. */

const secrets = {
  APP_KEYS: 'k1-0123456789abcdef,k2-0123456789abcdef',
  API_TOKEN_SALT: 'salt-0123456789abcdef',
  ADMIN_JWT_SECRET: 'admin-0123456789abcdef',
  JWT_SECRET: 'jwt-0123456789abcdef',
  TRANSFER_TOKEN_SALT: 'transfer-0123456789abcdef',
  ENCRYPTION_KEY: 'encryption-0123456789abcdef',
};

function errorOf(run: () => unknown): EnvError {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('expected an EnvError');
}

describe('readEnv', () => {
  it('gives safe local defaults when nothing is set', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      PORT: 1337,
      HOST: '0.0.0.0',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: 'data/cms.db',
      SEED_DEMO_CONTENT: true,
      NODE_ENV: 'development',
    });
    expect(env.CORS_ORIGINS).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it('parses values it accepts', () => {
    const env = readEnv({
      PORT: '1341',
      DATABASE_CLIENT: 'postgres',
      DATABASE_SSL: 'true',
      SEED_DEMO_CONTENT: 'no',
      APP_KEYS: ' a , b ,',
      CORS_ORIGINS: 'https://news.example.org, http://localhost:3000/',
      WEB_REVALIDATE_URL: 'http://127.0.0.1:3000/api/revalidate',
      REVALIDATE_SECRET: 'x'.repeat(20),
    });
    expect(env).toMatchObject({
      PORT: 1341,
      DATABASE_CLIENT: 'postgres',
      DATABASE_SSL: true,
      SEED_DEMO_CONTENT: false,
    });
    expect(env.APP_KEYS).toEqual(['a', 'b']);
    expect(env.CORS_ORIGINS).toEqual(['https://news.example.org', 'http://localhost:3000']);
  });

  it('treats an empty value like an unset one', () => {
    const env = readEnv({ PORT: '', PUBLIC_URL: '' });
    expect(env.PORT).toBe(1337);
    expect(env.PUBLIC_URL).toBeUndefined();
  });

  it.each([
    ['PORT', { PORT: 'abc' }, /PORT: expected a port number/],
    ['PORT', { PORT: '70000' }, /PORT: expected a port number/],
    ['PORT', { PORT: '13.5' }, /PORT: expected a port number/],
    [
      'DATABASE_CLIENT',
      { DATABASE_CLIENT: 'mysql' },
      /DATABASE_CLIENT: expected "sqlite" or "postgres", got "mysql"/,
    ],
    ['DATABASE_PORT', { DATABASE_PORT: '-1' }, /DATABASE_PORT: expected a port number/],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL: expected a postgres/],
    ['PUBLIC_URL', { PUBLIC_URL: 'localhost:1337' }, /PUBLIC_URL: expected an absolute http\(s\) URL/],
    [
      'WEB_REVALIDATE_URL',
      { WEB_REVALIDATE_URL: 'ftp://x/y', REVALIDATE_SECRET: 'x'.repeat(20) },
      /WEB_REVALIDATE_URL/,
    ],
    [
      'REVALIDATE_SECRET',
      { WEB_REVALIDATE_URL: 'http://localhost:3000/api/revalidate' },
      /REVALIDATE_SECRET: is required/,
    ],
    ['PREVIEW_SECRET', { WEB_PREVIEW_URL: 'http://localhost:3000' }, /PREVIEW_SECRET: is required/],
    ['PREVIEW_API_TOKEN', { PREVIEW_API_TOKEN: 'short' }, /PREVIEW_API_TOKEN: must be 32/],
    ['SEED_DEMO_CONTENT', { SEED_DEMO_CONTENT: 'maybe' }, /SEED_DEMO_CONTENT: expected true or false/],
    ['ADMIN_EMAIL', { ADMIN_EMAIL: 'not-an-email' }, /ADMIN_EMAIL: expected an e-mail/],
    ['ADMIN_PASSWORD', { ADMIN_PASSWORD: 'alllowercase1' }, /ADMIN_PASSWORD: must contain an upper-case/],
    ['SUPERADMIN_EMAIL', { SUPERADMIN_EMAIL: 'admin' }, /SUPERADMIN_EMAIL: expected an e-mail/],
    ['SUPERADMIN_PASSWORD', { SUPERADMIN_PASSWORD: 'Short1' }, /SUPERADMIN_PASSWORD: must be at least 8/],
    [
      'SUPERADMIN_EMAIL',
      { ADMIN_EMAIL: 'same@example.org', SUPERADMIN_EMAIL: 'Same@example.org' },
      /SUPERADMIN_EMAIL: must differ from ADMIN_EMAIL/,
    ],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'not a url' }, /CORS_ORIGINS/],
    ['NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV/],
  ])('rejects a bad %s with a message naming it', (_name, source, message) => {
    const error = errorOf(() => readEnv(source));
    expect(error.message).toMatch(message);
  });

  it('reports every bad variable at once', () => {
    const error = errorOf(() => readEnv({ PORT: 'x', DATABASE_CLIENT: 'oracle' }));
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(['DATABASE_CLIENT', 'PORT']);
  });
});

describe('assertServerSecrets', () => {
  it('accepts a complete development configuration', () => {
    expect(() => assertServerSecrets(readEnv({ ...secrets }))).not.toThrow();
  });

  it('names each missing secret, with how to generate it locally', () => {
    const { JWT_SECRET: _jwt, ENCRYPTION_KEY: _key, ...rest } = secrets;
    const error = errorOf(() => assertServerSecrets(readEnv(rest)));
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(['ENCRYPTION_KEY', 'JWT_SECRET']);
    expect(error.message).toMatch(/ensure-env/);
  });

  it('refuses to start in production when a secret is missing', () => {
    const { APP_KEYS: _keys, ...rest } = secrets;
    const error = errorOf(() => assertServerSecrets(readEnv({ ...rest, NODE_ENV: 'production' })));
    expect(error.message).toMatch(/APP_KEYS: is missing/);
  });

  it.each([
    ['APP_KEYS', 'toBeModified1,toBeModified2'],
    ['ADMIN_JWT_SECRET', 'tobemodified'],
    ['JWT_SECRET', 'replace-me-with-a-random-value'],
    ['API_TOKEN_SALT', 'changeme'],
    ['ENCRYPTION_KEY', 'short'],
  ])('refuses to start in production when %s is a placeholder or too short', (name, value) => {
    const error = errorOf(() =>
      assertServerSecrets(readEnv({ ...secrets, [name]: value, NODE_ENV: 'production' })),
    );
    expect(error.issues.map((issue) => issue.variable)).toEqual([name]);
  });

  it('also checks the secrets shared with the site in production', () => {
    const error = errorOf(() =>
      assertServerSecrets(
        readEnv({
          ...secrets,
          NODE_ENV: 'production',
          WEB_REVALIDATE_URL: 'https://news.example.org/api/revalidate',
          REVALIDATE_SECRET: 'replace-me-revalidate-secret',
        }),
      ),
    );
    expect(error.issues.map((issue) => issue.variable)).toEqual(['REVALIDATE_SECRET']);
  });

  it('accepts template-looking values outside production (local convenience)', () => {
    expect(() => assertServerSecrets(readEnv({ ...secrets, JWT_SECRET: 'tobemodified' }))).not.toThrow();
  });
});

describe('.env.example', () => {
  // KEY=value lines; an unquoted value ends at the first " #" (as dotenv reads it).
  const example = Object.fromEntries(
    fs
      .readFileSync(path.join(__dirname, '..', '.env.example'), 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], (match[2] ?? '').replace(/\s+#.*$/, '').trim()]),
  ) as Record<string, string>;

  it('documents every variable the CMS reads, and nothing it does not', () => {
    const documented = Object.keys(example).filter((name) => name !== 'STRAPI_TELEMETRY_DISABLED');
    expect(documented.sort()).toEqual([...ENV_VARIABLE_NAMES].sort());
  });

  it('is a valid local configuration but is refused in production', () => {
    expect(() => assertServerSecrets(readEnv(example))).not.toThrow();
    const error = errorOf(() => assertServerSecrets(readEnv({ ...example, NODE_ENV: 'production' })));
    expect(error.issues.map((issue) => issue.variable)).toEqual(
      expect.arrayContaining([
        'APP_KEYS',
        'API_TOKEN_SALT',
        'ADMIN_JWT_SECRET',
        'JWT_SECRET',
        'REVALIDATE_SECRET',
      ]),
    );
  });
});
