#!/usr/bin/env node
// Loads N published articles (default 100,000) into a Strapi database, as the document service would
// have written them: for each article and locale a draft row and a published row sharing a document
// id, first-published and published dates, links to a category (of that locale), an author and one to
// three tags, and a cover image. Editors can open, edit and publish them in the admin like any other.
//
//   node bench/scale/generate.mjs --database=sqlite:/tmp/bench-100k.db [--articles=100000]
//   node bench/scale/generate.mjs --database=postgres://postgres@127.0.0.1:5432/bench [--articles=…]
//   options: --body-words=800 (words per body) --seed=1 (same seed, same articles)
//
// It first boots Strapi on the database (creating the schema, locales and the demo content whose
// categories, authors, tags and cover images the articles use), then writes the rows in batches with
// the database driver, then lets the next Strapi start build the indexes and the search index (the
// start-up path the issue asks to keep fast; bench/scale/measure.mjs times it).
// About three quarters of the documents exist in English only and a quarter also in Spanish; "N
// articles" counts published locale versions (what a sitemap lists).
import { parseArgs } from 'node:util';
import { article, rng, TOPICS } from './text.mjs';
import { benchEnv, loadStrapi } from './strapi-env.mjs';

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    articles: { type: 'string', default: '100000' },
    'body-words': { type: 'string', default: '800' },
    seed: { type: 'string', default: '1' },
  },
});
const fail = (message) => {
  console.error(`generate: ${message}`);
  process.exit(2);
};
const articles = Number(values.articles);
const bodyWords = Number(values['body-words']);
const seed = Number(values.seed);
if (!values.database) fail('--database=sqlite:<file> or --database=postgres://… is required');
if (!Number.isInteger(articles) || articles < 1 || articles > 5_000_000)
  fail(`--articles must be 1…5,000,000, got "${values.articles}"`);
