import type { Core } from '@strapi/strapi';
import {
  helpBanners,
  materialUpdate,
  reviewers,
  reviews,
  type SeedHelpBanner,
  type SeedReview,
  type SeedReviewer,
} from '../../seed/data/editorial';
import type { LocaleCode } from '../../seed/types';

const ARTICLE_UID = 'api::article.article';
const AUTHOR_UID = 'api::author.author';
const BANNER_UID = 'api::help-banner.help-banner';
const DAY = 86_400_000;

export interface EditorialDemoInput {
  reviewers: SeedReviewer[];
  reviews: SeedReview[];
  materialUpdate: { article: string; daysAgo: number } | null;
  helpBanners: Partial<Record<LocaleCode, SeedHelpBanner>>;
}

export const editorialDemo: EditorialDemoInput = { reviewers, reviews, materialUpdate, helpBanners };

export interface EditorialSeedResult {
  reviewers: number;
  reviews: number;
  updates: number;
  banners: number;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The demo's trust signals: reviewers with credentials, reviews on the demo articles (one overdue), one
 * material update, and the help-now banner in each language. Runs on every start with demo content on,
 * so an install seeded before these fields existed gains them too. Idempotent and respectful of editors:
 * it fills only what is empty (an article someone already reviewed, a banner someone already wrote or
 * emptied, an update date already set are left alone) and skips demo articles that were deleted.
 * Review fields are written to every row of the article (draft and published, every language) directly,
 * so nothing is re-published and no pending draft change goes live.
 */
export async function ensureEditorialDemo(
  strapi: Core.Strapi,
  input: EditorialDemoInput = editorialDemo,
  now: Date = new Date(),
): Promise<EditorialSeedResult> {
  const result: EditorialSeedResult = { reviewers: 0, reviews: 0, updates: 0, banners: 0 };

  const reviewerIds = new Map<string, number>();
  for (const reviewer of input.reviewers) {
    let row = (await strapi.db.query(AUTHOR_UID).findOne({ where: { slug: reviewer.slug } })) as {
      id: number;
      credentials?: string | null;
    } | null;
    if (!row) {
      const created = await strapi.documents(AUTHOR_UID).create({
        data: {
          name: reviewer.name,
          slug: reviewer.slug,
          bio: reviewer.bio,
          credentials: reviewer.credentials,
        },
      });
      row = (await strapi.db.query(AUTHOR_UID).findOne({ where: { documentId: created.documentId } })) as {
        id: number;
      };
      result.reviewers += 1;
    }
    reviewerIds.set(reviewer.slug, row.id);
  }

  for (const review of input.reviews) {
    const rows = await articleRows(strapi, review.article);
    if (rows.length === 0 || rows.some((row) => row.reviewedBy || row.lastReviewedAt)) continue;
    const reviewer = reviewerIds.get(review.reviewer);
    if (reviewer === undefined)
      throw new Error(`[seed] review of "${review.article}" names unknown reviewer "${review.reviewer}"`);
    for (const row of rows) {
      await strapi.db.query(ARTICLE_UID).update({
        where: { id: row.id },
        data: {
          reviewedBy: reviewer,
          lastReviewedAt: isoDay(now.getTime() - review.reviewedDaysAgo * DAY),
          nextReviewDue: isoDay(now.getTime() + review.nextDueInDays * DAY),
        },
      });
    }
    result.reviews += 1;
  }

  if (input.materialUpdate) {
    const rows = await articleRows(strapi, input.materialUpdate.article);
    const english = rows.filter((row) => row.locale === 'en');
    if (english.length > 0 && english.every((row) => !row.materiallyUpdatedAt)) {
      const stamp = new Date(now.getTime() - input.materialUpdate.daysAgo * DAY).toISOString();
      for (const row of english) {
        await strapi.db
          .query(ARTICLE_UID)
          .update({ where: { id: row.id }, data: { materiallyUpdatedAt: stamp } });
      }
      result.updates += 1;
    }
  }

  const banners = strapi.documents(BANNER_UID);
  for (const [locale, banner] of Object.entries(input.helpBanners) as Array<[LocaleCode, SeedHelpBanner]>) {
    if ((await strapi.db.query(BANNER_UID).count({ where: { locale } })) > 0) continue;
    const existing = await strapi.db.query(BANNER_UID).findOne({ select: ['documentId'] });
    const data = { ...banner } as Record<string, unknown>;
    if (existing) {
      await banners.update({ documentId: existing.documentId, locale, data, status: 'published' });
    } else {
      await banners.create({ locale, data, status: 'published' });
    }
    result.banners += 1;
  }
  return result;
}

interface ArticleRow {
  id: number;
  locale: string;
  reviewedBy?: unknown;
  lastReviewedAt?: string | null;
  materiallyUpdatedAt?: string | null;
}

/** Every row (draft and published, every language) of the document whose English slug is given. */
async function articleRows(strapi: Core.Strapi, englishSlug: string): Promise<ArticleRow[]> {
  const english = (await strapi.db
    .query(ARTICLE_UID)
    .findOne({ where: { slug: englishSlug, locale: 'en' }, select: ['documentId'] })) as {
    documentId: string;
  } | null;
  if (!english) return [];
  return (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId: english.documentId },
    select: ['id', 'locale', 'lastReviewedAt', 'materiallyUpdatedAt'],
    populate: { reviewedBy: { select: ['id'] } },
  })) as ArticleRow[];
}

/** "2 reviewers, 7 reviews, …" for the log; empty when nothing was added. */
export function describeEditorial(result: EditorialSeedResult): string {
  const parts = [
    result.reviewers && `${result.reviewers} reviewers`,
    result.reviews && `${result.reviews} article reviews`,
    result.updates && `${result.updates} material update`,
    result.banners && `${result.banners} help banners`,
  ].filter(Boolean);
  return parts.join(', ');
}
