import type { Core } from '@strapi/strapi';
import type { CmsEnv } from '../env';

export const DEFAULT_ADMIN_EMAIL = 'editor@newsroom.local';
export const DEFAULT_SUPERADMIN_EMAIL = 'admin@newsroom.local';
export const SUPER_ADMIN_ROLE = 'strapi-super-admin';
export const EDITOR_ROLE = 'strapi-editor';

interface AdminUser {
  id: number;
  email: string;
  roles?: Array<{ id: number; code: string }>;
}
interface Account {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}
interface AdminUserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: Account): Promise<unknown>;
  create(
    attributes: Account & { roles: number[]; isActive: boolean; registrationToken: null },
  ): Promise<unknown>;
}

/**
 * Two accounts, so the people who write never hold the keys to the system:
 * - the **editor** (`ADMIN_EMAIL` / `ADMIN_PASSWORD`, the login `npm start` prints first) gets Strapi's
 *   Editor role: content only (see editor-role.ts), no Content-Type Builder, Marketplace or settings;
 * - the **administrator** (`SUPERADMIN_EMAIL` / `SUPERADMIN_PASSWORD`) is a Super Admin, for the person
 *   who runs the system.
 * Each is created when missing (locally the e-mails default; in production both values must be
 * given); an existing account's password is never changed. An editor account that an older version
 * created as Super Admin is moved to the Editor role once an administrator account exists.
 * Without administrator credentials on a database with no admin at all, the editor account is made
 * the Super Admin as before, with a warning, so a system is never left without one.
 */
export async function ensureAdminUsers(strapi: Core.Strapi, env: CmsEnv): Promise<void> {
  const production = env.NODE_ENV === 'production';
  const editor = account(
    env.ADMIN_EMAIL ?? (production ? undefined : DEFAULT_ADMIN_EMAIL),
    env.ADMIN_PASSWORD,
    'Newsroom',
    'Editor',
  );
  const administrator = account(
    env.SUPERADMIN_EMAIL ?? (production ? undefined : DEFAULT_SUPERADMIN_EMAIL),
    env.SUPERADMIN_PASSWORD,
    'System',
    'Administrator',
  );
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  const roles = {
    superAdmin: await findRoleId(strapi, SUPER_ADMIN_ROLE),
    editor: await findRoleId(strapi, EDITOR_ROLE),
  };

  if (!(await users.exists())) {
    const first = administrator ?? editor;
    if (!first) {
      strapi.log.warn(
        '[admin] no administrator yet: set SUPERADMIN_EMAIL/SUPERADMIN_PASSWORD (and ADMIN_EMAIL/ADMIN_PASSWORD ' +
          'for the editor), or register one at /admin',
      );
      return;
    }
    await users.createFirstAdmin(first);
    if (!administrator)
      strapi.log.warn(
        `[admin] created ${first.email} as Super Admin: set SUPERADMIN_EMAIL and SUPERADMIN_PASSWORD to ` +
          'give the system its own administrator and keep the editor account to content',
      );
    else strapi.log.info(`[admin] created the administrator ${first.email}`);
  } else if (administrator && !(await findUser(strapi, administrator.email))) {
    await users.create({
      ...administrator,
      roles: [roles.superAdmin],
      isActive: true,
      registrationToken: null,
    });
    strapi.log.info(`[admin] created the administrator ${administrator.email}`);
  }

  if (!editor) return;
  const editorUser = await findUser(strapi, editor.email);
  if (!editorUser) {
    await users.create({ ...editor, roles: [roles.editor], isActive: true, registrationToken: null });
    strapi.log.info(`[admin] created the editor ${editor.email} (Editor role: content only)`);
    return;
  }
  const isOnlySuperAdmin = editorUser.roles?.length === 1 && editorUser.roles[0]?.code === SUPER_ADMIN_ROLE;
  const anotherSuperAdmin =
    administrator && administrator.email !== editor.email && (await findUser(strapi, administrator.email));
  if (isOnlySuperAdmin && anotherSuperAdmin) {
    await strapi.db
      .query('admin::user')
      .update({ where: { id: editorUser.id }, data: { roles: [roles.editor] } });
    strapi.log.info(`[admin] ${editor.email} now has the Editor role; ${administrator.email} administers`);
  }
}

function account(
  email: string | undefined,
  password: string | undefined,
  firstname: string,
  lastname: string,
) {
  return email && password ? { email: email.toLowerCase(), password, firstname, lastname } : undefined;
}

async function findUser(strapi: Core.Strapi, email: string): Promise<AdminUser | null> {
  return (await strapi.db.query('admin::user').findOne({
    where: { email: email.toLowerCase() },
    populate: ['roles'],
  })) as AdminUser | null;
}

async function findRoleId(strapi: Core.Strapi, code: string): Promise<number> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
  if (!role) throw new Error(`admin role "${code}" is missing; Strapi creates it on first start`);
  return role.id;
}
