import { CmsPayloadError, tagsForWebhook } from '../src/index';

// Payload shapes as Strapi 5 sends them: create/update/publish carry the populated entry,
// delete/unpublish carry the bare row (no relations).
const populatedArticle = {
  id: 31,
  documentId: 'art1',
  title: 'Winter hours',
  slug: 'winter-hours',
  locale: 'en',
  publishedAt: '2026-01-14T09:30:00.000Z',
  category: { id: 2, documentId: 'cat1', slug: 'services', name: 'Services' },
  author: { id: 1, documentId: 'auth1', slug: 'maya-lindqvist', name: 'Maya' },
  tags: [{ id: 3, documentId: 'tag1', slug: 'drop-in', name: 'Drop-in' }],
  localizations: [{ id: 32, documentId: 'art1', slug: 'horario-de-invierno', locale: 'es' }],
};
const bareArticle = {
  id: 33,
  documentId: 'art1',
  slug: 'horario-de-invierno',
  locale: 'es',
  publishedAt: '2026-01-14T09:31:00.000Z',
};

const articleEvent = (event: string, entry: object) => ({
  event,
  createdAt: '2026-01-14T09:30:01.000Z',
  model: 'article',
  uid: 'api::article.article',
  entry,
});

const EVERY_ARTICLE_LISTING = ['articles', 'articles:en', 'articles:es'];

describe('tagsForWebhook', () => {
  it.each([
    ['publish', 'entry.publish'],
    ['update', 'entry.update'],
    ['create', 'entry.create'],
  ])(
    'article %s: listings in every locale, the article, its translations, its category, author and tags',
    (_l, event) => {
      expect(tagsForWebhook(articleEvent(event, populatedArticle))).toEqual([
        ...EVERY_ARTICLE_LISTING,
        'article:art1',
        'article-slug:en:winter-hours',
        'article-slug:es:horario-de-invierno',
        'category:services',
        'author:maya-lindqvist',
        'tag:drop-in',
      ]);
    },
  );

  it.each([
    ['unpublish', 'entry.unpublish'],
    ['delete', 'entry.delete'],
  ])('article %s (bare entry): listings in every locale, the article and its slug page', (_l, event) => {
    expect(tagsForWebhook(articleEvent(event, bareArticle))).toEqual([
      ...EVERY_ARTICLE_LISTING,
      'article:art1',
      'article-slug:es:horario-de-invierno',
    ]);
  });

  it.each([
    [
      'category',
      'api::category.category',
      { documentId: 'cat1', slug: 'services', locale: 'es', name: 'Servicios' },
      ['categories', 'category:cat1', 'category:services', 'articles'],
    ],
    [
      'author',
      'api::author.author',
      { documentId: 'auth1', slug: 'maya-lindqvist', name: 'Maya' },
      ['authors', 'author:auth1', 'author:maya-lindqvist', 'articles'],
    ],
    [
      'tag',
      'api::tag.tag',
      { documentId: 'tag1', slug: 'drop-in', name: 'Drop-in' },
      ['tags', 'tag:tag1', 'tag:drop-in', 'articles'],
    ],
  ])(
    '%s change: its lists, its pages and every article listing that shows its name',
    (model, uid, entry, expected) => {
      for (const event of [
        'entry.create',
        'entry.update',
        'entry.delete',
        'entry.publish',
        'entry.unpublish',
      ]) {
        expect(tagsForWebhook({ event, model, uid, entry })).toEqual(expected);
      }
    },
  );

  it('media changes refresh everything that shows images', () => {
    expect(tagsForWebhook({ event: 'media.update', media: { id: 4, url: '/uploads/a.jpg' } })).toEqual([
      'articles',
      'authors',
    ]);
  });

  it('ignores well-formed events about content the site does not show', () => {
    expect(
      tagsForWebhook({
        event: 'entry.update',
        model: 'user',
        uid: 'plugin::users-permissions.user',
        entry: { documentId: 'u1' },
      }),
    ).toEqual([]);
    expect(tagsForWebhook({ event: 'releases.publish', release: {} })).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a string', 'entry.publish', ''],
    ['no event', { model: 'article', entry: { documentId: 'a' } }, 'event'],
    [
      'an entry event without entry',
      { event: 'entry.publish', model: 'article', uid: 'api::article.article' },
      'entry',
    ],
    [
      'an entry without documentId',
      articleEvent('entry.publish', { slug: 'x', locale: 'en' }),
      'entry.documentId',
    ],
    [
      'an entry with a numeric slug',
      articleEvent('entry.publish', { documentId: 'a', slug: 5, locale: 'en' }),
      'entry.slug',
    ],
    [
      'tags that are not a list',
      articleEvent('entry.publish', { documentId: 'a', tags: 'drop-in' }),
      'entry.tags',
    ],
    ['a media event without media', { event: 'media.create' }, 'media'],
  ])('throws CmsPayloadError for %s', (_label, payload, path) => {
    expect(() => tagsForWebhook(payload)).toThrow(CmsPayloadError);
    try {
      tagsForWebhook(payload);
    } catch (error) {
      expect((error as CmsPayloadError).path).toBe(path);
    }
  });
});