if (!Number.isInteger(bodyWords) || bodyWords < 1 || bodyWords > 5000)
  fail(`--body-words must be 1…5000, got "${values['body-words']}"`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, got "${values.seed}"`);

const started = Date.now();
let env;
try {
  env = benchEnv(values.database, { SEED_DEMO_CONTENT: 'true' });
} catch (error) {
  fail(error.message);
}
const { strapi } = await loadStrapi(env);
const knex = strapi.db.connection;
const dialect = env.DATABASE_CLIENT;
const rows = async (sql, bindings = []) => {
  const result = await knex.raw(sql, bindings);
  return Array.isArray(result) ? result : result.rows;
};

const categories = await rows(`SELECT id, document_id, locale FROM categories ORDER BY id`);
const authorIds = (await rows(`SELECT id FROM authors ORDER BY id`)).map((r) => r.id);
// Tags are localized like categories: pick tag documents, link each locale's row to its own version.
const tagRows = await rows(`SELECT id, document_id, locale FROM tags ORDER BY id`);
const tagIds = [...new Set(tagRows.map((t) => t.document_id))];
const tagRow = (doc, locale) =>
  (
    tagRows.find((t) => t.document_id === doc && t.locale === locale) ??
    tagRows.find((t) => t.document_id === doc)
  ).id;
const coverIds = (await rows(`SELECT id FROM files WHERE name LIKE 'cover-%' ORDER BY id`)).map((r) => r.id);
const categoryDocs = [...new Set(categories.map((c) => c.document_id))];
const categoryRow = (doc, locale) => categories.find((c) => c.document_id === doc && c.locale === locale)?.id;
if (categoryDocs.length === 0 || authorIds.length === 0 || tagIds.length === 0 || coverIds.length === 0) {
  fail('the demo content (categories, authors, tags, covers) is missing; is SEED_DEMO_CONTENT working?');
}
const nextId = async (table) =>
  Number((await rows(`SELECT coalesce(max(id), 0) AS m FROM ${table}`))[0].m) + 1;
let articleId = await nextId('articles');
let categoryLinkId = await nextId('articles_category_lnk');
let authorLinkId = await nextId('articles_author_lnk');
let tagLinkId = await nextId('articles_tags_lnk');
let coverLinkId = await nextId('files_related_mph');

/** How the two databases want the values: SQLite keeps dates as epoch ms. */
const date = (ms) => (dialect === 'sqlite' ? ms : new Date(ms));

const COLUMNS = {
  articles: [
    'id',
    'document_id',
    'title',
    'slug',
    'excerpt',
    'body',
    'reading_time_minutes',
    'created_at',
    'updated_at',
    'published_at',
    'first_published_at',
    'locale',
  ],
  articles_category_lnk: ['id', 'article_id', 'category_id', 'article_ord'],
  articles_author_lnk: ['id', 'article_id', 'author_id', 'article_ord'],
  articles_tags_lnk: ['id', 'article_id', 'tag_id', 'tag_ord', 'article_ord'],
  files_related_mph: ['id', 'file_id', 'related_id', 'related_type', 'field', 'order'],
};

/** A batch writer per dialect: better-sqlite3 prepared statements, or multi-row INSERTs through pg. */
async function openWriter() {
  if (dialect === 'sqlite') {
    const db = await knex.client.acquireConnection();
    const statements = Object.fromEntries(
      Object.entries(COLUMNS).map(([table, columns]) => [
        table,
        db.prepare(
          `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        ),
      ]),
    );
    const write = db.transaction((batch) => {
      for (const [table, list] of Object.entries(batch)) for (const row of list) statements[table].run(row);
    });
    return { write: async (batch) => write(batch), close: async () => knex.client.releaseConnection(db) };
  }
  return {
    async write(batch) {
      await knex.transaction(async (trx) => {
        for (const [table, list] of Object.entries(batch)) {
          const columns = COLUMNS[table];
          for (let i = 0; i < list.length; i += 400) {
            await trx(table).insert(
              list.slice(i, i + 400).map((row) => Object.fromEntries(columns.map((c, k) => [c, row[k]]))),
            );
          }
        }
      });
    },
    async close() {
      // Rows were written with explicit ids: move each id sequence past them.
      for (const table of Object.keys(COLUMNS)) {
        await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM ${table}))`, [
          table,
        ]);
      }
    },
  };
}

const documentCount = Math.ceil(articles / (1 + 1 / 4));
const YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
const now = Date.now() - 3600_000;
const spacing = YEARS_MS / documentCount;
const random = rng(seed);
const DOC_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const documentId = () => Array.from({ length: 24 }, () => DOC_ALPHABET[Math.floor(random() * 36)]).join('');
const slugify = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const writer = await openWriter();
let published = 0;
let batch = null;
const emptyBatch = () => Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, []]));
const perCategory = new Map();

for (let doc = 0; doc < documentCount && published < articles; doc++) {
  batch ??= emptyBatch();
  const id = documentId();
  const topic = Math.floor(random() * TOPICS.length);
  const categoryDoc = categoryDocs[doc % categoryDocs.length];
  const authorId = authorIds[Math.floor(random() * authorIds.length)];
  const coverId = coverIds[Math.floor(random() * coverIds.length)];
  const tags = [
    ...new Set(
      Array.from(
        { length: 1 + Math.floor(random() * 3) },
        () => tagIds[Math.floor(random() * tagIds.length)],
      ),
    ),
  ];
  const first = Math.round(now - (documentCount - doc) * spacing);
  const locales = doc % 4 === 0 && published + 2 <= articles ? ['en', 'es'] : ['en'];
  for (const locale of locales) {
    const text = article(random, topic, bodyWords);
    const firstPublished = locale === 'en' ? first : first + 3600_000;
    // One article in ten was corrected and published again later.
    const publishedAt =
      random() < 0.1 ? firstPublished + Math.floor(random() * 30) * 86_400_000 : firstPublished;
    const slug = `${slugify(text.title)}-${locale}-${doc + 1}`;
    const body = JSON.stringify(text.body);
    const category = categoryRow(categoryDoc, locale) ?? categoryRow(categoryDoc, 'en');
    const order = (perCategory.get(category) ?? 0) + 1;
    perCategory.set(category, order);
    for (const isPublished of [false, true]) {
      const rowId = articleId++;
      batch.articles.push([
        rowId,
        id,
        text.title,
        slug,
        text.excerpt,
        body,
        text.readingTime,
        date(firstPublished - 86_400_000),
        date(publishedAt),
        isPublished ? date(publishedAt) : null,
        date(firstPublished),
        locale,
      ]);
      batch.articles_category_lnk.push([categoryLinkId++, rowId, category, order]);
      batch.articles_author_lnk.push([authorLinkId++, rowId, authorId, order]);
      tags.forEach((tag, i) =>
        batch.articles_tags_lnk.push([tagLinkId++, rowId, tagRow(tag, locale), i + 1, order]),
      );
      batch.files_related_mph.push([coverLinkId++, coverId, rowId, 'api::article.article', 'cover', 1]);
    }
    published += 1;
  }
  if (batch.articles.length >= 2000) {
    await writer.write(batch);
    batch = null;
    if (doc % 20_000 < 1000)
      process.stdout.write(`\r[generate] ${published.toLocaleString('en')} articles written`);
  }
}
if (batch) await writer.write(batch);
await writer.close();
process.stdout.write(`\r[generate] ${published.toLocaleString('en')} articles written\n`);
await strapi.destroy();
console.log(
  `[generate] ${published.toLocaleString('en')} published articles (${(articleId - 1).toLocaleString('en')} article rows in total) ` +
    `in ${values.database} in ${((Date.now() - started) / 1000).toFixed(1)} s. The next Strapi start builds the search index.`,
);
process.exit(0);
