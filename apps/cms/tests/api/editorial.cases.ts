import app from '../../src/index';
import { PREVIEW_TOKEN_NAME, ensurePreviewApiToken } from '../../src/bootstrap/api-tokens';
import { QUERY_INDEXES, createMissingQueryIndexes, type KnexLike } from '../../src/database/query-indexes';
import { readEnv } from '../../src/env';
import { buildPreviewUrl } from '../../src/preview-url';
import { paragraph, words } from '../helpers/fixtures';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

describe('reading time', () => {
  it('is computed from the body of each translation', async () => {
    const { documentId } = suite.fixtures.published;
    const en = await api().get(`/api/articles/${documentId}`).expect(200);
    const es = await api().get(`/api/articles/${documentId}?locale=es`).expect(200);
    expect(en.body.data.readingTimeMinutes).toBe(3); // 450 words
    expect(es.body.data.readingTimeMinutes).toBe(1); // 120 words
  });

  it('ignores a typed value and follows every change of the body', async () => {
    const articles = strapiInstance().documents('api::article.article');
    const created = await articles.create({
      locale: 'en',
      data: {
        title: 'Reading time check',
        slug: 'reading-time-check',
        excerpt: 'x',
        body: paragraph(words(1001)),
        readingTimeMinutes: 99,
        cover: suite.fixtures.coverId,
      },
    });
    expect(created.readingTimeMinutes).toBe(6);

    const shorter = await articles.update({
      documentId: created.documentId,
      locale: 'en',
      data: { body: paragraph(words(10)) },
    });
    expect(shorter?.readingTimeMinutes).toBe(1);

    const typed = await articles.update({
      documentId: created.documentId,
      locale: 'en',
      data: { readingTimeMinutes: 50, excerpt: 'y' },
    });
    expect(typed?.readingTimeMinutes).toBe(1);
    await articles.delete({ documentId: created.documentId });
  });
});

describe('first-start set-up', () => {
  it('shows the reading time read-only in the article editor', async () => {
    const configuration = await strapiInstance()
      .plugin('content-manager')
      .service('content-types')
      .findConfiguration({ uid: 'api::article.article' });
    expect(configuration.metadatas.readingTimeMinutes.edit).toMatchObject({ editable: false });
    expect(configuration.metadatas.materiallyUpdatedAt.edit).toMatchObject({ editable: false });
  });

  it('creates the en (default) and es locales', async () => {
    const service = strapiInstance().plugin('i18n').service('locales');
    const locales: Array<{ code: string }> = await service.find();
    expect(locales.map((locale) => locale.code).sort()).toEqual(['en', 'es']);
    expect(await service.getDefaultLocale()).toBe('en');
  });

  it('keys the read-only preview token from PREVIEW_API_TOKEN and re-keys it when the value changes', async () => {
    const strapi = strapiInstance();
    const tokens = await strapi.db
      .query('admin::api-token')
      .findMany({ where: { name: PREVIEW_TOKEN_NAME } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ type: 'read-only', expiresAt: null });

    const rotated = `${suite.previewToken.slice(0, -4)}zzzz`;
    await ensurePreviewApiToken(strapi, readEnv({ ...process.env, PREVIEW_API_TOKEN: rotated }));
    await api()
      .get('/api/articles?status=draft')
      .set('Authorization', `Bearer ${suite.previewToken}`)
      .expect(401);
    await api().get('/api/articles?status=draft').set('Authorization', `Bearer ${rotated}`).expect(200);

    await ensurePreviewApiToken(strapi, readEnv());
    await api()
      .get('/api/articles?status=draft')
      .set('Authorization', `Bearer ${suite.previewToken}`)
      .expect(200);
    expect(await strapi.db.query('admin::api-token').count({ where: { name: PREVIEW_TOKEN_NAME } })).toBe(1);
  });

  it('points the admin preview button at the site with the secret, locale and slug', async () => {
    const url = await buildPreviewUrl('api::article.article', {
      documentId: suite.fixtures.published.documentId,
      locale: 'es',
      status: 'draft',
    });
    expect(url).not.toBeNull();
    const parsed = new URL(url as string);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('http://localhost:3999/api/preview');
    expect(Object.fromEntries(parsed.searchParams)).toMatchObject({
      secret: suite.previewSecret,
      locale: 'es',
      slug: 'abre-centro-de-dia',
      status: 'draft',
    });
    expect(
      await buildPreviewUrl('api::category.category', { documentId: suite.fixtures.category.documentId }),
    ).toBeNull();
  });

  it('has the query indexes, created once', async () => {
    const strapi = strapiInstance();
    const knex = strapi.db.connection as unknown as KnexLike & { raw: (sql: string) => Promise<unknown> };
    const names =
      strapi.db.dialect.client === 'postgres'
        ? (
            (await knex.raw(
              `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()`,
            )) as { rows: Array<{ name: string }> }
          ).rows
        : ((await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'index'`)) as Array<{
            name: string;
          }>);
    expect(names.map((row) => row.name)).toEqual(
      expect.arrayContaining(QUERY_INDEXES.map((index) => index.name)),
    );
    expect(await createMissingQueryIndexes(knex)).toEqual([]);

    const migrations: Array<{ name: string }> = await strapi.db
      .connection('strapi_migrations')
      .select('name');
    expect(migrations.map((row) => row.name)).toContain('2026.01.01T00.00.00.add-query-indexes.js');
  });

  it('changes nothing when the whole bootstrap runs again (a restart)', async () => {
    const strapi = strapiInstance();
    const counts = async () => ({
      locales: await strapi.db.query('plugin::i18n.locale').count(),
      admins: await strapi.db.query('admin::user').count(),
      tokens: await strapi.db.query('admin::api-token').count(),
      webhooks: (await strapi.get('webhookStore').findWebhooks()).length,
      permissions: await strapi.db.query('plugin::users-permissions.permission').count(),
    });
    const before = await counts();
    // Tokens: the preview token plus the two Strapi creates on a fresh install. Admins: the editor
    // and the administrator.
    expect(before).toMatchObject({ locales: 2, admins: 2, webhooks: 1 });
    await app.bootstrap({ strapi });
    await app.bootstrap({ strapi });
    expect(await counts()).toEqual(before);
  });
});
