import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cmsGet, createWriteToken, getHtml, waitForDemoContent } from '../support/cms-api';
import { waitFor } from '../support/server-process';
import { startStack, type Stack } from '../support/stack';

/**
 * Issue 4 over HTTP: RSS feeds, sitemap, robots.txt, head metadata and JSON-LD against the real CMS
 * with demo content, and the refresh of all three on publish.
 */
let stack: Stack;

interface Row {
  id: number;
  documentId: string;
  slug: string;
  title: string;
  locale: string;
  category?: { documentId: string; slug: string } | null;
  cover?: { id: number; url: string; width: number; height: number } | null;
  localizations?: Array<{ slug: string; locale: string }>;
}

/** Parses with a real XML parser; a document that is not well-formed fails the test with its position. */
function parseXml(xml: string, arrays: string[]): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => arrays.includes(name),
  }).parse(xml);
}

async function fetchXml(path: string, arrays: string[]) {
  const res = await fetch(`${stack.siteUrl}${path}`);
  const text = await res.text();
  return { res, text, doc: res.ok ? parseXml(text, arrays) : null };
}

const feedItems = async (path: string) =>
  (await fetchXml(path, ['item'])).doc.rss.channel.item as Array<{ link: string; title: string }>;

type SitemapUrl = {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: Array<{ '@hreflang': string; '@href': string }>;
};

/** Every URL of the sitemap: the index, then each file it names (pages, one per language and month). */
const sitemapUrls = async (): Promise<SitemapUrl[]> => {
  const files = (await fetchXml('/sitemap.xml', ['sitemap'])).doc.sitemapindex.sitemap as Array<{
    loc: string;
  }>;
  const urls: SitemapUrl[] = [];
  for (const file of files) {
    const { res, doc } = await fetchXml(new URL(file.loc).pathname, ['url', 'xhtml:link']);
    expect(res.status).toBe(200);
    urls.push(...((doc.urlset.url ?? []) as SitemapUrl[]));
  }
  return urls;
};

/** Every published article of a locale straight from the CMS (the demo has fewer than 100). */
const published = async (locale: string) =>
  (
    await cmsGet<{ data: Row[] }>(
      stack.cmsUrl,
      `/api/articles?locale=${locale}&pagination[pageSize]=100&fields[0]=slug&fields[1]=title&populate[category][fields][0]=slug&populate[cover][fields][0]=url&populate[cover][fields][1]=width&populate[cover][fields][2]=height&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale`,
    )
  ).data;

/** Article links of a listing page, in the order shown. */
const articleLinks = (html: string, locale: string) => [
  ...new Set([...html.matchAll(new RegExp(`href="(/${locale}/news/[^"#?]+)"`, 'g'))].map((m) => m[1]!)),
];

/** The attributes of every tag `name` in the HTML whose attributes include all of `where`. */
function tags(html: string, name: string, where: Record<string, string> = {}): Array<Record<string, string>> {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, 'g'))]
    .map((m) =>
      Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])),
    )
    .filter((attrs) => Object.entries(where).every(([k, v]) => attrs[k] === v));
}
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

beforeAll(async () => {
  stack = await startStack();
  await waitForDemoContent(stack.cmsUrl);
});
afterAll(async () => stack?.stop());

test('the English feed is valid RSS 2.0 of the 20 newest articles, in the home page’s order, with working absolute links', async () => {
  const { res, doc } = await fetchXml('/en/feed.xml', ['item']);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  const channel = doc.rss.channel;
  expect(channel.link).toBe(`${stack.siteUrl}/en`);
  expect(channel['atom:link']['@href']).toBe(`${stack.siteUrl}/en/feed.xml`);
  expect(channel.item).toHaveLength(20);

  const home = articleLinks((await getHtml(`${stack.siteUrl}/en`)).html, 'en');
  expect(channel.item.slice(0, home.length).map((i: { link: string }) => i.link)).toEqual(
    home.map((path) => `${stack.siteUrl}${path}`),
  );
  for (const item of channel.item.slice(0, 3)) {
    expect(item.link.startsWith(`${stack.siteUrl}/en/news/`)).toBe(true);
    expect((await fetch(item.link)).status).toBe(200);
  }
  const spanish = await feedItems('/es/feed.xml');
  expect(spanish).toHaveLength((await published('es')).length);
});

