/**
 * @jest-environment node
 */
import type { CmsClient } from '@newsroom/cms-client';
import { collectSitemapEntries } from '@/lib/sitemap-entries';
import { category, fakeClient, page, summary } from '../fixtures';

const SITE = 'https://news.example.org';

function demoClient() {
  const en = [
    summary({
      documentId: 'd1',
      slug: 'walks-return',
      updatedAt: '2026-03-04T10:00:00.000Z',
      author: { documentId: 'a1', name: 'Ana Ruiz', slug: 'ana-ruiz' },
    }),
    summary({
      documentId: 'd2',
      slug: 'only-english',
      updatedAt: '2026-03-09T10:00:00.000Z',
      category: { documentId: 'c2', name: 'Services', slug: 'services' },
      author: { documentId: 'a2', name: 'Ben Cole', slug: 'ben-cole' },
    }),
  ];
  const es = [
    summary({
      documentId: 'd1',
      locale: 'es',
      slug: 'vuelven-los-paseos',
      updatedAt: '2026-03-05T10:00:00.000Z',
      author: { documentId: 'a1', name: 'Ana Ruiz', slug: 'ana-ruiz' },
    }),
  ];
  return fakeClient({
    listAllArticles: jest.fn(async (locale: string) => (locale === 'en' ? en : es)),
    listCategories: jest.fn(async (locale: string) =>
      locale === 'en'
        ? [category(), category({ documentId: 'c2', slug: 'services', name: 'Services' })]
        : [category({ locale: 'es', name: 'Comunidad' })],
    ),
    listAuthors: jest.fn(async () => [
      { documentId: 'a1', name: 'Ana Ruiz', slug: 'ana-ruiz', bio: null, avatar: null },
      { documentId: 'a2', name: 'Ben Cole', slug: 'ben-cole', bio: null, avatar: null },
      { documentId: 'a3', name: 'Idle Writer', slug: 'idle-writer', bio: null, avatar: null },
    ]),
    listTags: jest.fn(async () => [
      { documentId: 't1', name: 'Wellbeing', slug: 'wellbeing' },
      { documentId: 't2', name: 'Unused', slug: 'unused' },
    ]),
    listArticles: jest.fn(async ({ locale, tag }: { locale: string; tag?: string }) =>
      tag === 'wellbeing' && locale === 'en'
        ? page([summary({ updatedAt: '2026-03-07T00:00:00.000Z' })], { total: 4 })
        : page([]),
    ),
  }) as unknown as CmsClient;
}

describe('collectSitemapEntries', () => {
  it('lists every page worth indexing in each language, with lastmod and hreflang alternates', async () => {
    const entries = await collectSitemapEntries(demoClient(), SITE);
    const byUrl = new Map(entries.map((e) => [e.url.replace(SITE, ''), e]));
    expect([...byUrl.keys()].sort()).toEqual(
      [
        '/en',
        '/es',
        '/en/category/community',
        '/es/category/community',
        '/en/category/services',
        '/en/author/ana-ruiz',
        '/es/author/ana-ruiz',
        '/en/author/ben-cole',
        '/en/tag/wellbeing',
        '/en/news/walks-return',
        '/es/news/vuelven-los-paseos',
        '/en/news/only-english',
      ].sort(),
    );

    // Translations list each other and x-default; the home pages send x-default to the language chooser.
    expect(byUrl.get('/en/news/walks-return')!.alternates).toEqual({
      en: `${SITE}/en/news/walks-return`,
      es: `${SITE}/es/news/vuelven-los-paseos`,
      'x-default': `${SITE}/en/news/walks-return`,
    });
    expect(byUrl.get('/es/news/vuelven-los-paseos')!.alternates).toEqual(
      byUrl.get('/en/news/walks-return')!.alternates,
    );
    expect(byUrl.get('/es')!.alternates).toEqual({
      en: `${SITE}/en`,
      es: `${SITE}/es`,
      'x-default': `${SITE}/`,
    });
    expect(byUrl.get('/en/news/only-english')!.alternates).toBeUndefined();
    expect(byUrl.get('/en/category/services')!.alternates).toBeUndefined();

    // lastmod: the article's own change; a listing's newest change among its articles.
    expect(byUrl.get('/en/news/walks-return')!.lastModified).toBe('2026-03-04T10:00:00.000Z');
    expect(byUrl.get('/en')!.lastModified).toBe('2026-03-09T10:00:00.000Z');
    expect(byUrl.get('/en/category/community')!.lastModified).toBe('2026-03-04T10:00:00.000Z');
    expect(byUrl.get('/en/author/ben-cole')!.lastModified).toBe('2026-03-09T10:00:00.000Z');
    expect(byUrl.get('/en/tag/wellbeing')!.lastModified).toBe('2026-03-07T00:00:00.000Z');
  });

  it('fails as a whole when the CMS does, rather than publishing a partial sitemap', async () => {
    const client = demoClient();
    (client.listTags as jest.Mock).mockRejectedValue(new Error('down'));
    await expect(collectSitemapEntries(client, SITE)).rejects.toThrow('down');
  });
});
