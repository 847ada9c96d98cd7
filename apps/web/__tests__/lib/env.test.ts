/**
 * @jest-environment node
 */
import { EnvError, parseEnv, secretsRequired } from '@/lib/env';

const GOOD_SECRETS = {
  REVALIDATE_SECRET: 'k3Jd9-wq81-Xz7p-00aQ',
  PREVIEW_SECRET: 'Qm4r-77pl-Zx0c-Vb12',
  PREVIEW_API_TOKEN: 'a'.repeat(16) + 'f00d',
};

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error('expected parseEnv to throw');
}

describe('parseEnv', () => {
  it('has safe local defaults for everything', () => {
    expect(parseEnv({})).toEqual({
      cmsUrl: 'http://127.0.0.1:1337',
      cmsMediaUrl: 'http://127.0.0.1:1337',
      siteUrl: 'http://localhost:3000',
      revalidateSecret: undefined,
      previewSecret: undefined,
      previewApiToken: undefined,
      revalidateSeconds: 3600,
      redisUrl: undefined,
      frontPurge: undefined,
    });
  });

  it('reads the variables, trims trailing slashes and lets the media origin differ', () => {
    const env = parseEnv({
      CMS_URL: 'http://cms.internal:1337/',
      CMS_MEDIA_URL: 'https://media.example.org',
      SITE_URL: 'https://news.example.org//',
      REVALIDATE_SECONDS: '600',
      ...GOOD_SECRETS,
    });
    expect(env).toMatchObject({
      cmsUrl: 'http://cms.internal:1337',
      cmsMediaUrl: 'https://media.example.org',
      siteUrl: 'https://news.example.org',
      revalidateSeconds: 600,
      revalidateSecret: GOOD_SECRETS.REVALIDATE_SECRET,
    });
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ CMS_URL: '', CMS_MEDIA_URL: '', REVALIDATE_SECRET: ' ' })).toMatchObject({
      cmsUrl: 'http://127.0.0.1:1337',
      cmsMediaUrl: 'http://127.0.0.1:1337',
      revalidateSecret: undefined,
    });
  });

  it.each([
    ['CMS_URL', { CMS_URL: 'localhost:1337' }],
    ['CMS_URL', { CMS_URL: 'ftp://cms.example.org' }],
    ['CMS_MEDIA_URL', { CMS_MEDIA_URL: '/uploads' }],
    ['SITE_URL', { SITE_URL: 'news.example.org' }],
    ['REVALIDATE_SECONDS', { REVALIDATE_SECONDS: 'hourly' }],
    ['REVALIDATE_SECONDS', { REVALIDATE_SECONDS: '0' }],
  ])('names %s when it is invalid', (name, source) => {
    expect(messageOf(() => parseEnv(source))).toMatch(new RegExp(`- ${name}`));
  });

  it('lists every problem at once', () => {
    const message = messageOf(() => parseEnv({ CMS_URL: 'nope', SITE_URL: 'nope' }));
    expect(message).toContain('CMS_URL');
    expect(message).toContain('SITE_URL');
  });

  describe('in production', () => {
    it('requires all three secrets, naming each missing one', () => {
      const message = messageOf(() => parseEnv({}, { requireSecrets: true }));
      for (const name of ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'PREVIEW_API_TOKEN'])
        expect(message).toContain(name);
    });

    it.each([
      ['the .env.example placeholder', 'replace-with-a-long-random-string'],
      ['"changeme"', 'changeme'],
      ['Strapi’s "tobemodified"', 'tobemodified'],
      ['a short value', 'abc123'],
    ])('refuses %s as a secret', (_label, value) => {
      const message = messageOf(() =>
        parseEnv({ ...GOOD_SECRETS, PREVIEW_SECRET: value }, { requireSecrets: true }),
      );
      expect(message).toContain('PREVIEW_SECRET');
      expect(message).not.toContain('REVALIDATE_SECRET');
      // The value itself is never echoed.
      expect(message).not.toContain(value);
    });

    it('accepts real secrets', () => {
      expect(parseEnv(GOOD_SECRETS, { requireSecrets: true }).previewApiToken).toBe(
        GOOD_SECRETS.PREVIEW_API_TOKEN,
      );
    });
  });

  describe('the scaled shape (shared cache and cache front)', () => {
    const PURGE = { FRONT_PURGE_URL: 'http://127.0.0.1:8080/', FRONT_PURGE_SECRET: 'Pz8-q1w2-e3r4-t5y6' };

    it('reads REDIS_URL and the purge settings', () => {
      expect(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379', ...PURGE })).toMatchObject({
        redisUrl: 'redis://127.0.0.1:6379',
        frontPurge: { url: 'http://127.0.0.1:8080', secret: PURGE.FRONT_PURGE_SECRET },
      });
    });

    it.each([
      ['REDIS_URL', 'not a URL', { REDIS_URL: 'localhost:6379' }],
      ['REDIS_URL', 'another scheme', { REDIS_URL: 'http://127.0.0.1:6379' }],
      ['FRONT_PURGE_URL', 'not a URL', { ...PURGE, FRONT_PURGE_URL: 'varnish:8080' }],
      ['FRONT_PURGE_SECRET', 'a URL without a secret', { FRONT_PURGE_URL: PURGE.FRONT_PURGE_URL }],
      ['FRONT_PURGE_SECRET', 'a short secret', { ...PURGE, FRONT_PURGE_SECRET: 'short' }],
      [
        'FRONT_PURGE_SECRET',
        'a placeholder',
        { ...PURGE, FRONT_PURGE_SECRET: 'replace-with-a-long-random-string' },
      ],
      ['FRONT_PURGE_SECRET', 'a secret without a URL', { FRONT_PURGE_SECRET: PURGE.FRONT_PURGE_SECRET }],
    ])('names %s when it is %s', (name, _label, source) => {
      expect(messageOf(() => parseEnv(source))).toMatch(new RegExp(`- ${name}`));
    });
  });

  it('demands secrets of a production server, not of a build or a development server', () => {
    expect(secretsRequired({ NODE_ENV: 'production' })).toBe(true);
    expect(secretsRequired({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe(false);
    expect(secretsRequired({ NODE_ENV: 'development' })).toBe(false);
  });
});
