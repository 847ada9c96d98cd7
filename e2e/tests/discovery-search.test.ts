import { launchBrowser, screenshotPath, type Browser } from '../support/browser';
import { cmsGet, getHtml, waitForDemoContent } from '../support/cms-api';
import { startStack, type Stack } from '../support/stack';

/**
 * Issue 4, search: the live search in Chromium (typing updates results in place and the count is
 * announced), the same search without JavaScript, and the JSON route against hostile input on the real
 * CMS. The rate-limit test runs last: it spends this client's budget.
 */
let stack: Stack;
let browser: Browser;

interface SearchJson {
  query: string;
  total: number;
  pageCount: number;
  items: Array<{ slug: string; title: string }>;
}

/** A word of at least 6 letters from the newest English article's title: something real to look for. */
let word: string;
let expected: SearchJson;

const api = (query: string) => fetch(`${stack.siteUrl}/api/search?${query}`);

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  browser = await launchBrowser({ width: 1280, height: 900 });
  const newest = await cmsGet<{ data: Array<{ title: string }> }>(
    stack.cmsUrl,
    '/api/articles?locale=en&sort=publishedAt:desc&pagination[pageSize]=1&fields[0]=title',
  );
  word = newest.data[0]!.title.split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 6)
    .sort((a, b) => b.length - a.length)[0]!
    .toLowerCase();
  expected = (await (await api(`locale=en&q=${encodeURIComponent(word)}`)).json()) as SearchJson;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

test('the JSON route finds the article the word came from', () => {
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.items.some((item) => item.title.toLowerCase().includes(word))).toBe(true);
});

test('typing in the search page updates the results without a page load and announces the count', async () => {
  const page = await browser.context.newPage();
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/search')) searches.push(request.url());
  });
  await page.goto(`${stack.siteUrl}/en/search`);
  // Survives only if the document is never replaced.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  const status = page.locator('.search-summary');
  expect(await status.getAttribute('aria-live')).toBe('polite');
  expect(await status.getAttribute('role')).toBe('status');

  await page.locator('#search-page-query').pressSequentially(word, { delay: 30 });
  const announced =
    expected.total === 1 ? `1 article matches “${word}”` : `${expected.total} articles match “${word}”`;
  await status.filter({ hasText: announced }).waitFor({ timeout: 10_000 });

  const links = await page
    .locator('#search-results .article-card__title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(expected.items.map((item) => `/en/news/${item.slug}`));
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
  // Debounced: far fewer requests than keystrokes, and the last one is the whole word.
  expect(searches.length).toBeGreaterThan(0);
  expect(searches.length).toBeLessThan(word.length);
  expect(new URL(searches.at(-1)!).searchParams.get('q')).toBe(word);
  // The address is shareable: it now holds the query.
  expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  await page.screenshot({ path: screenshotPath('search-live-1280') });

  // A word that matches nothing says so.
  await page.locator('#search-page-query').fill('zzqxjv');
  await status.filter({ hasText: 'No articles match “zzqxjv”' }).waitFor({ timeout: 10_000 });
  expect(await page.locator('#search-results .article-card').count()).toBe(0);
  await page.close();
});

