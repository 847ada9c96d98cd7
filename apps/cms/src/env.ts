import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The CMS's whole configuration surface, read from environment variables and validated once per
 * config file. A bad value stops start-up with a message naming the variable, instead of surfacing
 * later as a confusing Knex or Koa error. Every variable is documented in `.env.example`.
 */

export class EnvError extends Error {
  constructor(readonly issues: ReadonlyArray<{ variable: string; message: string }>) {
    super(
      'Invalid CMS configuration (see apps/cms/.env.example):\n' +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join('\n'),
    );
    this.name = 'EnvError';
  }
}

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Shared secrets with the web app; checked like the Strapi secrets in production. */
const SHARED_SECRET_NAMES = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'PREVIEW_API_TOKEN'] as const;

/**
 * Values that ship in templates (Strapi's generator, our .env.example, common tutorials). A
 * production server holding one of these is as good as unprotected.
 */
const PLACEHOLDER_PATTERNS = [
  /tobemodified/i,
  /change-?me/i,
  /replace-?me/i,
  /^secret$/i,
  /^default$/i,
  /^password$/i,
];
const MIN_PRODUCTION_SECRET_LENGTH = 16;

const booleanFlag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback;
      const value = raw.trim().toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(value)) return true;
      if (['false', '0', 'no', 'off'].includes(value)) return false;
      ctx.addIssue({ code: 'custom', message: `expected true or false, got "${raw}"` });
      return z.NEVER;
    });

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback;
      const value = Number(raw);
      if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(value) || value < 1 || value > 65535) {
        ctx.addIssue({ code: 'custom', message: `expected a port number between 1 and 65535, got "${raw}"` });
        return z.NEVER;
      }
      return value;
    });

const httpUrl = z
  .string()
  .trim()
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an absolute http(s) URL')
  .transform((raw) => raw.replace(/\/+$/, ''));

const splitList = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

const commaList = z.string().optional().transform(splitList);

/** Strapi's own rules for an admin password. */
const adminPassword = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(72, 'must be at most 72 characters (bcrypt limit)')
  .regex(/[a-z]/, 'must contain a lower-case letter')
  .regex(/[A-Z]/, 'must contain an upper-case letter')
  .regex(/\d/, 'must contain a digit');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    PORT: port(1337),
    PUBLIC_URL: httpUrl.optional(),
    LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug']).default('http'),

    DATABASE_CLIENT: z
      .string()
      .default('sqlite')
      .pipe(
        z.enum(['sqlite', 'postgres'], {
          error: (issue) => `expected "sqlite" or "postgres", got "${String(issue.input)}"`,
        }),
      ),
    DATABASE_FILENAME: z.string().trim().min(1).default('data/cms.db'),
    PUBLIC_DIR: z.string().trim().min(1).default('public'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection string')
      .optional(),
    DATABASE_HOST: z.string().trim().min(1).default('127.0.0.1'),
    DATABASE_PORT: port(5432),
    DATABASE_NAME: z.string().trim().min(1).default('newsroom'),
    DATABASE_USERNAME: z.string().trim().min(1).default('newsroom'),
    DATABASE_PASSWORD: z.string().optional(),
    DATABASE_SSL: booleanFlag(false),
    DATABASE_SSL_REJECT_UNAUTHORIZED: booleanFlag(true),

    APP_KEYS: commaList,
    API_TOKEN_SALT: z.string().optional(),
    ADMIN_JWT_SECRET: z.string().optional(),
    JWT_SECRET: z.string().optional(),
    TRANSFER_TOKEN_SALT: z.string().optional(),
    ENCRYPTION_KEY: z.string().optional(),

    WEB_REVALIDATE_URL: httpUrl.optional(),
    REVALIDATE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    WEB_PREVIEW_URL: httpUrl.optional(),
    PREVIEW_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    PREVIEW_API_TOKEN: z
      .string()
      .regex(/^[A-Za-z0-9_-]{32,512}$/, 'must be 32 to 512 characters of [A-Za-z0-9_-]')
      .optional(),

    // The editor's login (content only) and the administrator's (Super Admin): bootstrap/admin-user.ts.
    ADMIN_EMAIL: z.email('expected an e-mail address').optional(),
    ADMIN_PASSWORD: adminPassword.optional(),
    SUPERADMIN_EMAIL: z.email('expected an e-mail address').optional(),
    SUPERADMIN_PASSWORD: adminPassword.optional(),

    SEED_DEMO_CONTENT: booleanFlag(true),
    // Browser origins allowed to call the API; the site fetches server-side and needs none.
    CORS_ORIGINS: z
      .string()
      .default('http://localhost:3000,http://127.0.0.1:3000')
      .transform(splitList)
      .pipe(
        z.array(
          z.union([z.literal('*'), httpUrl], { error: 'expected "*" or comma-separated http(s) origins' }),
        ),
      ),
  })
  .superRefine((env, ctx) => {
    if (
      env.ADMIN_EMAIL &&
      env.SUPERADMIN_EMAIL &&
      env.ADMIN_EMAIL.toLowerCase() === env.SUPERADMIN_EMAIL.toLowerCase()
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['SUPERADMIN_EMAIL'],
        message: 'must differ from ADMIN_EMAIL (the editor and the administrator are two accounts)',
      });
    }
    if (env.WEB_REVALIDATE_URL && !env.REVALIDATE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['REVALIDATE_SECRET'],
        message: 'is required when WEB_REVALIDATE_URL is set',
      });
    }
    if (env.WEB_PREVIEW_URL && !env.PREVIEW_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PREVIEW_SECRET'],
        message: 'is required when WEB_PREVIEW_URL is set',
      });
    }
  });

