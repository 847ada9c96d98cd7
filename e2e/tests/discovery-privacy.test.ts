import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../support/browser';
import { cmsGet, waitForDemoContent } from '../support/cms-api';
import { waitFor } from '../support/server-process';
import { startStack, type Stack } from '../support/stack';

/**
 * Issue 4, privacy and sharing: every request each kind of page makes goes to the site or the CMS media
 * host and nowhere else; share links are plain links carrying the right encoded URLs; the reading aids
 * (reading time, table of contents, back to top, related articles) work in a real browser.
 */
let stack: Stack;
let browser: Browser;

interface Row {
  documentId: string;
  slug: string;
  title: string;
  body?: Array<{ type: string; level?: number }>;
  category?: { documentId: string } | null;
  tags?: Array<{ documentId: string }>;
  cover?: { url: string } | null;
}

let articles: Row[];
/** An English article with a category, tags, a cover and at least three H2/H3 headings. */
let rich: Row;

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
  browser = await launchBrowser({ width: 1280, height: 900 });
  articles = (
    await cmsGet<{ data: Row[] }>(
      stack.cmsUrl,
      '/api/articles?locale=en&pagination[pageSize]=100&fields[0]=slug&fields[1]=title&fields[2]=body&populate[category][fields][0]=slug&populate[tags][fields][0]=slug&populate[cover][fields][0]=url',
    )
  ).data;
  const headings = (a: Row) =>
    (a.body ?? []).filter((b) => b.type === 'heading' && (b.level === 2 || b.level === 3));
  rich = articles.find((a) => a.category && a.tags!.length > 0 && a.cover && headings(a).length >= 3)!;
  expect(rich).toBeDefined();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Loads a page, scrolls through it (lazy images, link prefetches) and returns every URL it requested. */
async function requestsOf(path: string): Promise<string[]> {
  const page = await browser.context.newPage();
  const seen: string[] = [];
  page.on('request', (request) => seen.push(request.url()));
  page.on('websocket', (socket) => seen.push(socket.url()));
  try {
    const response = await page.goto(`${stack.siteUrl}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    // Hovering links is when some sites load third-party widgets; ours must not.
    for (const link of (await page.locator('main a').all()).slice(0, 5)) await link.hover().catch(() => {});
    await page.waitForLoadState('networkidle');
    await assertNoThirdPartyMarkup(page);
  } finally {
    await page.close();
  }
  return seen;
}

/** No script, frame, stylesheet, font or image in the DOM points anywhere but the two allowed hosts. */
async function assertNoThirdPartyMarkup(page: Page) {
  const sources = await page.evaluate(() => {
    const embedded = Array.from(
      document.querySelectorAll('script[src], iframe, frame, embed, object, img, source, video, audio'),
    ).flatMap((el) => ['src', 'srcset', 'data', 'poster'].map((name) => el.getAttribute(name) ?? ''));
    const linked = Array.from(document.querySelectorAll('link[href]'))
      .filter((l) => !['alternate', 'canonical'].includes(l.getAttribute('rel') ?? ''))
      .map((l) => l.getAttribute('href') ?? '');
    return [...embedded, ...linked].filter(Boolean);
  });
  expect(await page.locator('iframe, frame, embed, object').count()).toBe(0);
  for (const src of sources) {
    for (const part of src.split(',')) {
      const url = new URL(part.trim().split(/\s+/)[0]!, stack.siteUrl);
      expect([new URL(stack.siteUrl).host, new URL(stack.cmsUrl).host]).toContain(url.host);
    }
  }
}

const pageTypes = (): Array<[string, () => Promise<string>]> => [
  ['home', async () => '/en'],
  ['page 2', async () => '/en/page/2'],
  ['a section', async () => `/en/category/${(rich.category as unknown as { slug: string }).slug}`],
  [
    'an author',
    async () =>
      `/en/author/${(await cmsGet<{ data: Row[] }>(stack.cmsUrl, '/api/authors?fields[0]=slug')).data[0]!.slug}`,
  ],
  ['a tag', async () => `/en/tag/${(rich.tags![0] as unknown as { slug: string }).slug}`],
  ['an article', async () => `/en/news/${rich.slug}`],
  ['search', async () => '/en/search?q=recovery'],
];

test.each(pageTypes())(
  '%s loads nothing from any host but the site and the CMS media host',
  async (_label, path) => {
    const requests = await requestsOf(await path());
    expect(requests.length).toBeGreaterThan(0);
    const allowed = new Set([new URL(stack.siteUrl).host, new URL(stack.cmsUrl).host]);
    const foreign = requests.filter(
      (url) => /^(?:https?|wss?):/.test(url) && !allowed.has(new URL(url).host),
    );
    expect(foreign).toEqual([]);
  },
);

test('share links are plain links to each service, carrying the article’s URL, title and cover', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${stack.siteUrl}/en/news/${rich.slug}`);
  const url = `${stack.siteUrl}/en/news/${rich.slug}`;
  const title = (await page.locator('h1').textContent())!;
  const share = page.locator('#share');
  const href = async (name: string) =>
    (await share.getByRole('link', { name, exact: true }).getAttribute('href'))!;

  const mail = new URL(await href('Email'));
  expect(mail.protocol).toBe('mailto:');
  expect(mail.searchParams.get('subject')).toBe(title);
  expect(mail.searchParams.get('body')).toBe(`${title}\n\n${url}`);
  expect(new URL(await href('Share on Facebook')).searchParams.get('u')).toBe(url);
  const x = new URL(await href('Share on X'));
  expect([x.host, x.searchParams.get('url'), x.searchParams.get('text')]).toEqual(['x.com', url, title]);
  expect(new URL(await href('Share on LinkedIn')).searchParams.get('url')).toBe(url);
  expect(new URL(await href('Share on WhatsApp')).searchParams.get('text')).toBe(`${title} ${url}`);
  const pin = new URL(await href('Share on Pinterest'));
  expect(pin.searchParams.get('url')).toBe(url);
  const cover = rich.cover!.url.startsWith('http') ? rich.cover!.url : `${stack.cmsUrl}${rich.cover!.url}`;
  expect(pin.searchParams.get('media')).toBe(cover);
  expect(pin.searchParams.get('description')).toBe(title);

  // Opened without handing the service a reference to this page, and nothing of theirs is embedded.
  for (const link of await share.locator('a[target="_blank"]').all())
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  expect(await share.locator('script, iframe, img').count()).toBe(0);

  // The one button: the device's share sheet where there is one, otherwise copying the link.
  const button = share.getByRole('button');
  if ((await button.textContent()) === 'Copy link') {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.siteUrl });
    await button.click();
    await share.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  } else {
    expect(await button.textContent()).toBe('Share…');
  }
  await page.close();
});

