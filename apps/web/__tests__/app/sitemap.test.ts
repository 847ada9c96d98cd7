/**
 * @jest-environment node
 */
import sitemap from '@/app/sitemap';
import { cms } from '@/lib/cms';
import { category, fakeClient, summary } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn() }));

describe('sitemap.xml', () => {
  it('lists homes, sections and articles per language, linking translations of the same story', async () => {
    const client = fakeClient({
      listAllArticles: jest.fn(async (locale: string) =>
        locale === 'en'
          ? [
              summary({ documentId: 'd1', slug: 'walks-return' }),
              summary({ documentId: 'd2', slug: 'only-english' }),
            ]
          : [summary({ documentId: 'd1', locale: 'es', slug: 'vuelven-los-paseos' })],
      ),
      listCategories: jest.fn(async (locale: string) => [category({ locale: locale as 'en' })]),
    });
    (cms as jest.Mock).mockResolvedValue(client);
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'http://localhost:3000/en',
        'http://localhost:3000/es',
        'http://localhost:3000/en/category/community',
        'http://localhost:3000/en/news/walks-return',
        'http://localhost:3000/es/news/vuelven-los-paseos',
      ]),
    );
    const walks = entries.find((e) => e.url.endsWith('/en/news/walks-return'))!;
    expect(walks.alternates?.languages).toEqual({ es: 'http://localhost:3000/es/news/vuelven-los-paseos' });
    expect(entries.find((e) => e.url.endsWith('/only-english'))!.alternates).toBeUndefined();
  });
});
