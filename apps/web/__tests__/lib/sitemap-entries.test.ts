/**
 * @jest-environment node
 */
import type { CmsClient } from '@newsroom/cms-client';
import {
  monthFileEntries,
  monthFileName,
  pageEntries,
  parseMonthFileName,
  sitemapFiles,
} from '@/lib/sitemap-entries';
import { category, fakeClient } from '../fixtures';

const SITE = 'https://news.example.org';

function demoClient(
  months = [
    { locale: 'en', month: '2026-02', count: 12_001, lastModified: '2026-02-27T00:00:00.000Z' },
    { locale: 'en', month: '2026-03', count: 2, lastModified: '2026-03-09T10:00:00.000Z' },
    { locale: 'es', month: '2026-03', count: 1, lastModified: '2026-03-05T10:00:00.000Z' },
    { locale: 'fr', month: '2026-03', count: 1, lastModified: null },
  ],
) {
  return fakeClient({
    listSitemapMonths: jest.fn(async () => months),
    listSitemapArticles: jest.fn(async ({ locale }: { locale: string }) =>
      locale === 'en'
        ? [
            {
              documentId: 'd1',
              slug: 'walks-return',
              updatedAt: '2026-03-04T10:00:00.000Z',
              firstPublishedAt: '2026-03-01T09:30:00.000Z',
              localizations: [{ locale: 'es', slug: 'vuelven-los-paseos' }],
            },
            {
              documentId: 'd2',
              slug: 'only-english',
              updatedAt: '2026-03-09T10:00:00.000Z',
              firstPublishedAt: '2026-03-09T09:30:00.000Z',
              localizations: [{ locale: 'fr', slug: 'seulement' }],
            },
          ]
        : [],
    ),
    listSitemapSections: jest.fn(async () => ({
      sections: [
        {
          kind: 'category',
          slug: 'community',
          locale: 'en',
          count: 1,
          lastModified: '2026-03-04T10:00:00.000Z',
        },
        {
          kind: 'author',
          slug: 'ana-ruiz',
          locale: 'en',
          count: 1,
          lastModified: '2026-03-04T10:00:00.000Z',
        },
        {
          kind: 'author',
          slug: 'ana-ruiz',
          locale: 'es',
          count: 1,
          lastModified: '2026-03-05T10:00:00.000Z',
        },
        { kind: 'tag', slug: 'wellbeing', locale: 'en', count: 4, lastModified: '2026-03-07T00:00:00.000Z' },
      ],
      home: [
        { locale: 'en', lastModified: '2026-03-09T10:00:00.000Z' },
        { locale: 'es', lastModified: '2026-03-05T10:00:00.000Z' },
      ],
    })),
    listCategories: jest.fn(async (locale: string) =>
      locale === 'en'
        ? [category(), category({ documentId: 'c2', slug: 'services', name: 'Services' })]
        : [category({ locale: 'es', name: 'Comunidad' })],
    ),
  }) as unknown as CmsClient;
}

describe('sitemap files', () => {
  it('indexes the pages file and one file per language, month and 5,000 articles', async () => {
    const files = await sitemapFiles(demoClient());
    expect(files).toEqual([
      { name: 'pages', lastModified: '2026-03-09T10:00:00.000Z' },
      { name: 'en-2026-02', lastModified: '2026-02-27T00:00:00.000Z' },
      { name: 'en-2026-02-2', lastModified: '2026-02-27T00:00:00.000Z' },
      { name: 'en-2026-02-3', lastModified: '2026-02-27T00:00:00.000Z' },
      { name: 'en-2026-03', lastModified: '2026-03-09T10:00:00.000Z' },
      { name: 'es-2026-03', lastModified: '2026-03-05T10:00:00.000Z' },
    ]);
  });

  it('reads each file with two CMS requests at most, whatever the number of articles', async () => {
    const client = demoClient();
    await sitemapFiles(client);
    await monthFileEntries(client, SITE, { locale: 'en', month: '2026-02', part: 3 });
    const calls = [
      'listSitemapMonths',
      'listSitemapSections',
      'listSitemapArticles',
      'listArticles',
      'listAllArticles',
    ].map((name) => (client[name as keyof CmsClient] as jest.Mock).mock.calls.length);
    expect(calls).toEqual([2, 1, 1, 0, 0]);
  });

  it.each([
    ['en-2026-03', { locale: 'en', month: '2026-03', part: 1 }],
    ['es-2025-12-2', { locale: 'es', month: '2025-12', part: 2 }],
    ['en-2026-03-1', null],
    ['fr-2026-03', null],
    ['en-2026-13', null],
    ['en-2026-3', null],
    ['en-2026-03-0', null],
    ['pages', null],
  ])('reads the file name %s', (name, file) => {
    expect(parseMonthFileName(name)).toEqual(file);
    if (file) expect(monthFileName(file as never)).toBe(name);
  });

  it('lists a month with hreflang alternates of the translations the site has', async () => {
    const entries = (await monthFileEntries(demoClient(), SITE, {
      locale: 'en',
      month: '2026-03',
      part: 1,
    }))!;
    expect(entries).toEqual([
      {
        url: `${SITE}/en/news/walks-return`,
        lastModified: '2026-03-04T10:00:00.000Z',
        alternates: {
          en: `${SITE}/en/news/walks-return`,
          es: `${SITE}/es/news/vuelven-los-paseos`,
          'x-default': `${SITE}/en/news/walks-return`,
        },
      },
      {
        url: `${SITE}/en/news/only-english`,
        lastModified: '2026-03-09T10:00:00.000Z',
        alternates: undefined,
      },
    ]);
  });

  it.each([
    ['a month without articles', { locale: 'es', month: '2026-02', part: 1 }],
    ['a part past the last', { locale: 'en', month: '2026-02', part: 4 }],
    ['a second part of a small month', { locale: 'en', month: '2026-03', part: 2 }],
  ] as const)('has no file for %s', async (_label, file) => {
    const client = demoClient();
    expect(await monthFileEntries(client, SITE, file)).toBeNull();
    expect(client.listSitemapArticles).not.toHaveBeenCalled();
  });

  it('lists home, every category, and the author and tag pages that list something', async () => {
    const entries = await pageEntries(demoClient(), SITE);
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
        '/en/tag/wellbeing',
      ].sort(),
    );
    expect(byUrl.get('/es')!.alternates).toEqual({
      en: `${SITE}/en`,
      es: `${SITE}/es`,
      'x-default': `${SITE}/`,
    });
    expect(byUrl.get('/en')!.lastModified).toBe('2026-03-09T10:00:00.000Z');
    expect(byUrl.get('/en/category/community')!.lastModified).toBe('2026-03-04T10:00:00.000Z');
    expect(byUrl.get('/en/category/services')!.alternates).toBeUndefined();
  });

  it('fails as a whole when the CMS does, rather than publishing a partial sitemap', async () => {
    const client = demoClient();
    (client.listCategories as jest.Mock).mockRejectedValue(new Error('down'));
    await expect(pageEntries(client, SITE)).rejects.toThrow('down');
  });
});
