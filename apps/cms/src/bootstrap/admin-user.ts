import type { Core } from '@strapi/strapi';
import type { CmsEnv } from '../env';

export const DEFAULT_ADMIN_EMAIL = 'editor@newsroom.local';

interface AdminUserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: {
    email: string;
    firstname: string;
    lastname: string;
    password: string;
  }): Promise<unknown>;
}

/**
 * A fresh install gets one super-admin account so the editor can log in straight away instead of
 * meeting Strapi's "create the first administrator" form. Never touches an existing admin.
 * In production the account is created only from explicitly given ADMIN_EMAIL and ADMIN_PASSWORD.
 */
export async function ensureAdminUser(strapi: Core.Strapi, env: CmsEnv): Promise<void> {
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return;

  const production = env.NODE_ENV === 'production';
  const email = env.ADMIN_EMAIL ?? (production ? undefined : DEFAULT_ADMIN_EMAIL);
  if (!email || !env.ADMIN_PASSWORD) {
    strapi.log.warn(
      '[admin] no administrator yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or register one at /admin',
    );
    return;
  }

  await users.createFirstAdmin({
    email,
    firstname: 'Newsroom',
    lastname: 'Editor',
    password: env.ADMIN_PASSWORD,
  });
  strapi.log.info(`[admin] created the super-admin ${email}`);
}
