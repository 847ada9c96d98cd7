import { cacheTags, CmsValidationError, createCmsClient, type Article } from '../src/index';
import { emptyList, fakeFetch, json } from './fake-fetch';
import { fixture } from './load-fixture';

const BASE = 'http://cms.test:1337';
const MEDIA = 'https://media.test';

function clientWith(respond: Parameters<typeof fakeFetch>[0], extra: Record<string, unknown> = {}) {
  const fake = fakeFetch(respond);
  const client = createCmsClient({
    baseUrl: `${BASE}/`,
    mediaBaseUrl: MEDIA,
    fetch: fake.fetch,
    revalidateSeconds: 300,
    ...extra,
  });
  return { client, calls: fake.calls };
}

describe('listArticles', () => {
  it('maps a Strapi page into summaries with absolute media URLs', async () => {
    const raw = fixture('articles-page.en');
    const { client } = clientWith(() => json(raw));
    const page = await client.listArticles({ locale: 'en' });

    expect(page).toMatchObject({
      page: raw.meta.pagination.page,
      pageSize: raw.meta.pagination.pageSize,
      pageCount: raw.meta.pagination.pageCount,
      total: raw.meta.pagination.total,
    });
    expect(page.items).toHaveLength(raw.data.length);
    page.items.forEach((item, i) => {
      const entry = raw.data[i];
      expect(item).toMatchObject({
        documentId: entry.documentId,
        title: entry.title,
        slug: entry.slug,
        locale: 'en',
      });
      expect(item.publishedAt).toBe(entry.firstPublishedAt);
      expect(item.updatedAt).toBe(entry.updatedAt);
      if (entry.cover) {
        const expectedUrl = entry.cover.url.startsWith('/') ? `${MEDIA}${entry.cover.url}` : entry.cover.url;
        expect(item.cover?.url).toBe(expectedUrl);
        expect(item.cover?.alternativeText).toBe(entry.cover.alternativeText ?? '');
      }
      expect(item.category?.slug ?? null).toBe(entry.category?.slug ?? null);
      expect(item.readingTimeMinutes).toBeGreaterThanOrEqual(1);
      // Nothing of Strapi's wire format leaks through.
      expect(item).not.toHaveProperty('id');
    });
  });

  it('tags the fetch for Next and passes revalidate', async () => {
    const { client, calls } = clientWith(() => json(emptyList()));
    await client.listArticles({ locale: 'es', category: 'services', tag: 'drop-in' });
    expect(calls[0]!.url.startsWith(`${BASE}/api/articles?`)).toBe(true);
    expect(calls[0]!.init.next).toEqual({
      tags: ['cms', 'articles', 'sections:es', 'category:services', 'tag:drop-in'],
      revalidate: 300,
    });
    expect(calls[0]!.init.cache).toBeUndefined();
  });

  // Listings are tagged by locale or by section, never by the articles they happen to hold.
  it.each<[string, Parameters<ReturnType<typeof createCmsClient>['listArticles']>[0], string[]]>([
    ['home, page n', { locale: 'en', page: 7 }, ['cms', 'articles', 'articles:en']],
    [
      'a category',
      { locale: 'en', category: 'services' },
      ['cms', 'articles', 'sections:en', 'category:services'],
    ],
    ['an author', { locale: 'es', author: 'maya' }, ['cms', 'articles', 'sections:es', 'author:maya']],
    ['a tag', { locale: 'en', tag: 'sleep', page: 3 }, ['cms', 'articles', 'sections:en', 'tag:sleep']],
  ])('tags %s by its listing', async (_label, query, tags) => {
    const { client, calls } = clientWith(() => json(emptyList()));
    await client.listArticles(query);
    expect(calls[0]!.init.next?.tags).toEqual(tags);
  });

  it('sends the API token as a bearer header when given', async () => {
    const { client, calls } = clientWith(() => json(emptyList()), { token: 'secret-token' });
    await client.listArticles({ locale: 'en' });
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer secret-token');
  });
});