/** The RSS 2.0 rules a validator checks: required channel and item elements, one of title/description. */
function expectRss2(channel: Record<string, unknown> & { item: Array<Record<string, unknown>> }) {
  for (const key of ['title', 'link', 'description']) expect(typeof channel[key]).toBe('string');
  for (const item of channel.item) {
    expect(typeof item.title === 'string' || typeof item.description === 'string').toBe(true);
    expect(new Date(String(item.pubDate)).toUTCString()).toBe(item.pubDate);
    expect(String(item.link)).toMatch(/^https?:\/\//);
  }
}

test.each([
  '/en/feed.xml',
  '/es/feed.xml',
  '/en/category/wellbeing/feed.xml',
  '/es/category/wellbeing/feed.xml',
])(
  '%s is full-text RSS 2.0: each item carries the whole article, with absolute URLs and no script',
  async (path) => {
    const { res, doc } = await fetchXml(path, ['item']);
    expect(res.status).toBe(200);
    const channel = doc.rss.channel;
    expect(doc.rss['@version']).toBe('2.0');
    expect(doc.rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(channel.item.length).toBeGreaterThan(0);
    expectRss2(channel);
    for (const item of channel.item) {
      const html: string = item['content:encoded'];
      expect(html.length).toBeGreaterThan(String(item.description ?? '').length);
      expect(html).toMatch(/<p>/);
      expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g))
        expect(url).toMatch(/^(?:https?:|mailto:|tel:)/);
    }
    // Body images are absolute and load.
    const images = channel.item.flatMap((item: Record<string, string>) =>
      [...item['content:encoded']!.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!),
    );
    for (const src of images.slice(0, 2)) expect((await fetch(src.replace(/&amp;/g, '&'))).status).toBe(200);
  },
);

test('a section feed lists only that section’s articles', async () => {
  const articles = await published('en');
  const slug = articles.find((a) => a.category)!.category!.slug;
  const inSection = articles
    .filter((a) => a.category?.slug === slug)
    .map((a) => `${stack.siteUrl}/en/news/${a.slug}`);
  const items = await feedItems(`/en/category/${slug}/feed.xml`);
  expect(items.length).toBe(Math.min(20, inSection.length));
  for (const item of items) expect(inSection).toContain(item.link);
  expect((await fetch(`${stack.siteUrl}/en/category/no-such-section/feed.xml`)).status).toBe(404);
});

test('pages announce their feeds in the head', async () => {
  const home = (await getHtml(`${stack.siteUrl}/en`)).html;
  expect(tags(home, 'link', { rel: 'alternate', type: 'application/rss+xml' }).map((l) => l.href)).toEqual([
    `${stack.siteUrl}/en/feed.xml`,
  ]);
  const slug = (await published('en')).find((a) => a.category)!.category!.slug;
  const section = (await getHtml(`${stack.siteUrl}/en/category/${slug}`)).html;
  expect(tags(section, 'link', { rel: 'alternate', type: 'application/rss+xml' }).map((l) => l.href)).toEqual(
    [`${stack.siteUrl}/en/feed.xml`, `${stack.siteUrl}/en/category/${slug}/feed.xml`],
  );
});

