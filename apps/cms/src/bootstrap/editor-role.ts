import type { Core } from '@strapi/strapi';
import { EDITOR_ROLE } from './admin-user';

/** What editors write, and nothing else (no users-permissions "User", no plugin internals). */
export const EDITOR_CONTENT_TYPES = [
  'api::article.article',
  'api::category.category',
  'api::author.author',
  'api::tag.tag',
  'api::help-banner.help-banner',
  // Old addresses (from a WordPress import or typed in): editors fix and add them themselves.
  'api::redirect.redirect',
];

/** The Media Library as Strapi gives its Editor role: browse, upload, describe, download, copy links. */
export const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}
interface Action {
  actionId: string;
  section: string;
  subjects?: string[];
}
interface PermissionService {
  actionProvider: {
    values(): Action[];
    appliesToProperty(property: string, action: string, subject?: string | null): Promise<boolean>;
  };
  findMany(params: unknown): Promise<Permission[]>;
}

/**
 * Strapi's built-in Editor role, kept to content: create, read, update, delete and publish our content
 * types in every language, use the Media Library — and nothing else, so an editor sees no Content-Type
 * Builder, Marketplace, Settings or users-permissions "User" collection. Made to match on every start
 * (a type added later, such as the help banner, is granted; anything widened in the admin is
 * reverted); writes and logs only when something differs.
 */
export async function ensureEditorRole(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE } })) as {
    id: number;
  } | null;
  if (!role) throw new Error(`admin role "${EDITOR_ROLE}" is missing; Strapi creates it on first start`);

  const wanted = await editorPermissions(strapi);
  const permissions = strapi.service('admin::permission') as unknown as PermissionService;
  const current = await permissions.findMany({ where: { role: { id: role.id } } });
  const key = (p: Permission) =>
    JSON.stringify([
      p.action,
      p.subject ?? null,
      sortedProperties(p.properties),
      [...(p.conditions ?? [])].sort(),
    ]);
  const currentKeys = new Set(current.map(key));
  const wantedKeys = new Set(wanted.map(key));
  const same = currentKeys.size === wantedKeys.size && [...wantedKeys].every((k) => currentKeys.has(k));
  if (same) return;

  const roles = strapi.service('admin::role') as unknown as {
    assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  };
  await roles.assignPermissions(role.id, wanted);
  strapi.log.info(
    '[admin] Editor role set to content only (articles, categories, authors, tags, help banner, media)',
  );
}

export async function editorPermissions(strapi: Core.Strapi): Promise<Permission[]> {
  const permissions = strapi.service('admin::permission') as unknown as PermissionService;
  const contentTypes = strapi.service('admin::content-type') as unknown as {
    getPermissionsWithNestedFields(
      actions: Action[],
      options: { restrictedSubjects: string[] },
    ): Permission[];
  };
  const actions = permissions.actionProvider.values().filter((action) => action.section === 'contentTypes');
  const otherSubjects = [...new Set(actions.flatMap((action) => action.subjects ?? []))].filter(
    (subject) => !EDITOR_CONTENT_TYPES.includes(subject),
  );
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>)
    .map((locale) => locale.code)
    .sort();

  const content = await Promise.all(
    contentTypes
      .getPermissionsWithNestedFields(actions, { restrictedSubjects: otherSubjects })
      .map(async (permission) => {
        const plain: Permission = {
          action: permission.action,
          subject: permission.subject,
          properties: { ...(permission.properties ?? {}) },
          conditions: [],
        };
        if (await permissions.actionProvider.appliesToProperty('locales', plain.action, plain.subject)) {
          plain.properties = { ...plain.properties, locales };
        }
        return plain;
      }),
  );
  // Scheduling (strapi-plugin-publisher) and revision history have no permissions of their own: any
  // signed-in admin may use them, and the history routes check the content manager's permissions.
  const plugin = MEDIA_ACTIONS.map((action): Permission => ({
    action,
    subject: null,
    properties: {},
    conditions: [],
  }));
  return [...content, ...plugin];
}

function sortedProperties(properties: Record<string, unknown> | undefined) {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(properties ?? {}).sort()) {
    const value = properties?.[name];
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? [...value].sort() : value;
  }
  return out;
}
