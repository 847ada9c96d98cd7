import { createWriteToken, cmsGet, getHtml, waitForDemoContent } from '../support/cms-api';
import { waitFor } from '../support/server-process';
import { startStack, type Stack } from '../support/stack';

/** Issue: the reader site over HTTP — real Strapi with demo content and a production build of the site. */
let stack: Stack;

interface ArticleRow {
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  publishedAt: string;
  localizations?: Array<{ slug: string; locale: string }>;
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
/** True when the page shows `text`, whichever way React escaped it. */
const shows = (html: string, text: string) => html.includes(text) || html.includes(escapeHtml(text));

const newestArticles = async (count: number) =>
  (
    await cmsGet<{ data: ArticleRow[] }>(
      stack.cmsUrl,
      `/api/articles?locale=en&sort=firstPublishedAt:desc&pagination[pageSize]=${count}&fields[0]=title&fields[1]=slug&fields[2]=publishedAt`,
    )
  ).data;

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
});
afterAll(async () => stack?.stop());

test('home lists the newest articles, newest first', async () => {
  const [newest, second] = await newestArticles(2);
  const { status, html } = await getHtml(`${stack.siteUrl}/en`);
  expect(status).toBe(200);
  expect(shows(html, newest!.title)).toBe(true);
  expect(html.indexOf(`/en/news/${newest!.slug}`)).toBeLessThan(html.indexOf(`/en/news/${second!.slug}`));
});

test('page 2 exists and shows older articles; a page past the end is a 404', async () => {
  const page2 = await getHtml(`${stack.siteUrl}/en/page/2`);
  expect(page2.status).toBe(200);
  const [newest] = await newestArticles(1);
  expect(page2.html).not.toContain(`/en/news/${newest!.slug}"`);
  expect(page2.html).toMatch(/\/en\/news\/[a-z0-9-]+/);
  expect((await getHtml(`${stack.siteUrl}/en/page/999`)).status).toBe(404);
});

test('an article page shows its title, and its es switcher link points to the translation', async () => {
  const translated = (
    await cmsGet<{ data: ArticleRow[] }>(
      stack.cmsUrl,
      '/api/articles?locale=es&pagination[pageSize]=1&fields[0]=slug&fields[1]=title',
    )
  ).data[0]!;
  const english = (
    await cmsGet<{ data: ArticleRow[] }>(
      stack.cmsUrl,
      `/api/articles?locale=en&filters[documentId][$eq]=${translated.documentId}&fields[0]=slug&fields[1]=title`,
    )
  ).data[0]!;
  const { status, html } = await getHtml(`${stack.siteUrl}/en/news/${english.slug}`);
  expect(status).toBe(200);
  expect(shows(html, english.title)).toBe(true);
  expect(html).toContain(`href="/es/news/${translated.slug}"`);
});

test.each([
  ['an unknown article slug', '/en/news/no-such-article-here'],
  ['an unknown category', '/en/category/no-such-category'],
  ['an unknown locale', '/fr'],
  ['an unknown locale on an article', '/de/news/anything'],
])('%s is a real 404', async (_label, path) => {
  expect((await getHtml(`${stack.siteUrl}${path}`)).status).toBe(404);
});

test('an edit published through the API shows on the article page and the home page (time printed)', async () => {
  const [newest] = await newestArticles(1);
  const articleUrl = `${stack.siteUrl}/en/news/${newest!.slug}`;
  // Both pages are rendered and cached first, so what is measured is on-demand revalidation.
  for (const url of [articleUrl, `${stack.siteUrl}/en`]) {
    expect((await getHtml(url)).status).toBe(200);
    expect((await getHtml(url)).status).toBe(200);
  }
  const token = await createWriteToken(
    stack.cmsUrl,
    stack.secrets.superAdminEmail,
    stack.secrets.superAdminPassword,
  );
  const newTitle = `Updated ${Date.now()}: ${newest!.title}`.slice(0, 150);
  const started = Date.now();
  const res = await fetch(`${stack.cmsUrl}/api/articles/${newest!.documentId}?locale=en`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title: newTitle } }),
  });
  expect(res.status).toBe(200);
  const visibleAfter = await Promise.all(
    [articleUrl, `${stack.siteUrl}/en`].map((url) =>
      waitFor(
        `the new title on ${url}`,
        async () => (shows((await getHtml(url)).html, newTitle) ? Date.now() - started : undefined),
        { timeoutMs: 15_000, intervalMs: 50 },
      ),
    ),
  );
  console.log(`publish → visible: article ${visibleAfter[0]} ms, home ${visibleAfter[1]} ms`);
});

test('with the CMS stopped, a cached article still answers 200', async () => {
  const [newest] = await newestArticles(1);
  const url = `${stack.siteUrl}/en/news/${newest!.slug}`;
  expect((await getHtml(url)).status).toBe(200);
  await stack.stopCms();
  try {
    const again = await getHtml(url);
    expect(again.status).toBe(200);
    expect(again.html).toContain(newest!.slug);
  } finally {
    await stack.startCms();
  }
});