test('reading aids work without JavaScript: reading time, table of contents anchors, back to top', async () => {
  const noJs = await launchBrowser({ javaScriptEnabled: false, width: 390, height: 844 });
  try {
    const page = await noJs.context.newPage();
    await page.goto(`${stack.siteUrl}/en/news/${rich.slug}`);
    await expect(page.locator('.article__header').textContent()).resolves.toMatch(/\d+ min read/);
    const toc = page.getByRole('navigation', { name: 'In this article' });
    const entries = await toc.locator('a').all();
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const last = entries.at(-1)!;
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await page.waitForURL(`**${target}`);
    // The page runs no script, so positions are read from the browser's layout (bounding boxes).
    const viewport = page.viewportSize()!.height;
    const id = target.slice(1);
    const heading = page.locator(`h2[id="${id}"], h3[id="${id}"]`);
    expect(await heading.count()).toBe(1);
    await waitFor('the heading to scroll into view', async () => {
      const box = await heading.boundingBox();
      return box && box.y >= 0 && box.y < viewport ? true : undefined;
    });

    await page.getByRole('link', { name: /Back to top/ }).click();
    // The first thing on the page is the help-now banner when editors have filled it, else the header.
    const banner = page.getByRole('region', { name: 'Help now' });
    const first = (await banner.count()) > 0 ? banner : page.locator('header.site-header');
    await waitFor('the top of the page', async () => {
      const box = await first.boundingBox();
      return box && box.y === 0 ? true : undefined;
    });
  } finally {
    await noJs.close();
  }
});

test('related articles share the section or a tag, come newest first, and never include the article itself', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${stack.siteUrl}/en/news/${rich.slug}`);
  const related = page.locator('section.related');
  const hrefs = await related
    .locator('.article-card__title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs).not.toContain(`/en/news/${rich.slug}`);
  const tagIds = new Set(rich.tags!.map((t) => t.documentId));
  for (const href of hrefs) {
    const other = articles.find((a) => `/en/news/${a.slug}` === href)!;
    const sameSection = other.category?.documentId === rich.category!.documentId;
    const sharedTag = other.tags!.some((t) => tagIds.has(t.documentId));
    expect(sameSection || sharedTag).toBe(true);
  }
  const dates = await related
    .locator('time')
    .evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime')!)));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  await page.close();
});
