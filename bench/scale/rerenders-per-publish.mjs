#!/usr/bin/env node
// "Pages re-rendered per publish": renders a warm set of pages through the real cms-client against an
// in-memory CMS, records the cache tags every page's fetches carry (a Next page is invalidated when any
// of its fetches' tags is revalidated), then feeds the webhook payloads Strapi sends for one article
// edit (PUT = entry.update + entry.publish) to the client's tagsForWebhook and counts the pages and CMS
// requests that edit invalidates. Nothing runs but this process.
//
//   node bench/scale/rerenders-per-publish.mjs                # this checkout's client (built to dist/)
//   node bench/scale/rerenders-per-publish.mjs --client=DIR   # another checkout's packages/cms-client
//
// The warm set mirrors the site's views (apps/web/app/[locale]/_views): 50 article pages (each:
// article, categories, related, previous/next), home pages 1–5 per locale, every category, author
// and tag page, both feeds and the category feeds.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const here = path.dirname(new URL(import.meta.url).pathname);
const { values } = parseArgs({
  options: { client: { type: 'string', default: path.join(here, '../../packages/cms-client') } },
});
const clientDir = path.resolve(values.client);
const clientEntry = path.join(clientDir, 'dist', 'src', 'index.js');
if (!existsSync(clientEntry))
  execFileSync(process.execPath, [path.join(clientDir, 'scripts', 'build-node.mjs')], { stdio: 'inherit' });
const { createCmsClient, tagsForWebhook } = createRequire(import.meta.url)(clientEntry);

// ---- an in-memory CMS: 200 English articles (a quarter translated), 5 categories, 4 authors, 11 tags
const categories = ['community', 'services', 'wellbeing', 'research-policy', 'recovery-stories'];
const authors = ['maya', 'owen', 'priya', 'tomas'];
const tags = [
  'peer-support',
  'families',
  'young-people',
  'harm-reduction',
  'volunteering',
  'events',
  'sleep',
  'workplace',
  'evaluation',
  'housing',
  'self-care',
];
const link = (kind, slug) => ({ id: 1, documentId: `${kind}-${slug}`, name: slug, slug });
const cover = { id: 1, url: '/uploads/cover.jpg', alternativeText: 'cover', width: 1200, height: 630 };
const articles = [];
for (let i = 0; i < 200; i++) {
  const date = new Date(Date.UTC(2026, 0, 1) + i * 3600_000 * 20).toISOString();
  const shared = {
    documentId: `doc${i}`,
    firstPublishedAt: date,
    publishedAt: date,
    updatedAt: date,
    readingTimeMinutes: 4,
    excerpt: 'Summary.',
    cover,
    category: link('category', categories[i % categories.length]),
    author: link('author', authors[i % authors.length]),
    tags: [link('tag', tags[i % tags.length])],
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }],
    seo: null,
  };
  const translated = i % 4 === 0;
  articles.push({
    ...shared,
    id: i * 2,
    locale: 'en',
    title: `Article ${i}`,
    slug: `article-${i}`,
    localizations: translated ? [{ id: 1, locale: 'es', slug: `articulo-${i}`, publishedAt: date }] : [],
  });
  if (translated)
    articles.push({
      ...shared,
      id: i * 2 + 1,
      locale: 'es',
      title: `Artículo ${i}`,
      slug: `articulo-${i}`,
      localizations: [{ id: 1, locale: 'en', slug: `article-${i}`, publishedAt: date }],
    });
}
const page = (data, total = data.length) => ({
  data,
  meta: { pagination: { page: 1, pageSize: Math.max(1, data.length), pageCount: 1, total } },
});
function answer(url) {
  const q = url.searchParams;
  const locale = q.get('locale') ?? 'en';
  const inLocale = articles
    .filter((a) => a.locale === locale)
    .sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt));
  switch (url.pathname) {
    case '/api/categories':
      return page(
        categories.map((slug) => ({
          documentId: `category-${slug}`,
          locale,
          name: slug,
          slug,
          description: null,
        })),
      );
    case '/api/authors':
      return page(
        authors.map((slug) => ({ documentId: `author-${slug}`, name: slug, slug, bio: null, avatar: null })),
      );
    case '/api/tags':
      return page(tags.map((slug) => ({ documentId: `tag-${slug}`, name: slug, slug })));
    case '/api/sitemap/months':
      return { data: [{ locale: 'en', month: '2026-01', count: 1, lastModified: null }] };
    case '/api/sitemap/sections':
      return { data: { sections: [], home: [] } };
    case '/api/sitemap/articles':
      return { data: [] };
    case '/api/search':
    case '/api/articles': {
      const slug = q.get('filters[slug][$eq]');
      const documentId = q.get('filters[documentId][$eq]');
      if (slug) return page(inLocale.filter((a) => a.slug === slug));
      if (documentId) return page(inLocale.filter((a) => a.documentId === documentId));
      const size = Number(q.get('pagination[pageSize]') ?? 12);
      const from = (Number(q.get('pagination[page]') ?? 1) - 1) * size;
      return page(inLocale.slice(from, from + size), inLocale.length);
    }
    default:
      throw new Error(`unexpected request ${url}`);
  }
}