export type CmsEnv = z.infer<typeof schema>;

/** Every variable the CMS reads (all documented in .env.example). */
export const ENV_VARIABLE_NAMES = Object.keys(schema.shape);

/** Treat `KEY=` (empty) like an unset variable, as .env files commonly leave optional values blank. */
const withoutEmptyValues = (source: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(
    Object.entries(source).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );

/** Parse and validate the environment. Throws EnvError naming every bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  const result = schema.safeParse(withoutEmptyValues(source));
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

const isPlaceholder = (value: string) => PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(value));

/**
 * Secrets are not needed to build the admin panel, only to run the server, so this check runs at
 * start-up (register) rather than in the config files. Missing secrets always stop the server; in
 * production, template values and short secrets stop it too.
 */
export function assertServerSecrets(env: CmsEnv): void {
  const issues: Array<{ variable: string; message: string }> = [];
  const production = env.NODE_ENV === 'production';
  const hint = production
    ? 'set it in the environment'
    : 'run `node scripts/ensure-env.mjs` to generate apps/cms/.env';

  for (const name of SECRET_NAMES) {
    const values = name === 'APP_KEYS' ? env.APP_KEYS : env[name] === undefined ? [] : [env[name] as string];
    if (values.length === 0) {
      issues.push({ variable: name, message: `is missing (${hint})` });
      continue;
    }
    if (production) checkProductionSecret(name, values, issues);
  }
  if (production) {
    for (const name of SHARED_SECRET_NAMES) {
      const value = env[name];
      if (value !== undefined) checkProductionSecret(name, [value], issues);
    }
  }
  if (issues.length > 0) throw new EnvError(issues);
}

function checkProductionSecret(
  name: string,
  values: string[],
  issues: Array<{ variable: string; message: string }>,
) {
  if (values.some(isPlaceholder)) {
    issues.push({ variable: name, message: 'still holds a placeholder value; generate a random secret' });
  } else if (values.some((value) => value.length < MIN_PRODUCTION_SECRET_LENGTH)) {
    issues.push({
      variable: name,
      message: `must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`,
    });
  }
}

/**
 * The directory holding package.json (apps/cms). Config runs from dist/config after compilation and
 * from src/ under ts-jest, so walk up instead of assuming a depth.
 */
export function findAppRoot(start: string = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