describe('publication dates', () => {
  // An article first published on 1 February, corrected and published again on 1 May.
  const corrected = {
    firstPublishedAt: '2026-02-01T09:30:00.000Z',
    publishedAt: '2026-05-01T12:00:05.000Z',
    updatedAt: '2026-05-01T12:00:00.000Z',
  };

  it('dates a corrected article by its first publication and keeps the correction as updatedAt', async () => {
    const raw = fixture('articles-page.en');
    Object.assign(raw.data[0], corrected);
    const article = fixture('article.en');
    Object.assign(article.data[0], corrected);
    const { client } = clientWith((url) =>
      json(
        url.searchParams.has('filters[slug][$eq]') || url.searchParams.has('filters[documentId][$eq]')
          ? article
          : raw,
      ),
    );

    const [first] = (await client.listArticles({ locale: 'en' })).items;
    const page = await client.getArticleBySlug('en', article.data[0].slug);
    for (const mapped of [first, page]) {
      expect(mapped).toMatchObject({
        publishedAt: corrected.firstPublishedAt,
        updatedAt: corrected.updatedAt,
      });
    }
  });

  it('falls back to the latest publication when the CMS has no first date for an entry', async () => {
    const raw = fixture('articles-page.en');
    Object.assign(raw.data[0], corrected, { firstPublishedAt: null });
    const { client } = clientWith(() => json(raw));
    const [first] = (await client.listArticles({ locale: 'en' })).items;
    expect(first!.publishedAt).toBe(corrected.publishedAt);
  });

  it('rejects an answer without the first publication date (a CMS without the feature)', async () => {
    const raw = fixture('articles-page.en');
    delete raw.data[0].firstPublishedAt;
    const { client } = clientWith(() => json(raw));
    await expect(client.listArticles({ locale: 'en' })).rejects.toMatchObject({
      name: 'CmsValidationError',
      path: 'data.0.firstPublishedAt',
    });
  });

  it('asks for listings and previous/next by first publication', async () => {
    const article = await articleFrom('article.en');
    const { client, calls } = clientWith(() => json(emptyList()));
    await client.listArticles({ locale: 'en' });
    await client.getAdjacentArticles(article);
    expect(calls[0]!.decoded).toContain('sort[0]=firstPublishedAt:desc&sort[1]=documentId:desc');
    expect(calls[1]!.decoded).toContain(`filters[$or][0][firstPublishedAt][$lt]=${article.publishedAt}`);
    expect(calls[2]!.decoded).toContain(`filters[$or][0][firstPublishedAt][$gt]=${article.publishedAt}`);
  });
});

describe('recorded answers from the demo CMS', () => {
  it('maps a Spanish article: Spanish category name, link back to the English version', async () => {
    const raw = fixture('article.es');
    const entry = raw.data[0];
    const { client } = clientWith(() => json(raw));
    const article = (await client.getArticleBySlug('es', entry.slug))!;
    expect(article.locale).toBe('es');
    expect(article.category?.name).toBe(entry.category.name);
    expect(article.translations).toEqual([{ locale: 'en', slug: entry.localizations[0].slug }]);
    expect(article.cover?.url).toBe(`${MEDIA}${entry.cover.url}`);
  });

  it.each(['related.en', 'search.en'])('maps every entry of %s', async (name) => {
    const raw = fixture(name);
    const { client } = clientWith(() => json(raw));
    const page = await client.listArticles({ locale: 'en' });
    expect(page.items.map((item) => item.slug)).toEqual(
      raw.data.map((entry: { slug: string }) => entry.slug),
    );
    expect(page.total).toBe(raw.meta.pagination.total);
  });

  it('estimates a missing reading time from the excerpt on listings', async () => {
    const raw = fixture('articles-page.en');
    raw.data[0].readingTimeMinutes = null;
    raw.data[0].excerpt = Array.from({ length: 401 }, () => 'word').join(' ');
    const { client } = clientWith(() => json(raw));
    expect((await client.listArticles({ locale: 'en' })).items[0]!.readingTimeMinutes).toBe(3);
  });
});

