import { localizeTags } from '../../src/database/localize-tags';
import { quote, type KnexLike } from '../../src/database/sql';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const TAG = 'api::tag.tag';
const ARTICLE = 'api::article.article';
const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

interface TagRow {
  id: number;
  documentId: string;
  locale: string | null;
  name: string;
  slug: string;
}

/**
 * Installs made before tags were localized: one tag row without a locale, and Spanish article rows
 * linked to it. That state is built here by hand from a normal one (the schema is already
 * localized), then the start-up step must give the tag its Spanish version and move the links.
 */
describe('start-up step: localize tags of an install made before tags were translated', () => {
  let tagDocumentId = '';
  let articleDocumentId = '';

  const tagRows = async () =>
    (await strapiInstance()
      .db.query(TAG)
      .findMany({ where: { documentId: tagDocumentId }, orderBy: { id: 'asc' } })) as TagRow[];

  beforeAll(async () => {
    const strapi = strapiInstance();
    const tag = await strapi
      .documents(TAG)
      .create({ locale: 'en', data: { name: 'Night shifts', slug: 'night-shifts' } });
    await strapi.documents(TAG).update({
      documentId: tag.documentId,
      locale: 'es',
      data: { name: 'Turnos de noche', slug: 'night-shifts' } as Record<string, unknown>,
    });
    tagDocumentId = tag.documentId;

    const article = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: {
        title: 'Working nights',
        slug: 'working-nights',
        excerpt: 'Sleep by day.',
        body: body('Sleep by day.'),
        cover: suite.fixtures.coverId,
        tags: [tag.documentId],
      } as never,
    });
    articleDocumentId = article.documentId;
    await strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: 'en' });
    await strapi.documents(ARTICLE).update({
      documentId: article.documentId,
      locale: 'es',
      data: {
        title: 'Trabajar de noche',
        slug: 'trabajar-de-noche',
        excerpt: 'Dormir de día.',
        body: body('Dormir de día.'),
        tags: [tag.documentId],
      } as never,
    });
    await strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: 'es' });

    // Back to the old state: the Spanish rows point at the single tag row, which has no locale.
    const knex = strapi.db.connection as unknown as KnexLike;
    const joinTable = (
      strapi.db.metadata.get(ARTICLE).attributes.tags as unknown as {
        joinTable: { name: string; inverseJoinColumn: { name: string } };
      }
    ).joinTable;
    const [en, es] = await tagRows();
    expect([en!.locale, es!.locale]).toEqual(['en', 'es']);
    await knex.raw(
      `UPDATE ${quote(joinTable.name)} SET ${quote(joinTable.inverseJoinColumn.name)} = ? WHERE ${quote(joinTable.inverseJoinColumn.name)} = ?`,
      [en!.id, es!.id],
    );
    await knex.raw(`DELETE FROM ${quote('tags')} WHERE id = ?`, [es!.id]);
    await knex.raw(`UPDATE ${quote('tags')} SET locale = NULL WHERE id = ?`, [en!.id]);
  });

  afterAll(async () => {
    const strapi = strapiInstance();
    if (articleDocumentId)
      await strapi.documents(ARTICLE).delete({ documentId: articleDocumentId, locale: '*' });
    if (tagDocumentId) await strapi.documents(TAG).delete({ documentId: tagDocumentId, locale: '*' });
  });

  it('adds the Spanish version under the same document and slug, and moves the Spanish links to it', async () => {
    expect(await tagRows()).toEqual([expect.objectContaining({ locale: null, name: 'Night shifts' })]);

    const started = Date.now();
    const first = await localizeTags(strapiInstance());
    console.log(`localizeTags on the old-style data: ${Date.now() - started} ms`, first);
    // The Spanish draft and published rows of the article: two links moved. Tags that other cases
    // created in English only get their Spanish version too, so at least this one was created.
    expect(first.relinked).toBe(2);
    expect(first.created).toBeGreaterThanOrEqual(1);

    const rows = await tagRows();
    expect(rows).toEqual([
      expect.objectContaining({ locale: 'en', name: 'Night shifts', slug: 'night-shifts' }),
      expect.objectContaining({ locale: 'es', name: 'Night shifts', slug: 'night-shifts' }),
    ]);

    // An editor translates the copy; the Spanish article now shows the Spanish name.
    await strapiInstance()
      .documents(TAG)
      .update({ documentId: tagDocumentId, locale: 'es', data: { name: 'Turnos de noche' } });
    const es = await api()
      .get('/api/tags')
      .query({ locale: 'es', 'filters[slug][$eq]': 'night-shifts' })
      .expect(200);
    expect(es.body.data).toEqual([
      expect.objectContaining({ documentId: tagDocumentId, name: 'Turnos de noche', slug: 'night-shifts' }),
    ]);
    for (const [locale, name] of [
      ['es', 'Turnos de noche'],
      ['en', 'Night shifts'],
    ] as const) {
      for (const status of ['published', 'draft'] as const) {
        const article = await strapiInstance()
          .documents(ARTICLE)
          .findOne({ documentId: articleDocumentId, locale, status, populate: { tags: true } });
        expect((article as unknown as { tags: TagRow[] }).tags).toEqual([
          expect.objectContaining({ name, locale, slug: 'night-shifts' }),
        ]);
      }
    }
  });

  it('changes nothing when it runs again', async () => {
    const before = await tagRows();
    expect(await localizeTags(strapiInstance())).toEqual({ created: 0, relinked: 0 });
    expect(await tagRows()).toEqual(before);
  });
});