test('the sitemap lists every published article, section, author and tag page in both languages, with lastmod and hreflang', async () => {
  const urls = await sitemapUrls();
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const locale of ['en', 'es']) {
    for (const article of await published(locale)) {
      const entry = urls.find((u) => u.loc === `${stack.siteUrl}/${locale}/news/${article.slug}`);
      expect(entry).toBeDefined();
      expect(Number.isNaN(Date.parse(entry!.lastmod!))).toBe(false);
    }
    expect(locs).toContain(`${stack.siteUrl}/${locale}`);
    const categories = await cmsGet<{ data: Row[] }>(
      stack.cmsUrl,
      `/api/categories?locale=${locale}&fields[0]=slug`,
    );
    for (const category of categories.data)
      expect(locs).toContain(`${stack.siteUrl}/${locale}/category/${category.slug}`);
  }
  expect(locs.some((l) => l.includes('/en/author/'))).toBe(true);
  expect(locs.some((l) => l.includes('/en/tag/'))).toBe(true);

  // Drafts stay out.
  const drafts = await cmsGet<{ data: Row[] }>(
    stack.cmsUrl,
    '/api/articles?locale=en&status=draft&pagination[pageSize]=100&fields[0]=slug',
    stack.secrets.previewApiToken,
  );
  const live = new Set((await published('en')).map((a) => a.slug));
  const draftOnly = drafts.data.filter((d) => !live.has(d.slug));
  expect(draftOnly.length).toBeGreaterThan(0);
  for (const draft of draftOnly) expect(locs).not.toContain(`${stack.siteUrl}/en/news/${draft.slug}`);

  // A translated article names both versions and x-default.
  const translated = (await published('en')).find((a) =>
    (a.localizations ?? []).some((l) => l.locale === 'es'),
  )!;
  const spanishSlug = translated.localizations!.find((l) => l.locale === 'es')!.slug;
  const entry = urls.find((u) => u.loc === `${stack.siteUrl}/en/news/${translated.slug}`)!;
  expect(Object.fromEntries(entry['xhtml:link']!.map((l) => [l['@hreflang'], l['@href']]))).toEqual({
    en: `${stack.siteUrl}/en/news/${translated.slug}`,
    es: `${stack.siteUrl}/es/news/${spanishSlug}`,
    'x-default': `${stack.siteUrl}/en/news/${translated.slug}`,
  });

  // Files the index does not name do not exist.
  for (const missing of ['/sitemap/1.xml', '/sitemap/en-1999-01.xml', '/sitemap/fr-2026-01.xml'])
    expect((await fetch(`${stack.siteUrl}${missing}`)).status).toBe(404);
});

test('Spanish pages name tags in Spanish: article chips and the tag page, under the shared slug', async () => {
  const started = Date.now();
  const names = async (locale: string) =>
    new Map(
      (
        await cmsGet<{ data: Array<{ slug: string; name: string }> }>(
          stack.cmsUrl,
          `/api/tags?locale=${locale}&pagination[pageSize]=100&fields[0]=slug&fields[1]=name`,
        )
      ).data.map((t) => [t.slug, t.name]),
    );
  const [en, es] = [await names('en'), await names('es')];
  expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  const articles = await cmsGet<{
    data: Array<{ slug: string; tags: Array<{ slug: string; name: string }> }>;
  }>(
    stack.cmsUrl,
    '/api/articles?locale=es&pagination[pageSize]=100&fields[0]=slug&populate[tags][fields][0]=slug&populate[tags][fields][1]=name',
  );
  const article = articles.data.find((a) => a.tags.some((t) => es.get(t.slug) !== en.get(t.slug)))!;
  expect(article).toBeDefined();
  for (const tag of article.tags) expect(tag.name).toBe(es.get(tag.slug));

  const { status, html } = await getHtml(`${stack.siteUrl}/es/news/${article.slug}`);
  expect(status).toBe(200);
  const tag = article.tags.find((t) => es.get(t.slug) !== en.get(t.slug))!;
  expect(html).toContain(`href="/es/tag/${tag.slug}">${tag.name}</a>`);

  const tagPage = await getHtml(`${stack.siteUrl}/es/tag/${tag.slug}`);
  expect(tagPage.status).toBe(200);
  const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(tagPage.html)?.[1] ?? '';
  expect(h1).toContain(tag.name);
  expect(h1).not.toContain(en.get(tag.slug)!);
  expect(tags(tagPage.html, 'link', { rel: 'alternate', hrefLang: 'en' })[0]?.href).toBe(
    `${stack.siteUrl}/en/tag/${tag.slug}`,
  );
  console.log(`Spanish tag names checked on two pages in ${Date.now() - started} ms`);
});

test('robots.txt points at the sitemap and keeps crawlers out of the API and status pages', async () => {
  const res = await fetch(`${stack.siteUrl}/robots.txt`);
  const text = await res.text();
  expect(res.status).toBe(200);
  expect(text).toContain(`Sitemap: ${stack.siteUrl}/sitemap.xml`);
  for (const path of ['/api/', '/en/status/', '/es/status/']) expect(text).toContain(`Disallow: ${path}`);
});

