import fs from 'node:fs';
import path from 'node:path';
import { plainText, type Block, type InlineNode } from '../seed/blocks';
import { demoContent } from '../seed/content';
import type { SeedArticle, SeedLocalizedText } from '../seed/types';
import { helpBanners, reviewers, reviews, materialUpdate } from '../seed/data/editorial';
import { seedDemoContent } from '../src/bootstrap/seed';
import { daysAgoToDate } from '../src/bootstrap/seed-dates';
import { api, startStrapi, stopStrapi, strapiInstance } from './helpers/strapi';

/**
 * The demo newsroom: first the data itself (what readers will see), then a real Strapi on a temp
 * database seeded through the same function bootstrap calls, read back through the public REST API.
 */

const { publishedArticles, draftArticles, spanishTranslations, categories, authors, tags, images } =
  demoContent;
const IMAGES_DIR = path.resolve(__dirname, '..', 'seed', 'images');

const wordsIn = (body: Block[]) =>
  plainText(body)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function inlineNodes(body: Block[]): InlineNode[] {
  const flat = (nodes: InlineNode[]): InlineNode[] =>
    nodes.flatMap((n) => (n.type === 'link' ? [n, ...n.children] : [n]));
  return body.flatMap((block) => {
    if (block.type === 'list') return block.children.flatMap((item) => flat(item.children));
    if (block.type === 'code') return [];
    return flat(block.children);
  });
}

function features(body: Block[]): Set<string> {
  const found = new Set<string>();
  for (const block of body) {
    if (block.type === 'heading') found.add(`h${block.level}`);
    if (block.type === 'list') found.add(block.format === 'ordered' ? 'numbered list' : 'bulleted list');
    if (block.type === 'quote') found.add('quote');
    if (block.type === 'code') found.add('code');
  }
  for (const node of inlineNodes(body)) {
    if (node.type === 'link') found.add('link');
    else {
      if (node.bold) found.add('bold');
      if (node.italic) found.add('italic');
    }
  }
  return found;
}

const linksIn = (body: Block[]) =>
  inlineNodes(body).flatMap((node) => (node.type === 'link' ? [node.url] : []));
const englishBySlug = new Map(publishedArticles.map((article) => [article.slug, article]));
const localized: Array<[string, SeedLocalizedText]> = [
  ...publishedArticles.map((a): [string, SeedLocalizedText] => [`en/${a.slug}`, a]),
  ...spanishTranslations.map((t): [string, SeedLocalizedText] => [`es/${t.slug}`, t]),
];
/** Days before the seed for a Spanish article (its English date plus the translation lag). */
const spanishDaysAgo = new Map(
  spanishTranslations.map((t) => [
    t.slug,
    Math.max(0, englishBySlug.get(t.source)!.daysAgo - (t.lagDays ?? 1)),
  ]),
);

