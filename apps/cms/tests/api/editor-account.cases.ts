import {
  DEFAULT_ADMIN_EMAIL,
  ensureAdminUsers,
  EDITOR_ROLE,
  SUPER_ADMIN_ROLE,
} from '../../src/bootstrap/admin-user';
import { EDITOR_CONTENT_TYPES, MEDIA_ACTIONS, ensureEditorRole } from '../../src/bootstrap/editor-role';
import { readEnv } from '../../src/env';
import { adminLogin, CM } from '../helpers/admin-session';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

async function rolesOf(email: string): Promise<string[]> {
  const user = await strapiInstance()
    .db.query('admin::user')
    .findOne({ where: { email }, populate: ['roles'] });
  return (user?.roles ?? []).map((role: { code: string }) => role.code).sort();
}

describe('admin accounts: an editor and an administrator', () => {
  it('the seeded login (ADMIN_EMAIL) is an Editor; SUPERADMIN_EMAIL is the Super Admin', async () => {
    expect(await rolesOf(suite.adminEmail)).toEqual([EDITOR_ROLE]);
    expect(await rolesOf(suite.superAdminEmail)).toEqual([SUPER_ADMIN_ROLE]);
    await adminLogin(suite.adminEmail, suite.adminPassword);
    await adminLogin(suite.superAdminEmail, suite.superAdminPassword);
    await api()
      .post('/admin/login')
      .send({ email: suite.adminEmail, password: 'Wrong-password-1' })
      .expect(400);
  });

  it('gives the editor content and media permissions only, in every language', async () => {
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const res = await api()
      .get('/admin/users/me/permissions')
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    const permissions: Array<{ action: string; subject: string | null; properties: { locales?: string[] } }> =
      res.body.data;
    for (const permission of permissions) {
      if (permission.subject) {
        expect(permission.action).toMatch(/^plugin::content-manager\.explorer\./);
        expect(EDITOR_CONTENT_TYPES).toContain(permission.subject);
      } else {
        expect(MEDIA_ACTIONS).toContain(permission.action);
      }
    }
    const publishable = permissions
      .filter((p) => p.action === 'plugin::content-manager.explorer.publish')
      .map((p) => p.subject)
      .sort();
    expect(publishable).toEqual(
      expect.arrayContaining([
        'api::article.article',
        'api::help-banner.help-banner',
        'api::redirect.redirect',
      ]),
    );
    const articleUpdate = permissions.find(
      (p) => p.action === 'plugin::content-manager.explorer.update' && p.subject === 'api::article.article',
    );
    expect(articleUpdate?.properties.locales?.sort()).toEqual(['en', 'es']);
  });

  it.each([
    ['the Content-Type Builder', 'get', '/content-type-builder/content-types'],
    ['the Marketplace / plugin list', 'get', '/admin/plugins'],
    ['settings: webhooks', 'get', '/admin/webhooks'],
    ['settings: API tokens', 'get', '/admin/api-tokens'],
    ['settings: admin users', 'get', '/admin/users'],
    ['settings: roles', 'get', '/admin/roles'],
    ['settings: locales', 'post', '/i18n/locales'],
    ['reader accounts (users-permissions User)', 'get', `${CM}/plugin::users-permissions.user`],
  ] as const)('refuses the editor %s (403)', async (_label, method, path) => {
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const client = api();
    const res = await client[method](path)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ code: 'fr', name: 'French' });
    expect(res.status).toBe(403);
  });

  it('keeps the users-permissions "User" collection out of the content manager', async () => {
    const jwt = await adminLogin(suite.superAdminEmail, suite.superAdminPassword);
    const res = await api()
      .get('/content-manager/content-types')
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    const user = res.body.data.find((type: { uid: string }) => type.uid === 'plugin::users-permissions.user');
    expect(user.isDisplayed).toBe(false);
  });

  it('reverts an Editor role widened in the admin on the next start', async () => {
    const strapi = strapiInstance();
    const role = await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE } });
    await strapi.db.query('admin::permission').create({
      data: { action: 'plugin::content-type-builder.read', role: role.id, properties: {}, conditions: [] },
    });
    await ensureEditorRole(strapi);
    const left = await strapi.db
      .query('admin::permission')
      .count({ where: { role: role.id, action: 'plugin::content-type-builder.read' } });
    expect(left).toBe(0);
  });

  it('moves an editor account an older version made Super Admin to the Editor role', async () => {
    const strapi = strapiInstance();
    const superAdmin = await strapi.db.query('admin::role').findOne({ where: { code: SUPER_ADMIN_ROLE } });
    await strapi.db.query('admin::user').create({
      data: {
        email: 'legacy@example.org',
        firstname: 'Old',
        lastname: 'Editor',
        isActive: true,
        roles: [superAdmin.id],
      },
    });
    const env = readEnv({
      ...process.env,
      ADMIN_EMAIL: 'legacy@example.org',
      ADMIN_PASSWORD: suite.adminPassword,
      SUPERADMIN_EMAIL: suite.superAdminEmail,
      SUPERADMIN_PASSWORD: suite.superAdminPassword,
    });
    await ensureAdminUsers(strapi, env);
    expect(await rolesOf('legacy@example.org')).toEqual([EDITOR_ROLE]);
    await ensureAdminUsers(strapi, env);
    expect(await strapi.db.query('admin::user').count({ where: { email: suite.superAdminEmail } })).toBe(1);
    expect(DEFAULT_ADMIN_EMAIL).toBe('editor@newsroom.local');
  });
});
