import type { Core } from '@strapi/strapi';

/** The content APIs of the site. Readers may list and read them; nothing else, ever. */
export const CONTENT_APIS = ['article', 'category', 'author', 'tag', 'help-banner', 'redirect'] as const;
const PUBLIC_ACTIONS = ['find', 'findOne'] as const;
/** Single types have one entry: `find` reads it, there is no `findOne`. */
const SINGLE_TYPE_APIS: ReadonlyArray<string> = ['help-banner'];
const publicActionsOf = (api: string) => (SINGLE_TYPE_APIS.includes(api) ? ['find'] : PUBLIC_ACTIONS);

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

const apiPrefix = (api: string) => `api::${api}.${api}.`;

/** Every action the Public role holds on the content APIs (e.g. `api::tag.tag.find`). */
export const PUBLIC_CONTENT_ACTIONS: ReadonlyArray<string> = CONTENT_APIS.flatMap((api) =>
  publicActionsOf(api).map((action) => `${apiPrefix(api)}${action}`),
);
const isContentApiAction = (action: string) => CONTENT_APIS.some((api) => action.startsWith(apiPrefix(api)));

/**
 * Make the users-permissions roles match the policy exactly, whatever an editor clicked in the admin:
 * - Public: find/findOne on each content API, and no other action on them (no create/update/delete);
 * - Authenticated: nothing on them (the site has no reader accounts).
 * Permissions on other APIs (auth routes, upload, …) are left as they are.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const expected = new Map<string, string[]>([
    ['public', [...PUBLIC_CONTENT_ACTIONS]],
    ['authenticated', []],
  ]);
  const changes: string[] = [];

  for (const [type, wanted] of expected) {
    const role = await strapi.db.query(ROLE_UID).findOne({ where: { type } });
    if (!role) throw new Error(`users-permissions role "${type}" is missing; is the plugin installed?`);

    const current: Array<{ id: number; action: string }> = await strapi.db
      .query(PERMISSION_UID)
      .findMany({ where: { role: role.id }, select: ['id', 'action'] });
    const onContentApis = current.filter((permission) => isContentApiAction(permission.action));

    const extra = onContentApis.filter((permission) => !wanted.includes(permission.action));
    if (extra.length > 0) {
      await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
      changes.push(`${type}: removed ${extra.map((p) => p.action).join(', ')}`);
    }

    const have = new Set(onContentApis.map((permission) => permission.action));
    const missing = wanted.filter((action) => !have.has(action));
    for (const action of missing) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
    if (missing.length > 0) changes.push(`${type}: granted ${missing.join(', ')}`);
  }

  // The site has no reader accounts: close self-registration so nobody can mint an Authenticated user.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown> | null;
  if (advanced && advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    changes.push('registration closed');
  }

  if (changes.length > 0) strapi.log.info(`[permissions] ${changes.join('; ')}`);
}
