import type { Core } from '@strapi/strapi';
import { demoContent, type DemoContent } from '../../seed/content';
import { readEnv } from '../env';
import { ensureArticles } from './seed-articles';
import { describeEditorial, ensureEditorialDemo, type EditorialSeedResult } from './seed-editorial';
import { ensureSeedImages } from './seed-media';
import { ensureTaxonomy } from './seed-taxonomy';

export interface SeedOptions {
  /**
   * Run even when articles already exist or SEED_DEMO_CONTENT is false (the explicit
   * `pnpm --filter cms seed`). Existing entries are still skipped, never duplicated.
   */
  force?: boolean;
  /** The day the demo dates count back from (tests pin it). */
  now?: Date;
  content?: DemoContent;
}

export interface SeedSummary {
  images: number;
  categories: number;
  categoryTranslations: number;
  authors: number;
  tags: number;
  tagTranslations: number;
  articles: number;
  translations: number;
  drafts: number;
  editorial: EditorialSeedResult;
  seconds: number;
}

/** Write the demo newsroom; every entity is found by its key first, so this is safe to repeat. */
export async function runDemoSeed(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const content = options.content ?? demoContent;
  const images = await ensureSeedImages(strapi, content.images);
  const taxonomy = await ensureTaxonomy(strapi, {
    categories: content.categories,
    authors: content.authors,
    tags: content.tags,
    images: images.ids,
  });
  const articles = await ensureArticles(strapi, {
    published: content.publishedArticles,
    drafts: content.draftArticles,
    translations: content.spanishTranslations,
    refs: { taxonomy, images: images.ids },
    now: options.now ?? new Date(),
  });
  const editorial = await ensureEditorialDemo(strapi, undefined, options.now ?? new Date());
  return {
    images: images.created,
    ...taxonomy.created,
    articles: articles.published,
    translations: articles.translations,
    drafts: articles.drafts,
    editorial,
    seconds: (Date.now() - started) / 1000,
  };
}

export const describeSummary = (s: SeedSummary) =>
  s.images +
    s.categories +
    s.categoryTranslations +
    s.authors +
    s.tags +
    s.tagTranslations +
    s.articles +
    s.translations +
    s.drafts +
    s.editorial.reviewers +
    s.editorial.reviews +
    s.editorial.updates +
    s.editorial.banners ===
  0
    ? `[seed] demo content already present; nothing created (${s.seconds.toFixed(1)} s)`
    : `[seed] created ${s.articles} published articles (+${s.translations} es), ${s.drafts} drafts, ` +
      `${s.categories} categories (+${s.categoryTranslations} es), ${s.authors} authors, ${s.tags} tags (+${s.tagTranslations} es), ` +
      `${s.images} images in ${s.seconds.toFixed(1)} s` +
      (describeEditorial(s.editorial) ? `; ${describeEditorial(s.editorial)}` : '');

/**
 * Called at the end of bootstrap. On a first start (no article yet) with SEED_DEMO_CONTENT on,
 * it loads the demo newsroom and logs one line saying what it created. A failure is logged, not
 * thrown: the CMS still starts, and `pnpm --filter cms seed` completes the content later.
 */
export async function seedDemoContent(
  strapi: Core.Strapi,
  options: SeedOptions = {},
): Promise<SeedSummary | null> {
  if (!options.force) {
    if (!readEnv().SEED_DEMO_CONTENT) return null;
    // Whether any article exists, not how many: one indexed row, not a count over the whole table.
    if (await strapi.db.query('api::article.article').findOne({ select: ['id'] })) {
      // An install seeded before the review fields and the help banner existed gains them.
      await completeEditorialDemo(strapi);
      return null;
    }
  }
  try {
    const summary = await runDemoSeed(strapi, options);
    strapi.log.info(describeSummary(summary));
    return summary;
  } catch (error) {
    if (options.force) throw error;
    strapi.log.error(
      `[seed] demo content could not be loaded: ${(error as Error).message}. Run \`pnpm --filter cms seed\` to retry.`,
    );
    return null;
  }
}

async function completeEditorialDemo(strapi: Core.Strapi): Promise<void> {
  try {
    const added = describeEditorial(await ensureEditorialDemo(strapi));
    if (added) strapi.log.info(`[seed] demo content completed: ${added}`);
  } catch (error) {
    strapi.log.error(`[seed] demo reviews and help banners could not be added: ${(error as Error).message}`);
  }
}