test('an article’s head has canonical, hreflang with x-default, Open Graph with the cover at its real size, and JSON-LD', async () => {
  const translated = (await published('en')).find(
    (a) => a.cover && (a.localizations ?? []).some((l) => l.locale === 'es'),
  )!;
  const url = `${stack.siteUrl}/en/news/${translated.slug}`;
  const html = (await getHtml(url)).html;
  const head = html.slice(0, html.indexOf('</head>'));

  expect(tags(head, 'link', { rel: 'canonical' })[0]?.href).toBe(url);
  const hreflang = Object.fromEntries(
    tags(head, 'link', { rel: 'alternate' })
      .filter((l) => l.hrefLang)
      .map((l) => [l.hrefLang, l.href]),
  );
  expect(Object.keys(hreflang).sort()).toEqual(['en', 'es', 'x-default']);
  const meta = (property: string) =>
    tags(head, 'meta').find((m) => m.property === property || m.name === property)?.content;
  expect(meta('og:type')).toBe('article');
  expect(meta('og:url')).toBe(url);
  expect(meta('og:image')).toBe(
    translated.cover!.url.startsWith('http')
      ? translated.cover!.url
      : `${stack.cmsUrl}${translated.cover!.url}`,
  );
  expect(meta('og:image:width')).toBe(String(translated.cover!.width));
  expect(meta('og:image:height')).toBe(String(translated.cover!.height));
  expect(meta('twitter:card')).toBe('summary_large_image');
  expect(meta('description')).toBeTruthy();

  const [news, crumbs] = jsonLd(html);
  expect(news).toMatchObject({
    '@type': 'NewsArticle',
    headline: translated.title,
    url,
    inLanguage: 'en-GB',
    publisher: { '@type': 'Organization', logo: { url: `${stack.siteUrl}/logo.png` } },
  });
  for (const key of ['datePublished', 'dateModified'])
    expect(Number.isNaN(Date.parse(news[key]))).toBe(false);
  expect(news.author[0].name).toBeTruthy();
  expect(news.image[0].url).toBe(meta('og:image'));
  expect(crumbs['@type']).toBe('BreadcrumbList');
  expect(crumbs.itemListElement.at(-1).item).toBe(url);
  expect((await fetch(`${stack.siteUrl}/logo.png`)).status).toBe(200);

  const home = jsonLd((await getHtml(`${stack.siteUrl}/en`)).html);
  expect(home[0]).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction' } });
  const template: string = home[0].potentialAction.target.urlTemplate;
  const search = await getHtml(template.replace('{search_term_string}', 'recovery'));
  expect(search.status).toBe(200);
});

test('publishing an article refreshes the language feed, its section feed and the sitemap', async () => {
  const feedPath = '/en/feed.xml';
  const template = (await published('en')).find((a) => a.category && a.cover)!;
  const sectionFeed = `/en/category/${template.category!.slug}/feed.xml`;
  // Render and cache all three first, so what is measured is revalidation on publish.
  for (const path of [feedPath, sectionFeed, '/sitemap.xml']) {
    expect((await fetch(`${stack.siteUrl}${path}`)).status).toBe(200);
    expect((await fetch(`${stack.siteUrl}${path}`)).status).toBe(200);
  }

  const token = await createWriteToken(
    stack.cmsUrl,
    stack.secrets.superAdminEmail,
    stack.secrets.superAdminPassword,
  );
  const slug = `feeds-refresh-${Date.now()}`;
  const created = await fetch(`${stack.cmsUrl}/api/articles?locale=en`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      data: {
        title: `Fresh & new: ${slug}`,
        slug,
        excerpt: 'Published by the feeds test.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'A new article.' }] }],
        cover: template.cover!.id,
        category: template.category!.documentId,
      },
    }),
  });
  expect(created.status).toBe(201);
  const link = `${stack.siteUrl}/en/news/${slug}`;

  await waitFor(
    'the new article in both feeds and the sitemap',
    async () => {
      const [main, section, urls] = await Promise.all([
        feedItems(feedPath),
        feedItems(sectionFeed),
        sitemapUrls(),
      ]);
      const ok =
        main[0]?.link === link &&
        main[0]?.title === `Fresh & new: ${slug}` &&
        section.some((i) => i.link === link) &&
        urls.some((u) => u.loc === link);
      return ok ? true : undefined;
    },
    { timeoutMs: 15_000, intervalMs: 200 },
  );
});
