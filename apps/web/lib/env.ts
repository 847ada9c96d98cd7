import { z } from 'zod';

/**
 * The site's configuration, read once from the environment and validated with a message that names the
 * bad variable. Every value has a safe local default except the secrets: those are optional in
 * development (the webhook and preview endpoints then refuse every request) and required when a
 * production server starts, so a deployment cannot run with a missing or copied-from-the-example secret.
 *
 * No `server-only` import here: next.config.ts reads it too (for the image host and to validate at build).
 */

const SECRET_NAMES = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'PREVIEW_API_TOKEN'] as const;
type SecretName = (typeof SECRET_NAMES)[number];

/** Values that people leave in place from an example file or a tutorial. */
const PLACEHOLDER =
  /^(?:change[-_ ]?me|replace[-_ ]?me|tobemodified|secret|password|test|example|xxx+|\.\.\.)$|replace-with|change-this|your[-_]/i;
const MIN_SECRET_LENGTH = 16;

const origin = (name: string, fallback: string | undefined) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      const raw = value === undefined || value === '' ? fallback : value;
      if (raw === undefined) return undefined;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        ctx.addIssue({ code: 'custom', message: `${name} must be an absolute http(s) URL, got "${raw}"` });
        return z.NEVER;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: `${name} must use http or https, got "${url.protocol}"` });
        return z.NEVER;
      }
      // Trailing slashes would double up when paths are appended.
      return raw.replace(/\/+$/, '');
    });

/** A Redis connection URL (the shared Next cache of the scaled shape), or undefined when unset. */
const redisUrl = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === '') return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `REDIS_URL must be a URL such as redis://127.0.0.1:6379, got "${value}"`,
      });
      return z.NEVER;
    }
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
      ctx.addIssue({
        code: 'custom',
        message: `REDIS_URL must use redis: or rediss:, got "${url.protocol}"`,
      });
      return z.NEVER;
    }
    return value;
  });

const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const schema = z.object({
  CMS_URL: origin('CMS_URL', 'http://127.0.0.1:1337'),
  CMS_MEDIA_URL: origin('CMS_MEDIA_URL', undefined),
  SITE_URL: origin('SITE_URL', 'http://localhost:3000'),
  REVALIDATE_SECRET: optionalSecret,
  PREVIEW_SECRET: optionalSecret,
  PREVIEW_API_TOKEN: optionalSecret,
  REDIS_URL: redisUrl,
  FRONT_PURGE_URL: origin('FRONT_PURGE_URL', undefined),
  FRONT_PURGE_SECRET: optionalSecret,
  REVALIDATE_SECONDS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return 3600;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) {
        ctx.addIssue({
          code: 'custom',
          message: `REVALIDATE_SECONDS must be a whole number of seconds ≥ 1, got "${value}"`,
        });
        return z.NEVER;
      }
      return n;
    }),
});

export interface SiteEnv {
  /** Where the server reaches Strapi. Never sent to the browser. */
  cmsUrl: string;
  /** Public origin of uploaded media (what readers' browsers and the image optimiser load). */
  cmsMediaUrl: string;
  siteUrl: string;
  revalidateSecret: string | undefined;
  previewSecret: string | undefined;
  previewApiToken: string | undefined;
  revalidateSeconds: number;
  /** Set in the scaled shape: pages and tag state are shared by every web instance through Redis. */
  redisUrl: string | undefined;
  /** The cache front (Varnish) to purge by surrogate key after a revalidation, with its secret. */
  frontPurge: { url: string; secret: string } | undefined;
}

export class EnvError extends Error {
  override name = 'EnvError';
}

export interface ParseEnvOptions {
  /** Require real secrets (a production server). */
  requireSecrets?: boolean;
}

export function parseEnv(source: Record<string, string | undefined>, options: ParseEnvOptions = {}): SiteEnv {
  const result = schema.safeParse(source);
  const problems: string[] = result.success
    ? []
    : result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
      });

  if (options.requireSecrets) {
    for (const name of SECRET_NAMES) problems.push(...secretProblems(name, source[name]));
  }
  // A purge endpoint without its secret would be refused by the front (or, worse, open): both or neither.
  if (result.success && result.data.FRONT_PURGE_URL !== undefined) {
    problems.push(...secretProblems('FRONT_PURGE_SECRET', source.FRONT_PURGE_SECRET));
  } else if (result.success && result.data.FRONT_PURGE_SECRET !== undefined) {
    problems.push('FRONT_PURGE_SECRET is set but FRONT_PURGE_URL is not: set both or neither');
  }
  if (!result.success || problems.length > 0) {
    throw new EnvError(`Invalid environment for the web app:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  const data = result.data;
  return {
    cmsUrl: data.CMS_URL!,
    cmsMediaUrl: data.CMS_MEDIA_URL ?? data.CMS_URL!,
    siteUrl: data.SITE_URL!,
    revalidateSecret: data.REVALIDATE_SECRET,
    previewSecret: data.PREVIEW_SECRET,
    previewApiToken: data.PREVIEW_API_TOKEN,
    revalidateSeconds: data.REVALIDATE_SECONDS,
    redisUrl: data.REDIS_URL,
    frontPurge:
      data.FRONT_PURGE_URL !== undefined && data.FRONT_PURGE_SECRET !== undefined
        ? { url: data.FRONT_PURGE_URL, secret: data.FRONT_PURGE_SECRET }
        : undefined,
  };
}

function secretProblems(name: SecretName | 'FRONT_PURGE_SECRET', value: string | undefined): string[] {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '')
    return [
      name === 'FRONT_PURGE_SECRET'
        ? 'FRONT_PURGE_SECRET is required when FRONT_PURGE_URL is set (see apps/web/.env.example)'
        : `${name} is required in production (see apps/web/.env.example)`,
    ];
  if (PLACEHOLDER.test(trimmed)) return [`${name} still holds a placeholder value; set a long random string`];
  if (trimmed.length < MIN_SECRET_LENGTH)
    return [`${name} is too short (${trimmed.length} characters, need at least ${MIN_SECRET_LENGTH})`];
  return [];
}

/**
 * A production server (`next start` or server.mjs) must hold real secrets; `next build` need not, so
 * the site can be built on a machine that never sees them.
 */
export function secretsRequired(source: Record<string, string | undefined> = process.env): boolean {
  return source.NODE_ENV === 'production' && source.NEXT_PHASE !== 'phase-production-build';
}

let cached: SiteEnv | undefined;

/** The validated configuration of this process. */
export function env(): SiteEnv {
  cached ??= parseEnv(process.env, { requireSecrets: secretsRequired() });
  return cached;
}
