import { render, screen, within } from '@testing-library/react';
import HomePage from '@/app/[locale]/page';
import HomePagedPage from '@/app/[locale]/page/[n]/page';
import { cms } from '@/lib/cms';
import { fakeClient, NOT_FOUND, page, summary } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn(), isPreview: jest.fn(async () => false) }));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

const articles = Array.from({ length: 10 }, (_, i) =>
  summary({ documentId: `doc-${i}`, slug: `story-${i}`, title: `Story number ${i}` }),
);

function useClient(client: ReturnType<typeof fakeClient>) {
  mockedCms.mockResolvedValue(client as never);
  return client;
}

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) }) as never;

describe('home page (/[locale])', () => {
  it('shows the newest article as the lead story, then the rest, with pagination', async () => {
    const client = useClient(
      fakeClient({ listArticles: jest.fn(async () => page(articles, { pageCount: 3, total: 25 })) }),
    );
    render(await HomePage(params({ locale: 'en' })));

    expect(client.listArticles).toHaveBeenCalledWith({ locale: 'en', page: 1, pageSize: 10 });
    expect(screen.getByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    const lead = screen.getByRole('article', { name: 'Story number 0' });
    expect(within(lead).getByText('Top story')).toBeInTheDocument();
    expect(within(lead).getByRole('img')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(9);
    expect(screen.getByRole('link', { name: /Older articles/ })).toHaveAttribute('href', '/en/page/2');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es');
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Community');
  });

  it('describes the site as a WebSite with a SearchAction, on page 1 only', async () => {
    useClient(fakeClient({ listArticles: jest.fn(async () => page(articles, { pageCount: 3, total: 25 })) }));
    const { container, unmount } = render(await HomePage(params({ locale: 'es' })));
    const scripts = container.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const site = JSON.parse(scripts[0]!.textContent!);
    expect(site).toMatchObject({ '@type': 'WebSite', url: 'http://localhost:3000/es', inLanguage: 'es-ES' });
    expect(site.potentialAction.target.urlTemplate).toBe(
      'http://localhost:3000/es/search?q={search_term_string}',
    );
    unmount();
    const second = render(await HomePagedPage(params({ locale: 'es', n: '2' })));
    expect(second.container.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('says so when there is nothing yet (and offers no other pages)', async () => {
    useClient(fakeClient());
    render(await HomePage(params({ locale: 'es' })));
    expect(screen.getByText('Todavía no hay artículos aquí.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Páginas' })).toBeNull();
  });

  it('is a 404 for a language the site does not have, without asking the CMS', async () => {
    const client = useClient(fakeClient());
    await expect(HomePage(params({ locale: 'fr' }))).rejects.toMatchObject(NOT_FOUND);
    expect(client.listArticles).not.toHaveBeenCalled();
  });

  it('fails loudly when the CMS does (so a cached page is kept, never replaced by an empty one)', async () => {
    const failure = new Error('CMS unreachable');
    useClient(fakeClient({ listArticles: jest.fn(async () => Promise.reject(failure)) }));
    await expect(HomePage(params({ locale: 'en' }))).rejects.toBe(failure);
  });
});

describe('home pages 2… (/[locale]/page/[n])', () => {
  it('lists that page without a lead story', async () => {
    const client = useClient(
      fakeClient({
        listArticles: jest.fn(async () => page(articles.slice(0, 5), { page: 3, pageCount: 3, total: 25 })),
      }),
    );
    render(await HomePagedPage(params({ locale: 'en', n: '3' })));
    expect(client.listArticles).toHaveBeenCalledWith({ locale: 'en', page: 3, pageSize: 10 });
    expect(screen.getByRole('heading', { level: 1, name: 'Latest news — page 3' })).toBeInTheDocument();
    expect(screen.queryByText('Top story')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(5);
    expect(screen.getByRole('link', { name: 'Page 3 of 3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: /Older/ })).toBeNull();
  });

  it('is a 404 past the last page', async () => {
    useClient(
      fakeClient({ listArticles: jest.fn(async () => page([], { page: 4, pageCount: 3, total: 25 })) }),
    );
    await expect(HomePagedPage(params({ locale: 'en', n: '4' }))).rejects.toMatchObject(NOT_FOUND);
  });

  it('sends /page/1 to the listing itself with a permanent redirect', async () => {
    useClient(fakeClient());
    await expect(HomePagedPage(params({ locale: 'es', n: '1' }))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;replace;\/es;308;/),
    });
  });

  it.each(['0', '-1', '2.5', 'abc', '01', '1e3', '9999999'])('is a 404 for page "%s"', async (n) => {
    const client = useClient(fakeClient());
    await expect(HomePagedPage(params({ locale: 'en', n }))).rejects.toMatchObject(NOT_FOUND);
    expect(client.listArticles).not.toHaveBeenCalled();
  });
});
