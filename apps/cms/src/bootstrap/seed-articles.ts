import type { Core } from '@strapi/strapi';
import type { LocaleCode, SeedArticle, SeedLocalizedText, SeedTranslation } from '../../seed/types';
import { backdate, daysAgoToDate } from './seed-dates';
import { required, type TaxonomyResult } from './seed-taxonomy';

const ARTICLE_UID = 'api::article.article';

interface Row {
  documentId: string;
}

interface ArticleRefs {
  taxonomy: TaxonomyResult;
  images: Map<string, number>;
}

/** Fields written per locale (title, slug, excerpt, body, seo). Reading time is computed by the CMS. */
function localizedData(text: SeedLocalizedText, coverId: number) {
  return {
    title: text.title,
    slug: text.slug,
    excerpt: text.excerpt,
    body: text.body,
    ...(text.seo
      ? {
          seo: {
            metaTitle: text.seo.metaTitle,
            metaDescription: text.seo.metaDescription,
            ...(text.seo.shareCover ? { shareImage: coverId } : {}),
          },
        }
      : {}),
  };
}

/**
 * Relations are set per locale in Strapi 5 (i18n treats every relation as localized), so each
 * language version names its category, author and tags. The cover is shared and set once.
 */
function relations(article: SeedArticle, refs: ArticleRefs) {
  return {
    category: required(refs.taxonomy.categories, article.category, 'category'),
    author: required(refs.taxonomy.authors, article.author, 'author'),
    tags: article.tags.map((tag) => required(refs.taxonomy.tags, tag, 'tag')),
  };
}

async function findArticle(strapi: Core.Strapi, slug: string, locale: LocaleCode): Promise<Row | null> {
  return (await strapi.db
    .query(ARTICLE_UID)
    .findOne({ where: { slug, locale }, select: ['documentId'] })) as Row | null;
}

export interface ArticleSeedResult {
  published: number;
  drafts: number;
  translations: number;
}

/**
 * English articles first (oldest first, so ids follow the timeline), then the drafts, then the
 * Spanish versions added to their English documents. Each entry is found by slug and left alone
 * when it already exists, so running the seed again never duplicates or overwrites anything.
 */
export async function ensureArticles(
  strapi: Core.Strapi,
  input: {
    published: SeedArticle[];
    drafts: SeedArticle[];
    translations: SeedTranslation[];
    refs: ArticleRefs;
    now: Date;
  },
): Promise<ArticleSeedResult> {
  const { refs, now } = input;
  const documents = strapi.documents(ARTICLE_UID);
  const result: ArticleSeedResult = { published: 0, drafts: 0, translations: 0 };
  const bySlug = new Map<string, SeedArticle>();

  const ensureEnglish = async (article: SeedArticle, publish: boolean) => {
    bySlug.set(article.slug, article);
    if (await findArticle(strapi, article.slug, 'en')) return;
    const coverId = required(refs.images, article.cover, 'image');
    const created = (await documents.create({
      locale: 'en',
      data: { ...localizedData(article, coverId), ...relations(article, refs), cover: coverId },
      ...(publish ? { status: 'published' as const } : {}),
    })) as unknown as Row;
    await backdate(strapi, ARTICLE_UID, created.documentId, 'en', daysAgoToDate(article.daysAgo, now));
    if (publish) result.published += 1;
    else result.drafts += 1;
  };

  for (const article of [...input.published].sort((a, b) => b.daysAgo - a.daysAgo))
    await ensureEnglish(article, true);
  for (const article of input.drafts) await ensureEnglish(article, false);

  for (const translation of input.translations) {
    const source = required(bySlug, translation.source, 'source article');
    const english = await findArticle(strapi, source.slug, 'en');
    if (!english)
      throw new Error(`[seed] "${translation.slug}" translates "${source.slug}", which does not exist`);
    const existing = await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId: english.documentId, locale: 'es' },
      select: ['documentId'],
    });
    if (existing) continue;
    if (await findArticle(strapi, translation.slug, 'es')) {
      strapi.log.warn(`[seed] skipped "${translation.slug}": another Spanish article already uses that slug`);
      continue;
    }
    const coverId = required(refs.images, source.cover, 'image');
    // update() on a missing locale creates that language version of the same document. The cast:
    // without generated typings (types/generated is not committed) update() types its data as an
    // object with no known fields; the document service validates it against the schema at run time.
    await documents.update({
      documentId: english.documentId,
      locale: 'es',
      data: { ...localizedData(translation, coverId), ...relations(source, refs) } as Record<string, unknown>,
      status: 'published',
    });
    const lag = translation.lagDays ?? 1;
    await backdate(
      strapi,
      ARTICLE_UID,
      english.documentId,
      'es',
      daysAgoToDate(Math.max(0, source.daysAgo - lag), now),
    );
    result.translations += 1;
  }
  return result;
}
