// Records real Strapi answers into test/fixtures/*.json, through the client itself, so the fixtures
// are exactly what the client's own URLs return. Each answer is also validated by the client's schemas
// on the way (a failure here means the client and the CMS disagree).
//
//   CMS_URL=http://127.0.0.1:1360 pnpm --filter @newsroom/cms-client record-fixtures
//
// Needs a running CMS with the demo content (public read access, no token).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createCmsClient } = require(join(root, 'dist/src/index.js'));

const baseUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
let current = null;
const recorded = new Map();

async function recordingFetch(input, init) {
  const response = await fetch(input, init);
  const text = await response.clone().text();
  if (current) {
    if (!response.ok) throw new Error(`${current}: HTTP ${response.status} for ${input}\n${text}`);
    recorded.set(current, { url: String(input), body: JSON.parse(text) });
  }
  return response;
}

const cms = createCmsClient({ baseUrl, fetch: recordingFetch });

async function record(name, call) {
  current = name;
  try {
    return await call();
  } finally {
    current = null;
  }
}

const listing = await record('articles-page.en', () => cms.listArticles({ locale: 'en', pageSize: 3 }));
if (listing.items.length < 2) throw new Error('Seed the CMS first: fewer than two English articles');

// The richest article: one with a translation, tags and a category, so every mapped field is exercised.
const all = await cms.listAllArticles('en');
let article = null;
for (const summary of all) {
  const candidate = await cms.getArticleBySlug('en', summary.slug);
  if (candidate && candidate.translations.length > 0 && candidate.tags.length > 0 && candidate.category) {
    article = candidate;
    break;
  }
}
if (!article) throw new Error('No English article with a translation, tags and a category');
await record('article.en', () => cms.getArticleBySlug('en', article.slug));
const translation = article.translations.find((t) => t.locale === 'es');
if (translation) await record('article.es', () => cms.getArticleBySlug('es', translation.slug));
await record('article-missing', () => cms.getArticleBySlug('en', 'no-such-article'));
await record('related.en', () => cms.getRelatedArticles(article, 3));
await record('search.en', () =>
  cms.searchArticles({ locale: 'en', query: article.title.split(' ').slice(-1)[0] }),
);
await record('categories.es', () => cms.listCategories('es'));
await record('authors', () => cms.listAuthors());
await record('tags', () => cms.listTags('en'));
await record('tags.es', () => cms.listTags('es'));

for (const [name, { url, body }] of recorded) {
  writeFileSync(join(root, 'test/fixtures', `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
  // The selection (fields/populate) is the same for every call of a kind; show what differs.
  const { pathname, searchParams } = new URL(url);
  const varying = [...searchParams].filter(([key]) => !/^(fields|populate)\[/.test(key));
  console.log(`${name}.json  <-  ${pathname}?${varying.map(([k, v]) => `${k}=${v}`).join('&')}`);
}