// ---- render the warm set, recording each page's fetches and their tags
let fetches = [];
const fakeFetch = async (input, init) => {
  fetches.push({ url: String(input), tags: init?.next?.tags ?? [] });
  return new Response(JSON.stringify(answer(new URL(String(input)))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
const client = createCmsClient({ baseUrl: 'http://cms.bench', fetch: fakeFetch, revalidateSeconds: 3600 });
const views = {
  article: async (locale, slug) => {
    const article = await client.getArticleBySlug(locale, slug);
    await Promise.all([
      client.listCategories(locale),
      client.getRelatedArticles(article, 3),
      client.getAdjacentArticles(article),
    ]);
  },
  home: (locale, n) =>
    Promise.all([client.listCategories(locale), client.listArticles({ locale, page: n, pageSize: 12 })]),
  category: (locale, slug) =>
    Promise.all([
      client.listCategories(locale),
      client.getCategoryBySlug(locale, slug),
      client.listArticles({ locale, category: slug, pageSize: 12 }),
    ]),
  author: (locale, slug) =>
    Promise.all([
      client.getAuthorBySlug(slug),
      client.listCategories(locale),
      client.listArticles({ locale, author: slug, pageSize: 12 }),
    ]),
  tag: (locale, slug) =>
    Promise.all([
      client.getTagBySlug(locale, slug),
      client.listCategories(locale),
      client.listArticles({ locale, tag: slug, pageSize: 12 }),
    ]),
  feed: (locale) => client.listArticles({ locale, page: 1, pageSize: 20 }),
  categoryFeed: (locale, slug) =>
    Promise.all([
      client.getCategoryBySlug(locale, slug),
      client.listArticles({ locale, category: slug, pageSize: 20 }),
    ]),
};
const warm = [];
for (let i = 0; i < 50; i++) warm.push(['article', 'en', `article-${i * 3}`]);
for (const locale of ['en', 'es']) {
  for (let n = 1; n <= 5; n++) warm.push(['home', locale, n]);
  for (const slug of categories) warm.push(['category', locale, slug], ['categoryFeed', locale, slug]);
  for (const slug of authors) warm.push(['author', locale, slug]);
  for (const slug of tags) warm.push(['tag', locale, slug]);
  warm.push(['feed', locale]);
}
const pages = [];
for (const [view, ...args] of warm) {
  fetches = [];
  await views[view](...args);
  pages.push({ name: `${view} ${args.join(' ')}`, view, fetches });
}

// ---- one edit of one article: what Strapi sends for a PUT (update, then publish)
const edited = articles.find((a) => a.slug === 'article-30');
const { body: _body, localizations: _l, ...entry } = { ...edited, title: 'Article 30 (typo fixed)' };
const payloads = ['entry.update', 'entry.publish'].map((event) => ({
  event,
  model: 'article',
  uid: 'api::article.article',
  entry,
}));
const revalidated = new Set(payloads.flatMap((payload) => tagsForWebhook(payload)));
const stale = pages.filter((p) => p.fetches.some((f) => f.tags.some((tag) => revalidated.has(tag))));
const refetches = stale.reduce(
  (sum, p) => sum + p.fetches.filter((f) => f.tags.some((tag) => revalidated.has(tag))).length,
  0,
);
const articlePages = pages.filter((p) => p.view === 'article');
const staleArticles = stale.filter((p) => p.view === 'article');

console.log(`client: ${clientDir}`);
console.log(`revalidated tags: ${[...revalidated].join(', ')}`);
console.log(
  `| warm pages | re-rendered by one article edit | of which article pages | CMS requests to regenerate them |`,
);
console.log(`|---|---|---|---|`);
console.log(
  `| ${pages.length} (${articlePages.length} article pages) | ${stale.length} | ${staleArticles.length} of ${articlePages.length} | ${refetches} |`,
);
console.log(`re-rendered: ${stale.map((p) => p.name).join('; ')}`);
