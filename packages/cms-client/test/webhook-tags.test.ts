import { CmsPayloadError, tagsForWebhook } from '../src/index';
import { fixture } from './load-fixture';

// Payloads recorded from Strapi 5.54: create/update/publish carry the populated
// entry; unpublish carries relations as { count } placeholders; delete carries the bare row.
// Recorded with scripts/record-webhooks.mjs; taxonomy payloads keep one related article, without body.
// A Spanish translation made in the admin has no relations of its own (relations are per locale).
const webhook = (name: string) => fixture(`webhooks/${name}`);

const sitemapMonth = (iso: string) => `sitemap:${iso.slice(0, 7)}`;

// The honest-tags rule (cache-tags.ts): an article event names the pages that show that article —
// never `articles`, which every article page carries.
describe('tagsForWebhook with payloads recorded from Strapi', () => {
  it.each(['article-publish.en', 'article-update.en'])(
    "%s: its locale's listings, its pages, its category, author and tags, its sitemap month",
    (name) => {
      const payload = webhook(name);
      const { documentId, slug, category, author, tags, firstPublishedAt } = payload.entry;
      expect(tagsForWebhook(payload)).toEqual([
        'articles:en',
        `article:${documentId}`,
        `article-slug:en:${slug}`,
        `category:${category.slug}`,
        `author:${author.slug}`,
        ...tags.map((tag: { slug: string }) => `tag:${tag.slug}`),
        'sitemap',
        sitemapMonth(firstPublishedAt),
      ]);
    },
  );

  it('article-publish.es: a translation without sections of its own names none', () => {
    const payload = webhook('article-publish.es');
    expect(tagsForWebhook(payload)).toEqual([
      'articles:es',
      `article:${payload.entry.documentId}`,
      `article-slug:es:${payload.entry.slug}`,
      'sitemap',
      sitemapMonth(payload.entry.firstPublishedAt),
    ]);
  });

  it('article-create.es: a never-published draft touches no sitemap file', () => {
    const payload = webhook('article-create.es');
    expect(tagsForWebhook(payload)).toEqual([
      'articles:es',
      `article:${payload.entry.documentId}`,
      `article-slug:es:${payload.entry.slug}`,
      'sitemap',
    ]);
  });

  it.each(['article-unpublish.es', 'article-delete.es'])(
    '%s: sections are not in the payload, so every section listing of the locale',
    (name) => {
      const payload = webhook(name);
      expect(tagsForWebhook(payload)).toEqual([
        'articles:es',
        `article:${payload.entry.documentId}`,
        `article-slug:es:${payload.entry.slug}`,
        'sections:es',
        'sitemap',
        sitemapMonth(payload.entry.firstPublishedAt),
      ]);
    },
  );

  it.each([
    'article-publish.en',
    'article-update.en',
    'article-publish.es',
    'article-unpublish.es',
    'article-delete.es',
  ])('%s never revalidates what every article page carries', (name) => {
    const tags = tagsForWebhook(webhook(name));
    expect(tags).not.toContain('articles');
    expect(tags).not.toContain('cms');
    // Only its own locale's listings.
    expect(tags.filter((tag) => tag.startsWith('articles:'))).toHaveLength(1);
  });

  it.each([
    ['category-update.es', 'categories', 'category'],
    ['author-update', 'authors', 'author'],
    ['tag-update', 'tags', 'tag'],
  ])('%s: its lists, its pages and every article that shows its name', (name, list, prefix) => {
    const payload = webhook(name);
    expect(tagsForWebhook(payload)).toEqual([
      list,
      `${prefix}:${payload.entry.documentId}`,
      `${prefix}:${payload.entry.slug}`,
      'articles',
      'sitemap',
    ]);
  });
});

describe('tagsForWebhook with other events', () => {
  it.each(['entry.publish', 'entry.unpublish', 'entry.delete', 'entry.create'])(
    'treats %s on a category like an update',
    (event) => {
      const payload = { ...webhook('category-update.es'), event };
      expect(tagsForWebhook(payload)).toContain('categories');
      expect(tagsForWebhook(payload)).toContain('articles');
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

  it('never returns a tag twice', () => {
    const payload = webhook('article-publish.en');
    payload.entry.tags = [...payload.entry.tags, ...payload.entry.tags];
    const tags = tagsForWebhook(payload);
    expect(new Set(tags).size).toBe(tags.length);
  });
});

describe('malformed webhook payloads', () => {
  const article = (entry: unknown) => ({ ...webhook('article-publish.en'), entry });

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
      'an entry event without uid',
      { event: 'entry.publish', model: 'article', entry: { documentId: 'a' } },
      'uid',
    ],
    ['an entry without documentId', article({ slug: 'x', locale: 'en' }), 'entry.documentId'],
    ['an entry with a numeric slug', article({ documentId: 'a', slug: 5, locale: 'en' }), 'entry.slug'],
    ['tags that are a string', article({ documentId: 'a', tags: 'drop-in' }), 'entry.tags'],
    ['a media event without media', { event: 'media.create' }, 'media'],
  ])('throws CmsPayloadError for %s', (_label, payload, path) => {
    let caught: unknown;
    try {
      tagsForWebhook(payload);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CmsPayloadError);
    expect((caught as CmsPayloadError).path).toBe(path);
  });
});

describe('webhook names that are keys of every JavaScript object', () => {
  const base = webhook('article-publish.en') as Record<string, unknown>;
  const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

  it.each(
    PROTOTYPE_NAMES.flatMap((name) => [
      ['uid', name],
      ['event', name],
      ['model', name],
      ['event', `entry.${name}`.replace('entry.__proto__', '__proto__')],
    ]),
  )('refuses %s=%s with CmsPayloadError (nothing revalidated)', (field, value) => {
    const payload = JSON.parse(JSON.stringify({ ...base, [field]: value }));
    let result: unknown;
    try {
      result = tagsForWebhook(payload);
    } catch (error) {
      expect(error).toBeInstanceOf(CmsPayloadError);
      return;
    }
    // Only a well-formed event ("entry.toString") or model name can pass: it is never used as a key,
    // so the article's own tags come out, not junk.
    expect(['event', 'model']).toContain(field);
    expect(result).toEqual(tagsForWebhook(base));
  });

  it.each(['api::__proto__.x', 'plugin::constructor.toString', 'api::article.article.toString'])(
    'maps the unknown uid %s to no tag at all, or refuses it',
    (uid) => {
      const run = () => tagsForWebhook({ ...base, uid });
      let tags: string[] = [];
      try {
        tags = run();
      } catch (error) {
        expect(error).toBeInstanceOf(CmsPayloadError);
      }
      expect(tags).toEqual([]);
    },
  );
});

describe('tagsForWebhook for redirect rules', () => {
  it.each(['entry.create', 'entry.update', 'entry.publish', 'entry.unpublish', 'entry.delete'])(
    '%s refreshes the redirect table and nothing else',
    (event) => {
      const payload = {
        event,
        model: 'redirect',
        uid: 'api::redirect.redirect',
        entry: { documentId: 'abc123', from: '/?p=12', to: '/en/news/x', publishedAt: null },
      };
      expect(tagsForWebhook(payload)).toEqual(['redirects']);
    },
  );
});