test('search works with JavaScript disabled: the form submits and the server renders the results', async () => {
  const noJs = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await noJs.context.newPage();
    await page.goto(`${stack.siteUrl}/en`);
    // The header's search box, on any page.
    await page.locator('#site-search').fill(word);
    await Promise.all([page.waitForURL(/\/en\/search\?q=/), page.locator('#site-search').press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    const links = await page
      .locator('#search-results .article-card__title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expected.items.map((item) => `/en/news/${item.slug}`));
    expect(await page.locator('.search-summary').textContent()).toContain(String(expected.total));
  } finally {
    await noJs.close();
  }
});

test('the search page is rendered per request, never cached, and kept out of search engines', async () => {
  const res = await fetch(`${stack.siteUrl}/en/search?q=${encodeURIComponent(word)}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toContain('no-store');
  expect(res.headers.get('x-nextjs-cache')).toBeNull();
  expect(await res.text()).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
  // The search page without a query is just the form: a page like any other.
  const form = await fetch(`${stack.siteUrl}/en/search`);
  expect(form.status).toBe(200);
  expect(await form.text()).not.toMatch(/<meta name="robots"/);
});

const hostile: Array<[string, string]> = [
  ['empty', ''],
  ['only spaces', '    '],
  ['a LIKE wildcard', '%'],
  ['an underscore', '_'],
  ['SQL', "'; DROP TABLE articles; --"],
  ['SQL with a word', "recovery' OR '1'='1"],
  ['regex metacharacters', '.*+?^${}()|[]\\'],
  ['a regex with words', '(walk|group)+'],
  ['JSON punctuation', '{"$ne": null}'],
  ['Strapi operator syntax', 'filters[title][$containsi]=a'],
  ['unicode and emoji', 'ánimo 😀 日本語'],
  ['right-to-left and zero-width', '\u202Ewalk\u200B'],
  ['control characters', 'walk\u0000\u0007'],
  ['HTML', '<script>alert(1)</script>'],
  ['exactly 100 characters', 'a'.repeat(100)],
];

test.each(hostile)(
  'the JSON route answers %s cleanly (200 with a result, never a 500)',
  async (_label, q) => {
    const res = await api(`locale=en&q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchJson;
    expect(Number.isInteger(body.total)).toBe(true);
    expect(Array.isArray(body.items)).toBe(true);
  },
);

test.each([
  ['a LIKE wildcard', '%'],
  ['an underscore', '_'],
  ['only symbols', '*?.'],
])('%s matches nothing instead of everything', async (_label, q) => {
  const body = (await (await api(`locale=en&q=${encodeURIComponent(q)}`)).json()) as SearchJson;
  expect(body.total).toBe(0);
});

test.each([
  ['101 characters', `locale=en&q=${'a'.repeat(101)}`],
  ['5,000 characters', `locale=en&q=${'walk '.repeat(1000)}`],
  ['an unknown language', 'locale=xx&q=walk'],
  ['no query', 'locale=en'],
  ['a page that is not a number', 'locale=en&q=walk&page=1;DROP'],
])('the JSON route rejects %s with 400', async (_label, query) => {
  const res = await api(query);
  expect(res.status).toBe(400);
  expect(typeof ((await res.json()) as { error: string }).error).toBe('string');
});

// The page normalizes queries with the same code as the JSON route; a few cases prove the wiring. (Every
// request here spends this client's rate-limit budget of 60, shared with the JSON route.)
const pageCases = new Set([
  'a LIKE wildcard',
  'SQL',
  'regex metacharacters',
  'unicode and emoji',
  'control characters',
]);
test.each([
  ...hostile.filter(([label]) => pageCases.has(label)),
  ['5,000 characters', 'walk '.repeat(1000)] as [string, string],
])('the search page answers %s with a page, never an error', async (_label, q) => {
  expect((await getHtml(`${stack.siteUrl}/en/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
});

test('nothing was dropped: the articles are all still there', async () => {
  const body = await cmsGet<{ meta: { pagination: { total: number } } }>(
    stack.cmsUrl,
    '/api/articles?locale=en&pagination[pageSize]=1',
  );
  expect(body.meta.pagination.total).toBeGreaterThanOrEqual(24);
});

test('a client that searches too fast gets 429 with Retry-After, on the JSON route and the page alike', async () => {
  let refused: Response | undefined;
  for (let i = 0; i < 200 && !refused; i++) {
    const res = await api(`locale=en&q=walk${i}`);
    if (res.status === 429) refused = res;
    else expect(res.status).toBe(200);
  }
  expect(refused).toBeDefined();
  expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  const page = await fetch(`${stack.siteUrl}/en/search?q=walk`);
  expect(page.status).toBe(429);
  expect(Number(page.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  // Reading is not limited.
  expect((await fetch(`${stack.siteUrl}/en`)).status).toBe(200);
});
