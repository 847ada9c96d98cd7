import { render, screen } from '@testing-library/react';
import { MAX_QUERY_LENGTH } from '@newsroom/cms-client';
import SearchPage, { generateMetadata } from '@/app/[locale]/search/page';
import { MAX_SEARCH_LENGTH } from '@/lib/search-query';
import { cms } from '@/lib/cms';
import { fakeClient, NOT_FOUND, page, summary } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn(), isPreview: jest.fn(async () => false) }));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

const props = (locale: string, search: Record<string, string | string[]>) =>
  ({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(search) }) as never;

describe('search page (/[locale]/search?q=)', () => {
  it('asks for words when there is no query, without searching', async () => {
    const client = fakeClient();
    mockedCms.mockResolvedValue(client as never);
    render(await SearchPage(props('en', {})));
    expect(screen.getByText('Type a word or two from the article you are looking for.')).toBeInTheDocument();
    expect(client.searchArticles).not.toHaveBeenCalled();
  });

  it('lists matches with a count and pages that keep the query', async () => {
    const client = fakeClient({
      searchArticles: jest.fn(async () => page([summary()], { pageCount: 2, total: 11 })),
    });
    mockedCms.mockResolvedValue(client as never);
    render(await SearchPage(props('en', { q: '  sleep & rest ' })));
    expect(client.searchArticles).toHaveBeenCalledWith({
      locale: 'en',
      query: 'sleep & rest',
      page: 1,
      pageSize: 10,
    });
    expect(screen.getByText('11 articles match “sleep & rest”')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Walking groups return this spring' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Older articles/ })).toHaveAttribute(
      'href',
      '/en/search?q=sleep+%26+rest&page=2',
    );
    expect(
      screen.getAllByRole('searchbox').some((box) => (box as HTMLInputElement).value === 'sleep & rest'),
    ).toBe(true);
  });

  it('cuts a query over 100 characters (a pasted URL still works) and cleans control characters', async () => {
    const client = fakeClient();
    mockedCms.mockResolvedValue(client as never);
    render(await SearchPage(props('en', { q: `walk\u0000 ${'x'.repeat(200)}` })));
    const query = client.searchArticles.mock.calls[0]![0].query as string;
    expect(query).toBe(`walk ${'x'.repeat(95)}`);
    expect(MAX_SEARCH_LENGTH).toBe(MAX_QUERY_LENGTH);
  });

  it.each([['%'], ['_'], ["'; --"], ['.*']])(
    'answers "%s" with an empty result without asking the CMS',
    async (q) => {
      const client = fakeClient();
      mockedCms.mockResolvedValue(client as never);
      render(await SearchPage(props('en', { q })));
      expect(client.searchArticles).not.toHaveBeenCalled();
      expect(screen.getByRole('status')).toHaveTextContent(`No articles match “${q}”`);
    },
  );

  it('is kept out of search engines and names the query in its title', async () => {
    const meta = await generateMetadata(props('es', { q: 'paseos', page: '2' }));
    expect(meta.title).toBe('Búsqueda: paseos — página 2');
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect(meta.alternates?.canonical).toBe('/es/search?q=paseos&page=2');
    // The page without a query is the search form, indexable like any page.
    expect((await generateMetadata(props('es', {}))).robots).toBeUndefined();
  });

  it('says so when nothing matches', async () => {
    mockedCms.mockResolvedValue(fakeClient() as never);
    render(await SearchPage(props('es', { q: 'zzz' })));
    expect(
      screen.getByText('Ningún artículo coincide con «zzz». Prueba con menos palabras o con otras.'),
    ).toBeInTheDocument();
  });

  it.each([['abc'], ['0'], ['3']])('is a 404 for page "%s" (past the end or not a number)', async (n) => {
    mockedCms.mockResolvedValue(
      fakeClient({ searchArticles: jest.fn(async () => page([summary()], { pageCount: 2 })) }) as never,
    );
    await expect(SearchPage(props('en', { q: 'walk', page: n }))).rejects.toMatchObject(NOT_FOUND);
  });
});
