import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../support/browser';
import { cmsGet, waitForDemoContent } from '../support/cms-api';
import { startStack, type Stack } from '../support/stack';

/**
 * Issue 4, accessibility: axe-core finds nothing on every page type, at desktop and phone widths, and
 * the site can be read and searched with the keyboard alone, with a visible focus.
 */
let stack: Stack;
let desktop: Browser;
let phone: Browser;

interface Row {
  slug: string;
  title: string;
  category?: { slug: string } | null;
  tags?: Array<{ slug: string }>;
  author?: { slug: string } | null;
}
let article: Row;
let draftSlug: string;

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  desktop = await launchBrowser({ width: 1280, height: 900 });
  phone = await launchBrowser({ width: 390, height: 844 });
  const rows = await cmsGet<{ data: Row[] }>(
    stack.cmsUrl,
    '/api/articles?locale=en&pagination[pageSize]=100&fields[0]=slug&fields[1]=title&populate[category][fields][0]=slug&populate[tags][fields][0]=slug&populate[author][fields][0]=slug',
  );
  article = rows.data.find((a) => a.category && a.author && (a.tags ?? []).length > 0)!;
  const published = new Set(rows.data.map((a) => a.slug));
  const drafts = await cmsGet<{ data: Row[] }>(
    stack.cmsUrl,
    '/api/articles?locale=en&status=draft&pagination[pageSize]=100&fields[0]=slug',
    stack.secrets.previewApiToken,
  );
  draftSlug = drafts.data.find((d) => !published.has(d.slug))!.slug;
});
afterAll(async () => {
  await desktop?.close();
  await phone?.close();
  await stack?.stop();
});

/** axe's findings, one line each, so a failure names the rule and the elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function audit(
  browser: Browser,
  path: string,
  status: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<string[]> {
  const page = await browser.context.newPage();
  try {
    await page.emulateMedia({ colorScheme });
    // Not 'networkidle': Chromium revalidates Next's stale-while-revalidate prefetches in the background
    // and Playwright then never sees the network settle.
    const response = await page.goto(`${stack.siteUrl}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    return await violations(page);
  } finally {
    await page.close();
  }
}

const pages = (): Array<[string, () => string, number]> => [
  ['home', () => '/en', 200],
  ['home in Spanish', () => '/es', 200],
  ['page 2', () => '/en/page/2', 200],
  ['a section', () => `/en/category/${article.category!.slug}`, 200],
  ['an author', () => `/en/author/${article.author!.slug}`, 200],
  ['a tag', () => `/en/tag/${article.tags![0]!.slug}`, 200],
  ['an article', () => `/en/news/${article.slug}`, 200],
  ['search with results', () => '/en/search?q=recovery', 200],
  ['search without results', () => '/en/search?q=zzqxjv', 200],
  ['search without a query', () => '/en/search', 200],
  ['a missing page (404)', () => '/en/news/no-such-article-here', 404],
];

describe.each([
  ['desktop', () => desktop, 'light' as const],
  ['phone', () => phone, 'light' as const],
  // Dark mode (prefers-color-scheme) re-colours everything: contrast is checked again in it.
  ['desktop', () => desktop, 'dark' as const],
])('axe-core at %s width, %s colour scheme', (_width, browser, scheme) => {
  test.each(pages())('%s has no violations', async (_label, path, status) => {
    expect(await audit(browser(), path(), status, scheme)).toEqual([]);
  });
});

test('the dark colour scheme is really applied (so the dark audits above check dark colours)', async () => {
  const page = await desktop.context.newPage();
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${stack.siteUrl}/en`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 60);
  } finally {
    await page.close();
  }
});

test('a draft in preview (banner and all) has no violations', async () => {
  const page = await desktop.context.newPage();
  try {
    const secret = encodeURIComponent(stack.secrets.previewSecret);
    await page.goto(`${stack.siteUrl}/api/preview?secret=${secret}&url=/en/news/${draftSlug}`);
    expect(new URL(page.url()).pathname).toBe(`/en/news/${draftSlug}`);
    await page.getByRole('region', { name: 'Preview — not published' }).waitFor();
    expect(await violations(page)).toEqual([]);
  } finally {
    await page.context().clearCookies();
    await page.close();
  }
});

/** The element that has focus, described by tag, id and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', text: el?.textContent?.trim() ?? '' };
  });

test('Tab reaches the skip link first; it moves focus to the main content', async () => {
  const page = await desktop.context.newPage();
  await page.goto(`${stack.siteUrl}/en/news/${article.slug}`);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Skip to main content' });
  // Visible while focused (it sits off-screen otherwise).
  const box = await page.locator('.skip-link').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ tag: 'MAIN', id: 'main-content' });
  // The next Tab continues inside the main content.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.getElementById('main-content')!.contains(document.activeElement)),
  ).toBe(true);
  await page.close();
});

test('focus is visible: a link reached with the keyboard has an outline', async () => {
  const page = await desktop.context.newPage();
  await page.goto(`${stack.siteUrl}/en`);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  const style = await page.evaluate(() => {
    const el = document.activeElement!;
    const css = getComputedStyle(el);
    return { tag: el.tagName, outlineStyle: css.outlineStyle, outlineWidth: parseFloat(css.outlineWidth) };
  });
  expect(style.tag).toBe('A');
  expect(style.outlineStyle).not.toBe('none');
  expect(style.outlineWidth).toBeGreaterThanOrEqual(2);
  await page.close();
});

test('search works with the keyboard alone: type, read the count, Tab to a result, open it', async () => {
  const page = await desktop.context.newPage();
  await page.goto(`${stack.siteUrl}/en/search`);
  for (let i = 0; i < 40 && (await focused(page)).id !== 'search-page-query'; i++)
    await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('search-page-query');
  await page.keyboard.type('recovery');
  await page.keyboard.press('Enter');
  await page
    .locator('.search-summary')
    .filter({ hasText: /articles? match “recovery”/ })
    .waitFor();

  // Onwards with Tab: the search button, then the first result's links.
  let reached = '';
  for (let i = 0; i < 10 && !reached.startsWith('/en/news/'); i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () =>
        (document.activeElement?.closest('#search-results') && document.activeElement.getAttribute('href')) ??
        '',
    );
  }
  expect(reached).toMatch(/^\/en\/news\//);
  await Promise.all([page.waitForURL(`**${reached}`), page.keyboard.press('Enter')]);
  await page.locator('h1').waitFor();
  await page.close();
});

test('the header search box is reachable by keyboard and submits with Enter', async () => {
  const page = await desktop.context.newPage();
  await page.goto(`${stack.siteUrl}/es`);
  for (let i = 0; i < 10 && (await focused(page)).id !== 'site-search'; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('site-search');
  await page.keyboard.type('recuperación');
  await Promise.all([page.waitForURL(/\/es\/search\?q=/), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).searchParams.get('q')).toBe('recuperación');
  await page.close();
});

test('on a phone the compact header links to the search page instead of showing the form', async () => {
  const page = await phone.context.newPage();
  await page.goto(`${stack.siteUrl}/es`);
  expect(await page.locator('#site-search').isVisible()).toBe(false);
  const link = page.getByRole('banner').getByRole('link', { name: 'Buscar' });
  await Promise.all([page.waitForURL(/\/es\/search$/), link.click()]);
  await page.close();
});
