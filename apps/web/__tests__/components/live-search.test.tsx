import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { LiveSearch } from '@/components/live-search';
import type { SearchResponse } from '@/lib/search-query';
import { summary } from '../fixtures';

const garden = summary({ documentId: 'd9', slug: 'garden-open-day', title: 'Garden open day' });
const walks = summary();

const results = (query: string, items = [walks], page = 1): SearchResponse => ({
  query,
  page,
  pageCount: items.length > 0 ? 1 : 0,
  total: items.length,
  items,
});

/** A fetch whose answers the test releases one at a time. */
function controllableFetch() {
  const pending: Array<{ url: string; answer: (status: number, body?: unknown) => Promise<void> }> = [];
  const fetchMock = jest.fn(
    (url: string) =>
      new Promise<Response>((resolve) => {
        pending.push({
          url,
          answer: async (status, body = {}) => {
            await act(async () => {
              resolve({ ok: status < 400, status, json: async () => body } as Response);
            });
          },
        });
      }),
  );
  global.fetch = fetchMock as unknown as typeof fetch;
  return { fetchMock, pending };
}

function renderSearch(initial: SearchResponse = results('walk')) {
  return render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <LiveSearch locale="en" initial={initial} />
    </SWRConfig>,
  );
}

const box = () => screen.getByRole('searchbox');
const status = () => screen.getByRole('status');
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const pause = (ms: number) => act(async () => void jest.advanceTimersByTime(ms));

beforeEach(() => {
  jest.useFakeTimers();
  window.history.replaceState(null, '', '/en/search?q=walk');
});
afterEach(() => jest.useRealTimers());

describe('LiveSearch', () => {
  it('shows the server’s results at once, without a request, in a form that works without JavaScript', async () => {
    const { fetchMock } = controllableFetch();
    renderSearch();
    await pause(1000);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(box()).toHaveValue('walk');
    expect(box().closest('form')).toHaveAttribute('action', '/en/search');
    expect(box().closest('form')).toHaveAttribute('method', 'get');
    expect(status()).toHaveTextContent('1 article matches “walk”');
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('link', { name: 'Walking groups return this spring' })).toBeInTheDocument();
  });

  it('searches once the reader pauses, keeping the old results up while the new ones load', async () => {
    const { fetchMock, pending } = controllableFetch();
    renderSearch();
    type('gar');
    await pause(100);
    type('garden');
    await pause(200);
    expect(fetchMock).not.toHaveBeenCalled(); // still typing
    await pause(60);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(pending[0]!.url).toBe('/api/search?locale=en&q=garden');

    // Loading: the previous results and count stay, the region says it is busy.
    expect(screen.getByRole('link', { name: 'Walking groups return this spring' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('1 article matches “walk”');
    expect(document.getElementById('search-results')).toHaveAttribute('aria-busy', 'true');

    await pending[0]!.answer(200, results('garden', [garden, walks]));
    expect(status()).toHaveTextContent('2 articles match “garden”');
    const list = within(document.getElementById('search-results')!);
    expect(list.getByRole('link', { name: 'Garden open day' })).toHaveAttribute(
      'href',
      '/en/news/garden-open-day',
    );
    expect(document.getElementById('search-results')).toHaveAttribute('aria-busy', 'false');
    expect(window.location.search).toBe('?q=garden');
  });

  it('searches at once on Enter', async () => {
    const { fetchMock } = controllableFetch();
    renderSearch();
    type('garden');
    fireEvent.submit(box().closest('form')!);
    await pause(0);
    expect(fetchMock).toHaveBeenCalledWith('/api/search?locale=en&q=garden', expect.anything());
  });

  it('says when nothing matches', async () => {
    const { pending } = controllableFetch();
    renderSearch();
    type('zzzz');
    await pause(300);
    await pending[0]!.answer(200, results('zzzz', []));
    expect(status()).toHaveTextContent('No articles match “zzzz”. Try fewer or different words.');
    expect(screen.queryByRole('link', { name: 'Walking groups return this spring' })).toBeNull();
  });

  it.each([
    ['an empty search page', results('', []), undefined],
    ['a search that found nothing', results('walk', []), undefined],
    ['a live search that found nothing', results('walk'), 'zzzz'],
  ])(
    'never says "no articles match" while the next query loads, starting from %s',
    async (_label, initial, firstQuery) => {
      const { pending } = controllableFetch();
      renderSearch(initial);
      if (firstQuery) {
        type(firstQuery);
        await pause(300);
        await pending.shift()!.answer(200, results(firstQuery, []));
        expect(status()).toHaveTextContent(`No articles match “${firstQuery}”`);
      }
      type('garden');
      await pause(300);
      expect(pending).toHaveLength(1);
      expect(status()).toHaveTextContent('Searching…');
      expect(status()).not.toHaveTextContent('No articles match');
      await pending[0]!.answer(200, results('garden', [garden]));
      expect(status()).toHaveTextContent('1 article matches “garden”');
    },
  );

  it.each([
    [500, 'Search is not working right now. Please try again in a moment.'],
    [429, 'Too many searches in a short time. Please wait a few seconds and try again.'],
  ])('explains an HTTP %i from the search route', async (code, message) => {
    const { pending } = controllableFetch();
    renderSearch();
    type('garden');
    await pause(300);
    await pending[0]!.answer(code, { error: 'x' });
    expect(status()).toHaveTextContent(message);
    expect(screen.queryByRole('link', { name: 'Walking groups return this spring' })).toBeNull();
  });

  it('answers a query without letters or digits itself, and asks for words when the box is empty', async () => {
    const { fetchMock } = controllableFetch();
    renderSearch();
    type('%%');
    await pause(300);
    expect(status()).toHaveTextContent('No articles match “%%”');
    type('   ');
    await pause(300);
    expect(status()).toHaveTextContent('Type a word or two from the article you are looking for.');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
  });
});