describe('getArticleBySlug', () => {
  it('maps the article page data, translations and SEO', async () => {
    const raw = fixture('article.en');
    const entry = raw.data[0];
    const { client, calls } = clientWith(() => json(raw));
    const article = await client.getArticleBySlug('en', entry.slug);

    expect(article).not.toBeNull();
    expect(article!.title).toBe(entry.title);
    expect(article!.body).toEqual(entry.body);
    expect(article!.tags.map((t) => t.slug)).toEqual(entry.tags.map((t: { slug: string }) => t.slug));
    const otherLocales = entry.localizations.filter(
      (l: { locale: string; publishedAt: string | null }) => l.locale !== 'en' && l.publishedAt,
    );
    expect(article!.translations).toEqual([
      ...new Map(
        otherLocales.map((l: { locale: string; slug: string }) => [
          l.locale,
          { locale: l.locale, slug: l.slug },
        ]),
      ).values(),
    ]);
    expect(article!.seo?.metaTitle ?? null).toBe(entry.seo?.metaTitle ?? null);
    expect(article!.readingTimeMinutes).toBeGreaterThanOrEqual(1);
    // Two requests: slug → document (tagged by slug), then the article (tagged by its document).
    expect(calls[0]!.decoded).toContain(`filters[slug][$eq]=${entry.slug}`);
    expect(calls[0]!.decoded).toContain('fields[0]=slug&');
    expect(calls[0]!.init.next?.tags).toEqual(['cms', cacheTags.articleSlug('en', entry.slug)]);
    expect(calls[1]!.decoded).toContain(`filters[documentId][$eq]=${entry.documentId}`);
    expect(calls[1]!.init.next?.tags).toEqual(['cms', 'articles', cacheTags.article(entry.documentId)]);
    expect(calls).toHaveLength(2);
  });

  it('returns null when the cached slug lookup is older than a slug change', async () => {
    const raw = fixture('article.en');
    const { client } = clientWith(() => json(raw));
    expect(await client.getArticleBySlug('en', 'the-old-slug')).toBeNull();
  });

  it('returns null for an unknown slug', async () => {
    const { client } = clientWith(() => json(fixture('article-missing')));
    expect(await client.getArticleBySlug('en', 'no-such-article')).toBeNull();
  });

  it('computes reading time from the body when the CMS has none', async () => {
    const raw = fixture('article.en');
    const words = Array.from({ length: 450 }, (_, i) => `word${i}`).join(' ');
    raw.data[0].readingTimeMinutes = null;
    raw.data[0].body = [{ type: 'paragraph', children: [{ type: 'text', text: words }] }];
    const { client } = clientWith(() => json(raw));
    expect((await client.getArticleBySlug('en', raw.data[0].slug))!.readingTimeMinutes).toBe(3);
  });

  it('keeps an empty alt text only when the editor left it blank, and drops images without dimensions', async () => {
    const raw = fixture('article.en');
    raw.data[0].cover = { url: '/uploads/a.jpg', alternativeText: null, width: 10, height: 5 };
    raw.data[0].seo = {
      metaTitle: null,
      metaDescription: null,
      shareImage: { url: '/uploads/b.svg', alternativeText: 'Logo', width: null, height: null },
    };
    const { client } = clientWith(() => json(raw));
    const article = (await client.getArticleBySlug('en', raw.data[0].slug))!;
    expect(article.cover).toEqual({
      url: `${MEDIA}/uploads/a.jpg`,
      alternativeText: '',
      width: 10,
      height: 5,
    });
    expect(article.seo?.shareImage).toBeNull();
  });

  it('leaves out unpublished, duplicate and unknown-locale translations', async () => {
    const raw = fixture('article.en');
    raw.data[0].localizations = [
      { slug: 'borrador', locale: 'es', publishedAt: null },
      { slug: 'publicado', locale: 'es', publishedAt: '2026-01-01T00:00:00.000Z' },
      { slug: 'publie', locale: 'fr', publishedAt: '2026-01-01T00:00:00.000Z' },
      { slug: 'self', locale: 'en', publishedAt: '2026-01-01T00:00:00.000Z' },
    ];
    const { client } = clientWith(() => json(raw));
    expect((await client.getArticleBySlug('en', raw.data[0].slug))!.translations).toEqual([
      { locale: 'es', slug: 'publicado' },
    ]);
  });
});