describe('demo content (data)', () => {
  it('has the promised amounts', () => {
    expect(categories.length).toBeGreaterThanOrEqual(4);
    expect(authors).toHaveLength(4);
    expect(tags.length).toBeGreaterThanOrEqual(8);
    expect(publishedArticles).toHaveLength(24);
    expect(spanishTranslations.length).toBeGreaterThanOrEqual(8);
    expect(draftArticles).toHaveLength(2);
  });

  it('uses unique, URL-safe slugs in each language', () => {
    const english = [...publishedArticles, ...draftArticles].map((a) => a.slug);
    const spanish = spanishTranslations.map((t) => t.slug);
    for (const slugs of [
      english,
      spanish,
      categories.map((c) => c.slug),
      authors.map((a) => a.slug),
      tags.map((t) => t.slug),
    ]) {
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it.each(localized)(
    '%s has a rich body, a short excerpt and fields that fit the schema',
    (_label, article) => {
      const found = features(article.body);
      for (const feature of [
        'h2',
        'h3',
        'bold',
        'italic',
        'link',
        'bulleted list',
        'numbered list',
        'quote',
      ]) {
        expect(found).toContain(feature);
      }
      expect(article.title.length).toBeLessThanOrEqual(160);
      expect(article.excerpt.length).toBeLessThanOrEqual(300);
      expect(article.excerpt.length).toBeGreaterThan(60);
      if (article.seo) {
        expect(article.seo.metaTitle.length).toBeLessThanOrEqual(70);
        expect(article.seo.metaDescription.length).toBeLessThanOrEqual(160);
      }
    },
  );

  it.each([...publishedArticles, ...draftArticles].map((a): [string, SeedArticle] => [a.slug, a]))(
    '%s points at a real category, author, 1–3 tags and a cover',
    (_slug, article) => {
      expect(categories.map((c) => c.slug)).toContain(article.category);
      expect(authors.map((a) => a.slug)).toContain(article.author);
      expect(article.tags.length).toBeGreaterThanOrEqual(1);
      expect(article.tags.length).toBeLessThanOrEqual(3);
      for (const tag of article.tags) expect(tags.map((t) => t.slug)).toContain(tag);
      expect(images.map((i) => i.file)).toContain(article.cover);
    },
  );

  it('has several long reads (1,000+ words) in English and at least one in Spanish', () => {
    expect(publishedArticles.filter((a) => wordsIn(a.body) >= 1000).length).toBeGreaterThanOrEqual(4);
    expect(spanishTranslations.filter((t) => wordsIn(t.body) >= 1000).length).toBeGreaterThanOrEqual(1);
  });

  it('includes code blocks occasionally and generic emergency advice in several articles', () => {
    expect(publishedArticles.filter((a) => features(a.body).has('code')).length).toBeGreaterThanOrEqual(1);
    const emergency = localized.filter(([, a]) =>
      /local emergency number|número de emergencias de tu zona/i.test(plainText(a.body)),
    );
    expect(emergency.length).toBeGreaterThanOrEqual(3);
  });

  it('never prints anything that looks like a phone number', () => {
    const phoneLike = /\+?\d(?:[\s.-]?\d){6,}/;
    for (const [label, article] of localized) {
      const text = `${article.title}\n${article.excerpt}\n${plainText(article.body)}`;
      expect({ label, match: phoneLike.exec(text)?.[0] ?? null }).toEqual({ label, match: null });
    }
  });

  it('spreads publication over the last twelve months, in every quarter', () => {
    const days = publishedArticles.map((a) => a.daysAgo);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...days)).toBeLessThanOrEqual(365);
    for (const quarter of [0, 1, 2, 3]) {
      expect(days.some((d) => d >= quarter * 91 && d < (quarter + 1) * 91)).toBe(true);
    }
  });

  it('links only to the site itself or example.org, and article links lead to older articles in the same language', () => {
    const categorySlugs = new Set(categories.map((c) => c.slug));
    const slugsByLocale = {
      en: new Map(publishedArticles.map((a) => [a.slug, a.daysAgo])),
      es: spanishDaysAgo,
    };
    const check = (label: string, locale: 'en' | 'es', ownDaysAgo: number, url: string) => {
      if (url.startsWith('https://example.org/')) return;
      const match = /^\/(en|es)\/(news|category)\/([a-z0-9-]+)$/.exec(url);
      expect({ label, url, internal: Boolean(match) }).toEqual({ label, url, internal: true });
      const [, linkLocale, kind, slug = ''] = match!;
      expect({ label, url, linkLocale }).toEqual({ label, url, linkLocale: locale });
      if (kind === 'category') {
        expect({ label, url, known: categorySlugs.has(slug) }).toEqual({ label, url, known: true });
      } else {
        const targetDaysAgo = slugsByLocale[locale].get(slug);
        expect({ label, url, known: targetDaysAgo !== undefined }).toEqual({ label, url, known: true });
        expect({ label, url, older: targetDaysAgo! > ownDaysAgo }).toEqual({ label, url, older: true });
      }
    };
    for (const article of publishedArticles) {
      for (const url of linksIn(article.body)) check(article.slug, 'en', article.daysAgo, url);
    }
    for (const translation of spanishTranslations) {
      for (const url of linksIn(translation.body))
        check(translation.slug, 'es', spanishDaysAgo.get(translation.slug)!, url);
    }
  });

  it('translates each English article at most once, with its own Spanish slug', () => {
    const sources = spanishTranslations.map((t) => t.source);
    expect(new Set(sources).size).toBe(sources.length);
    for (const translation of spanishTranslations) {
      expect(englishBySlug.has(translation.source)).toBe(true);
      expect(translation.slug).not.toBe(translation.source);
    }
  });

  it('ships every image it refers to, small, with alternative text', () => {
    const referenced = new Set(
      [...publishedArticles, ...draftArticles].map((a) => a.cover).concat(authors.map((a) => a.avatar)),
    );
    const listed = new Set(images.map((i) => i.file));
    for (const file of referenced) expect(listed).toContain(file);
    let total = 0;
    for (const image of images) {
      const { size } = fs.statSync(path.join(IMAGES_DIR, image.file));
      total += size;
      expect(size).toBeLessThanOrEqual(60 * 1024);
      expect(image.alternativeText.trim().length).toBeGreaterThan(20);
    }
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });
});

interface ApiArticle {
  documentId: string;
  slug: string;
  title: string;
  locale: string;
  publishedAt: string;
  firstPublishedAt: string | null;
  cover?: { alternativeText: string | null; width: number; height: number } | null;
  category?: { name: string; slug: string } | null;
  author?: {
    slug: string;
    avatar?: { alternativeText: string | null; width: number; height: number } | null;
  } | null;
  tags?: Array<{ slug: string }>;
}
interface ApiList<T> {
  data: T[];
  meta: { pagination: { total: number } };
}

const listArticles = async (query: Record<string, unknown>) => {
  const res = await api()
    .get('/api/articles')
    .query({ 'pagination[pageSize]': 100, ...query });
  expect(res.status).toBe(200);
  return res.body as ApiList<ApiArticle>;
};

/** Row counts of everything the seed writes, to compare before and after a second run. */
async function snapshotCounts() {
  const strapi = strapiInstance();
  const counts: Record<string, number> = {};
  for (const uid of [
    'api::category.category',
    'api::author.author',
    'api::tag.tag',
    'api::help-banner.help-banner',
    'plugin::upload.file',
  ] as const) {
    counts[uid] = await strapi.db.query(uid).count();
  }
  for (const locale of ['en', 'es']) {
    counts[`articles ${locale} published`] = await strapi.db
      .query('api::article.article')
      .count({ where: { locale, publishedAt: { $notNull: true } } });
    counts[`articles ${locale} all rows`] = await strapi.db
      .query('api::article.article')
      .count({ where: { locale } });
  }
  return counts;
}

describe('seeding a fresh CMS', () => {
  const now = new Date();
  // What happened at start-up, recorded once so each test below can be run on its own.
  const boot = {} as {
    articlesAfterBoot: number;
    withFlagOff: Awaited<ReturnType<typeof seedDemoContent>>;
    articlesWithFlagOff: number;
    firstRun: Awaited<ReturnType<typeof seedDemoContent>>;
  };

  beforeAll(async () => {
    // tests/helpers/test-env.ts starts every boot with SEED_DEMO_CONTENT=false.
    const strapi = await startStrapi();
    boot.articlesAfterBoot = await strapi.db.query('api::article.article').count();
    boot.withFlagOff = await seedDemoContent(strapi);
    boot.articlesWithFlagOff = await strapi.db.query('api::article.article').count();
    // The same call bootstrap makes on a first start, now with the flag on.
    process.env.SEED_DEMO_CONTENT = 'true';
    boot.firstRun = await seedDemoContent(strapi, { now });
  }, 180_000);

  afterAll(async () => {
    const strapi = strapiInstance();
    // The local upload provider writes into apps/cms/public/uploads; take this run's files back out.
    const upload = strapi.plugin('upload').service('upload') as { remove(file: unknown): Promise<unknown> };
    for (const file of await strapi.db.query('plugin::upload.file').findMany()) await upload.remove(file);
    await stopStrapi();
  }, 60_000);

  it('leaves the database empty when SEED_DEMO_CONTENT is false', () => {
    expect(boot.articlesAfterBoot).toBe(0);
    expect(boot.withFlagOff).toBeNull();
    expect(boot.articlesWithFlagOff).toBe(0);
  });

  it('loads the whole newsroom on a first start when enabled, in well under a minute', () => {
    expect(boot.firstRun).toMatchObject({
      images: images.length,
      categories: categories.length,
      categoryTranslations: categories.length,
      authors: 4,
      tags: tags.length,
      tagTranslations: tags.length,
      articles: 24,
      translations: spanishTranslations.length,
      drafts: 2,
      editorial: { reviewers: 2, reviews: reviews.length, updates: 1, banners: 2 },
    });
    expect(boot.firstRun!.seconds).toBeLessThan(60);
  });

  it('publishes 24 English articles, newest first, on the intended dates', async () => {
    const expected = [...publishedArticles].sort((a, b) => a.daysAgo - b.daysAgo);
    const dates = expected.map((a) => daysAgoToDate(a.daysAgo, now).toISOString());
    // The site orders and dates by firstPublishedAt; publishedAt (the latest publish) matches it too.
    for (const field of ['firstPublishedAt', 'publishedAt'] as const) {
      const list = await listArticles({
        locale: 'en',
        sort: `${field}:desc`,
        'fields[0]': 'slug',
        'fields[1]': field,
      });
      expect(list.meta.pagination.total).toBe(24);
      expect(list.data.map((a) => a.slug)).toEqual(expected.map((a) => a.slug));
      expect(list.data.map((a) => a[field])).toEqual(dates);
    }
  });

  it('publishes every Spanish translation on the English document, with Spanish categories', async () => {
    const list = await listArticles({
      locale: 'es',
      'populate[category][fields][0]': 'name',
      'populate[category][fields][1]': 'slug',
    });
    expect(list.meta.pagination.total).toBe(spanishTranslations.length);
    const spanishNames = new Map(categories.map((c) => [c.slug, c.name.es]));
    for (const translation of spanishTranslations) {
      const article = list.data.find((a) => a.slug === translation.slug);
      expect(article).toBeDefined();
      const date = daysAgoToDate(spanishDaysAgo.get(translation.slug)!, now).toISOString();
      expect(article!.publishedAt).toBe(date);
      expect(article!.firstPublishedAt).toBe(date);
      const source = englishBySlug.get(translation.source)!;
      expect(article!.category).toMatchObject({
        slug: source.category,
        name: spanishNames.get(source.category),
      });

      const english = await api()
        .get(`/api/articles/${article!.documentId}`)
        .query({ locale: 'en', 'fields[0]': 'slug' });
      expect(english.status).toBe(200);
      expect(english.body.data.slug).toBe(translation.source);
    }
  });

  it('keeps the two drafts out of the public API, even when asked for drafts', async () => {
    const draftSlugs = draftArticles.map((a) => a.slug);
    for (const query of [{ locale: 'en' }, { locale: 'en', status: 'draft' }]) {
      const list = await listArticles({ ...query, 'fields[0]': 'slug' });
      expect(list.meta.pagination.total).toBe(24);
      expect(list.data.filter((a) => draftSlugs.includes(a.slug))).toEqual([]);
    }
    for (const slug of draftSlugs) {
      const list = await listArticles({ locale: 'en', status: 'draft', 'filters[slug][$eq]': slug });
      expect(list.data).toHaveLength(0);
      const draft = await strapiInstance()
        .documents('api::article.article')
        .findFirst({ locale: 'en', status: 'draft', filters: { slug } });
      expect(draft).not.toBeNull();
      const published = await strapiInstance()
        .documents('api::article.article')
        .findFirst({ locale: 'en', status: 'published', filters: { slug } });
      expect(published).toBeNull();
      // Never published, so no first publication date: its first publish will stamp the real one.
      const rows = await strapiInstance()
        .db.query('api::article.article')
        .findMany({ where: { slug }, select: ['firstPublishedAt'] });
      expect(rows).toEqual([{ firstPublishedAt: null }]);
    }
  });

  it('gives every cover and avatar its alternative text and intended size', async () => {
    const list = await listArticles({
      locale: 'en',
      'fields[0]': 'slug',
      'populate[cover][fields][0]': 'alternativeText',
      'populate[cover][fields][1]': 'width',
      'populate[cover][fields][2]': 'height',
      'populate[tags][fields][0]': 'slug',
    });
    const altByFile = new Map(images.map((i) => [i.file, i.alternativeText]));
    for (const article of list.data) {
      const source = englishBySlug.get(article.slug)!;
      expect(article.cover).toEqual({
        id: expect.any(Number),
        documentId: expect.any(String),
        alternativeText: altByFile.get(source.cover),
        width: 1200,
        height: 675,
      });
      expect(article.tags!.map((t) => t.slug).sort()).toEqual([...source.tags].sort());
    }
    const res = await api()
      .get('/api/authors')
      .query({
        'fields[0]': 'slug',
        'populate[avatar][fields][0]': 'alternativeText',
        'populate[avatar][fields][1]': 'width',
        'filters[slug][$in]': authors.map((a) => a.slug),
      });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(4);
    for (const author of res.body.data as Array<{
      slug: string;
      avatar: { alternativeText: string; width: number };
    }>) {
      expect(author.avatar.alternativeText).toContain(authors.find((a) => a.slug === author.slug)!.name);
      expect(author.avatar.width).toBe(256);
    }
  });

  it('offers every category in both languages under one shared slug', async () => {
    for (const locale of ['en', 'es'] as const) {
      const res = await api()
        .get('/api/categories')
        .query({ locale, 'fields[0]': 'name', 'fields[1]': 'slug' });
      expect(res.status).toBe(200);
      const got = (res.body.data as Array<{ name: string; slug: string }>)
        .map((c) => [c.slug, c.name])
        .sort();
      expect(got).toEqual(categories.map((c) => [c.slug, c.name[locale]]).sort());
    }
  });

  it('offers every tag in both languages under one shared slug, and links each article to its language', async () => {
    for (const locale of ['en', 'es'] as const) {
      const res = await api()
        .get('/api/tags')
        .query({ locale, 'fields[0]': 'name', 'fields[1]': 'slug', 'pagination[pageSize]': 100 });
      expect(res.status).toBe(200);
      const got = (res.body.data as Array<{ name: string; slug: string }>)
        .map((t) => [t.slug, t.name])
        .sort();
      expect(got).toEqual(tags.map((t) => [t.slug, t.name[locale]]).sort());

      const list = await listArticles({
        locale,
        'fields[0]': 'slug',
        'populate[tags][fields][0]': 'name',
        'populate[tags][fields][1]': 'slug',
      });
      const names = new Map(tags.map((t) => [t.slug, t.name[locale]]));
      const linked = list.data.flatMap(
        (article) => (article as unknown as { tags: Array<{ name: string; slug: string }> }).tags,
      );
      expect(linked.length).toBeGreaterThan(0);
      for (const tag of linked) expect(tag.name).toBe(names.get(tag.slug));
    }
  });

  it('creates nothing and changes no counts when run again', async () => {
    const before = await snapshotCounts();
    expect(before).toMatchObject({
      'api::author.author': 4 + reviewers.length,
      'api::tag.tag': tags.length * 2,
      'api::category.category': categories.length * 2,
      'plugin::upload.file': images.length,
      'articles en published': 24,
      'articles es published': spanishTranslations.length,
      // a draft row for every article plus a published row for each published one
      'articles en all rows': 24 * 2 + 2,
    });

    // bootstrap on a later start: articles exist, so nothing runs
    await expect(seedDemoContent(strapiInstance())).resolves.toBeNull();
    // the explicit `pnpm --filter cms seed`: runs, finds everything, creates nothing
    const summary = await seedDemoContent(strapiInstance(), { force: true });
    expect(summary).toMatchObject({
      images: 0,
      categories: 0,
      categoryTranslations: 0,
      authors: 0,
      tags: 0,
      tagTranslations: 0,
      articles: 0,
      translations: 0,
      drafts: 0,
      editorial: { reviewers: 0, reviews: 0, updates: 0, banners: 0 },
    });
    expect(await snapshotCounts()).toEqual(before);
  }, 120_000);

  it('shows reviewers with credentials on at least six articles, one overdue, and one material update', async () => {
    const list = await listArticles({
      locale: 'en',
      'fields[0]': 'slug',
      'fields[1]': 'nextReviewDue',
      'fields[2]': 'lastReviewedAt',
      'fields[3]': 'materiallyUpdatedAt',
      'populate[reviewedBy][fields][0]': 'name',
      'populate[reviewedBy][fields][1]': 'credentials',
      'filters[reviewedBy][id][$notNull]': true,
    });
    const rows = list.data as unknown as Array<{
      slug: string;
      nextReviewDue: string;
      lastReviewedAt: string;
      materiallyUpdatedAt: string | null;
      reviewedBy: { name: string; credentials: string };
    }>;
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(row.reviewedBy.credentials).toMatch(/\w{5,}/);
    const today = now.toISOString().slice(0, 10);
    expect(rows.filter((row) => row.nextReviewDue < today).length).toBeGreaterThanOrEqual(1);
    const updated = rows.find((row) => row.slug === materialUpdate.article);
    expect(Date.parse(updated!.materiallyUpdatedAt!)).toBeGreaterThan(now.getTime() - 4 * 86_400_000);
  });

  it('fills both help-now banners, each marked as an example number', async () => {
    for (const locale of ['en', 'es'] as const) {
      const res = await api().get(`/api/help-banner?locale=${locale}`).expect(200);
      expect(res.body.data).toMatchObject({ phoneNumber: helpBanners[locale].phoneNumber });
      expect(res.body.data.message).toMatch(locale === 'en' ? /example number/i : /número de ejemplo/i);
    }
  });

  it('adds reviews and banners to an install seeded before they existed, once, on the next start', async () => {
    const strapi = strapiInstance();
    // An older database: no reviews, no update dates, no banners (articles exist, so the normal seed skips).
    for (const { id } of await strapi.db.query('api::article.article').findMany({ select: ['id'] })) {
      await strapi.db.query('api::article.article').update({
        where: { id },
        data: { lastReviewedAt: null, nextReviewDue: null, materiallyUpdatedAt: null, reviewedBy: null },
      });
    }
    await strapi.db.query('api::help-banner.help-banner').deleteMany({ where: {} });
    await expect(seedDemoContent(strapi)).resolves.toBeNull();
    const reviewed = await strapi.db.query('api::article.article').count({
      where: { locale: 'en', publishedAt: { $notNull: true }, lastReviewedAt: { $notNull: true } },
    });
    expect(reviewed).toBe(reviews.length);
    await api().get('/api/help-banner?locale=es').expect(200);
    const before = await snapshotCounts();
    await seedDemoContent(strapi);
    expect(await snapshotCounts()).toEqual(before);
  }, 60_000);

  // Last: it edits the demo content.
  it('keeps the seeded date and place of an article an editor corrects and publishes again', async () => {
    const oldest = [...publishedArticles].sort((a, b) => b.daysAgo - a.daysAgo)[0]!;
    const seededDate = daysAgoToDate(oldest.daysAgo, now).toISOString();
    const articles = strapiInstance().documents('api::article.article');
    const row = await articles.findFirst({
      locale: 'en',
      status: 'published',
      filters: { slug: oldest.slug },
    });
    await articles.update({ documentId: row!.documentId, locale: 'en', data: { title: `${oldest.title}.` } });
    await articles.publish({ documentId: row!.documentId, locale: 'en' });
    await seedDemoContent(strapiInstance(), { force: true });

    const list = await listArticles({
      locale: 'en',
      sort: 'firstPublishedAt:desc',
      'fields[0]': 'slug',
      'fields[1]': 'title',
      'fields[2]': 'firstPublishedAt',
      'fields[3]': 'publishedAt',
    });
    const last = list.data.at(-1)!;
    expect(last).toMatchObject({
      slug: oldest.slug,
      title: `${oldest.title}.`,
      firstPublishedAt: seededDate,
    });
    // It really was published again today; only the date readers see stayed put.
    expect(Date.parse(last.publishedAt)).toBeGreaterThan(Date.parse(seededDate));
  });
});
