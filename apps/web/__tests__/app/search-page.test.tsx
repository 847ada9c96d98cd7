import { render, screen } from '@testing-library/react';
import SearchPage from '@/app/[locale]/search/page';
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