describe('preview (drafts)', () => {
  it('refuses to read drafts without a token', () => {
    expect(() => createCmsClient({ baseUrl: BASE, status: 'draft' })).toThrow(/token/);
  });

  it('asks for drafts, bypasses the cache and dates a never-published draft by its last edit', async () => {
    const raw = fixture('article.en');
    raw.data[0].publishedAt = null;
    raw.data[0].firstPublishedAt = null;
    const { client, calls } = clientWith(() => json(raw), { status: 'draft', token: 't' });
    const article = await client.getArticleBySlug('en', raw.data[0].slug);
    expect(calls[0]!.decoded).toContain('&status=draft');
    expect(calls[0]!.init.cache).toBe('no-store');
    expect(calls[0]!.init.next).toBeUndefined();
    expect(article!.publishedAt).toBe(raw.data[0].updatedAt);
  });

  it('shows the draft of a published article under the date readers already see', async () => {
    const raw = fixture('article.en');
    raw.data[0].publishedAt = null;
    raw.data[0].firstPublishedAt = '2026-02-01T09:30:00.000Z';
    raw.data[0].updatedAt = '2026-05-01T12:00:00.000Z';
    const { client } = clientWith(() => json(raw), { status: 'draft', token: 't' });
    const article = await client.getArticleBySlug('en', raw.data[0].slug);
    expect(article).toMatchObject({
      publishedAt: '2026-02-01T09:30:00.000Z',
      updatedAt: '2026-05-01T12:00:00.000Z',
    });
  });
});

function articleFrom(name: string): Promise<Article> {
  const raw = fixture(name);
  const { client } = clientWith(() => json(raw));
  return client.getArticleBySlug('en', raw.data[0].slug).then((a) => a!);
}

describe('related and adjacent articles', () => {
  it('asks for related articles in the same locale, excluding the article, tagged with its id', async () => {
    const article = await articleFrom('article.en');
    const { client, calls } = clientWith(() => json(fixture('articles-page.en')));
    const related = await client.getRelatedArticles(article, 2);
    expect(related.length).toBeGreaterThan(0);
    expect(calls[0]!.decoded).toContain(`filters[documentId][$ne]=${article.documentId}`);
    expect(calls[0]!.decoded).toContain('pagination[pageSize]=2');
    expect(calls[0]!.init.next?.tags).toContain(cacheTags.article(article.documentId));
  });

  it('does not call the CMS for an article with no category and no tags', async () => {
    const article = { ...(await articleFrom('article.en')), category: null, tags: [] };
    const { client, calls } = clientWith(() => json(emptyList()));
    expect(await client.getRelatedArticles(article)).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('returns the older article as previous and the newer as next, null at the ends', async () => {
    const article = await articleFrom('article.en');
    const page = fixture('articles-page.en');
    const { client, calls } = clientWith((url) =>
      decodeURIComponent(url.search).includes('[$lt]')
        ? json({ ...page, data: page.data.slice(1, 2) })
        : json(emptyList()),
    );
    const { previous, next } = await client.getAdjacentArticles(article);
    expect(previous?.documentId).toBe(page.data[1].documentId);
    expect(next).toBeNull();
    expect(calls).toHaveLength(2);
  });
});

describe('listAllArticles', () => {
  it('follows pagination at maxLimit until the last page', async () => {
    const entry = fixture('articles-page.en').data[0];
    const pages = [1, 2, 3].map((page) => ({
      data: Array.from({ length: page < 3 ? 100 : 7 }, (_, i) => ({
        ...entry,
        documentId: `p${page}-${i}`,
        slug: `s-${page}-${i}`,
      })),
      meta: { pagination: { page, pageSize: 100, pageCount: 3, total: 207 } },
    }));
    const { client, calls } = clientWith((url) =>
      json(pages[Number(url.searchParams.get('pagination[page]')) - 1]),
    );
    const all = await client.listAllArticles('es');
    expect(all).toHaveLength(207);
    expect(new Set(all.map((a) => a.documentId)).size).toBe(207);
    expect(
      calls.map((c) =>
        c.url
          .match(/pagination%5Bpage%5D=(\d+)|pagination\[page\]=(\d+)/)
          ?.slice(1)
          .find(Boolean),
      ),
    ).toEqual(['1', '2', '3']);
    calls.forEach((c) => expect(c.decoded).toContain('pagination[pageSize]=100'));
  });

  it('fails as a whole when a later page fails, instead of returning a partial list', async () => {
    const { client } = clientWith((url) =>
      url.searchParams.get('pagination[page]') === '1'
        ? json({
            ...fixture('articles-page.en'),
            meta: { pagination: { page: 1, pageSize: 100, pageCount: 2, total: 150 } },
          })
        : json({ error: { message: 'boom' } }, 502),
    );
    await expect(client.listAllArticles('en')).rejects.toMatchObject({ name: 'CmsUnavailableError' });
  });
});

describe('searchArticles', () => {
  it.each(['', '   ', '\n\t', '!!!', ' "*" -- '])(
    'returns an empty page without calling the CMS for %j',
    async (query) => {
      const { client, calls } = clientWith(() => json(emptyList()));
      expect(await client.searchArticles({ locale: 'en', query })).toEqual({
        items: [],
        page: 1,
        pageSize: 12,
        pageCount: 0,
        total: 0,
      });
      expect(calls).toHaveLength(0);
    },
  );

  it("asks the CMS's ranked search, trimmed and capped, tagged as a listing of the locale", async () => {
    const { client, calls } = clientWith(() => json(fixture('articles-page.en')));
    const result = await client.searchArticles({ locale: 'es', query: `  Apoyo   ${'x'.repeat(300)}` });
    expect(result.items.length).toBeGreaterThan(0);
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/api/search');
    expect(url.searchParams.get('q')).toBe(`Apoyo ${'x'.repeat(300)}`.slice(0, 100));
    expect(url.searchParams.get('locale')).toBe('es');
    expect(url.searchParams.get('fields[0]')).toBe('title');
    expect(calls[0]!.init.next?.tags).toEqual(['cms', 'articles', 'articles:es']);
  });

  it('searches draft rows with filters in a preview (they are not in the full-text index)', async () => {
    const { client, calls } = clientWith(() => json(emptyList()), { status: 'draft', token: 't' });
    await client.searchArticles({ locale: 'en', query: 'Sleep' });
    expect(new URL(calls[0]!.url).pathname).toBe('/api/articles');
    expect(calls[0]!.decoded).toContain('[title][$containsi]=sleep&');
    expect(calls[0]!.decoded).toContain('status=draft');
  });
});

describe('sitemap slices', () => {
  it('reads months, one month file and the sections, each with its own tag', async () => {
    const month = { locale: 'en', month: '2026-03', count: 2, lastModified: '2026-03-04T00:00:00.000Z' };
    const article = {
      documentId: 'd1',
      slug: 'one',
      updatedAt: '2026-03-04T00:00:00.000Z',
      firstPublishedAt: '2026-03-01T00:00:00.000Z',
      localizations: [{ locale: 'es', slug: 'uno' }],
    };
    const sections = {
      sections: [{ kind: 'tag', slug: 'sleep', locale: 'en', count: 3, lastModified: null }],
      home: [{ locale: 'en', lastModified: null }],
    };
    const { client, calls } = clientWith((url) =>
      json({
        data:
          url.pathname === '/api/sitemap/months'
            ? [month]
            : url.pathname === '/api/sitemap/articles'
              ? [article]
              : sections,
      }),
    );
    expect(await client.listSitemapMonths()).toEqual([month]);
    expect(await client.listSitemapArticles({ locale: 'en', month: '2026-03', page: 2 })).toEqual([article]);
    expect(await client.listSitemapSections()).toEqual(sections);
    expect(calls.map((c) => c.decoded)).toEqual([
      '/api/sitemap/months',
      '/api/sitemap/articles?locale=en&month=2026-03&page=2',
      '/api/sitemap/sections',
    ]);
    expect(calls.map((c) => c.init.next?.tags)).toEqual([
      ['cms', 'sitemap'],
      ['cms', 'sitemap:2026-03'],
      ['cms', 'sitemap'],
    ]);
  });

  it('rejects a malformed slice instead of publishing a broken sitemap', async () => {
    const { client } = clientWith(() =>
      json({ data: [{ locale: 'en', month: 'March', count: 1, lastModified: null }] }),
    );
    await expect(client.listSitemapMonths()).rejects.toMatchObject({ name: 'CmsValidationError' });
  });
});

describe('taxonomies', () => {
  it('lists categories of a locale', async () => {
    const raw = fixture('categories.es');
    const { client, calls } = clientWith(() => json(raw));
    const categories = await client.listCategories('es');
    expect(categories.map((c) => c.slug)).toEqual(raw.data.map((c: { slug: string }) => c.slug));
    expect(categories.every((c) => c.locale === 'es')).toBe(true);
    expect(calls[0]!.init.next?.tags).toEqual(['cms', 'categories']);
  });

  it('finds a category by its shared slug, or null', async () => {
    const raw = fixture('categories.es');
    const { client, calls } = clientWith((_url, i) =>
      json(i === 0 ? { ...raw, data: raw.data.slice(0, 1) } : emptyList()),
    );
    expect((await client.getCategoryBySlug('es', raw.data[0].slug))?.name).toBe(raw.data[0].name);
    expect(await client.getCategoryBySlug('es', 'nope')).toBeNull();
    expect(calls[0]!.init.next?.tags).toEqual(['cms', 'categories', cacheTags.category(raw.data[0].slug)]);
  });

  it('lists authors with absolute avatar URLs', async () => {
    const raw = fixture('authors');
    const { client } = clientWith(() => json(raw));
    const authors = await client.listAuthors();
    expect(authors).toHaveLength(raw.data.length);
    for (const author of authors) {
      if (author.avatar) expect(author.avatar.url).toMatch(/^https?:\/\//);
    }
  });

  it('finds an author and a tag by slug', async () => {
    const authors = fixture('authors');
    const tags = fixture('tags');
    const { client, calls } = clientWith((url) =>
      json(
        url.pathname === '/api/authors'
          ? { ...authors, data: authors.data.slice(0, 1) }
          : { ...tags, data: tags.data.slice(0, 1) },
      ),
    );
    expect((await client.getAuthorBySlug(authors.data[0].slug))?.name).toBe(authors.data[0].name);
    expect((await client.getTagBySlug('en', tags.data[0].slug))?.name).toBe(tags.data[0].name);
    expect(calls.map((c) => c.init.next?.tags)).toEqual([
      ['cms', 'authors', cacheTags.author(authors.data[0].slug)],
      ['cms', 'tags', cacheTags.tag(tags.data[0].slug)],
    ]);
  });

  it('lists all tags', async () => {
    const tags = fixture('tags');
    const { client } = clientWith(() => json(tags));
    expect((await client.listTags('en')).map((t) => t.slug)).toEqual(
      tags.data.map((t: { slug: string }) => t.slug),
    );
  });

  it('asks for the tags of a locale: Spanish names under the shared slugs, one cache tag per slug', async () => {
    const en = fixture('tags');
    const es = fixture('tags.es');
    const { client, calls } = clientWith((url) =>
      json(url.searchParams.get('locale') === 'es' ? { ...es, data: es.data.slice(0, 1) } : en),
    );
    const listed = await client.listTags('en');
    const sleep = await client.getTagBySlug('es', es.data[0].slug);
    expect(calls.map((c) => new URL(c.url).searchParams.get('locale'))).toEqual(['en', 'es']);
    expect(sleep).toEqual({
      documentId: es.data[0].documentId,
      locale: 'es',
      name: es.data[0].name,
      slug: es.data[0].slug,
    });
    const english = listed.find((t) => t.slug === sleep!.slug)!;
    expect(english.locale).toBe('en');
    expect(english.documentId).toBe(sleep!.documentId);
    expect(english.name).not.toBe(sleep!.name);
    // Slugs are shared by every locale, so a rename in either language revalidates one tag.
    expect(calls[1]!.init.next?.tags).toEqual(['cms', 'tags', cacheTags.tag(sleep!.slug)]);
  });

  it.each([
    ['without a locale', { locale: undefined }],
    ['with a locale the site does not have', { locale: 'fr' }],
  ])('rejects a tag %s (the CMS answered out of contract)', async (_label, change) => {
    const tags = fixture('tags');
    const { client } = clientWith(() => json({ ...tags, data: [{ ...tags.data[0], ...change }] }));
    await expect(client.listTags('en')).rejects.toThrow();
  });

  it("maps a Spanish article's tags with their Spanish names", async () => {
    const entry = fixture('article.es').data[0];
    const article = await articleFrom('article.es');
    expect(article.tags.length).toBeGreaterThan(0);
    expect(article.tags).toEqual(
      entry.tags.map((t: { documentId: string; name: string; slug: string }) => ({
        documentId: t.documentId,
        locale: 'es',
        name: t.name,
        slug: t.slug,
      })),
    );
  });
});

describe('options', () => {
  it.each([
    ['relative', '/api'],
    ['not http', 'ftp://cms.test'],
    ['garbage', 'not a url'],
  ])('rejects a %s baseUrl', (_label, baseUrl) => {
    expect(() => createCmsClient({ baseUrl })).toThrow(/baseUrl/);
  });

  it('uses baseUrl for media when no mediaBaseUrl is given', async () => {
    const fake = fakeFetch(() => json(fixture('articles-page.en')));
    const client = createCmsClient({ baseUrl: BASE, fetch: fake.fetch });
    const page = await client.listArticles({ locale: 'en' });
    const relative = page.items.find((item) => item.cover?.url.startsWith(BASE));
    expect(relative).toBeDefined();
  });
});

describe('listFullArticles (full-text feeds)', () => {
  it('asks for the body with the list filters and maps whole articles, with the listing’s cache tags', async () => {
    const raw = fixture('article.en');
    const { client, calls } = clientWith(() => json(raw));
    const page = await client.listFullArticles({ locale: 'en', category: 'services', pageSize: 20 });
    const query = decodeURIComponent(calls[0]!.url);
    expect(query).toContain('fields[8]=body');
    expect(query).toContain('filters[category][slug][$eq]=services');
    expect(query).toContain('pagination[pageSize]=20');
    expect(query).not.toContain('populate=*');
    expect(calls[0]!.init.next?.tags).toEqual(['cms', 'articles', 'sections:en', 'category:services']);
    expect(page.items[0]!.body.length).toBeGreaterThan(0);
    expect(page.items[0]!.title).toBe(raw.data[0].title);
  });
});

describe('listRedirects', () => {
  const page = (n: number, pageCount: number, rules: Array<[string, string]>) => ({
    data: rules.map(([from, to], i) => ({ id: n * 100 + i, documentId: `r${n}-${i}`, from, to })),
    meta: { pagination: { page: n, pageSize: 100, pageCount, total: rules.length } },
  });

  it('reads every page of published rules, tagged only as redirects', async () => {
    const { client, calls } = clientWith((url) =>
      json(
        url.searchParams.get('pagination[page]') === '1'
          ? page(1, 2, [['/?p=1', '/en/news/one']])
          : page(2, 2, [['/2024/01/02/two', '/en/news/two']]),
      ),
    );
    expect(await client.listRedirects()).toEqual([
      { documentId: 'r1-0', from: '/?p=1', to: '/en/news/one' },
      { documentId: 'r2-0', from: '/2024/01/02/two', to: '/en/news/two' },
    ]);
    expect(calls.map((c) => c.init.next?.tags)).toEqual([
      ['cms', 'redirects'],
      ['cms', 'redirects'],
    ]);
    expect(calls[0]?.decoded).toContain('fields[0]=from&fields[1]=to');
  });

  it.each([
    [
      'a rule without a target',
      {
        data: [{ documentId: 'x', from: '/a' }],
        meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
      },
    ],
    [
      'a rule with an empty source',
      {
        data: [{ documentId: 'x', from: '', to: '/b' }],
        meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
      },
    ],
  ])('rejects %s', async (_label, body) => {
    const { client } = clientWith(() => json(body));
    await expect(client.listRedirects()).rejects.toThrow(CmsValidationError);
  });
});
