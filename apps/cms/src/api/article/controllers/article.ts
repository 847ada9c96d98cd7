import { factories } from '@strapi/strapi';
import { z } from 'zod';
import { SITE_LOCALES } from '../../../bootstrap/locales';
import type { KnexLike } from '../../../database/sql';
import { searchParamsSchema, toTerms } from '../../../search/search-terms';
import { searchPublishedArticles } from '../../../search/search-query';
import { MONTH, sitemapArticles, sitemapMonths, sitemapSections } from '../../../sitemap/sitemap-queries';

const ARTICLE = 'api::article.article';
const LOCALE_CODES = SITE_LOCALES.map((locale) => locale.code) as [string, ...string[]];
const DEFAULT_PAGE_SIZE = 25;

/** The parts of Strapi's Koa context these handlers use. */
interface Ctx {
  query: Record<string, unknown>;
  state: { auth?: unknown };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

/** Strapi's error body for a 400, as its own validation answers. */
function badRequest(ctx: Ctx, message: string) {
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details: {} } };
}

/** First problem of a zod error, as "field: message". */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid query';
  const where = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys')
    return `unknown query parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return where ? `${where}: ${issue.message}` : issue.message;
}

const localeParam = z.enum(LOCALE_CODES, { error: `locale must be one of ${LOCALE_CODES.join(', ')}` });
const sitemapArticlesSchema = z
  .object({
    locale: localeParam,
    month: z.string().regex(MONTH, 'month must be YYYY-MM'),
    page: z
      .string()
      .regex(/^[1-9]\d{0,3}$/, 'page must be an integer from 1 to 9999')
      .transform(Number)
      .optional(),
  })
  .strict();
const noParams = z.object({}).strict();

/** Read-only and identical for every reader: shared caches may keep these a minute. */
const PUBLIC_CACHE = 'public, max-age=60';

interface ContentApi {
  validate: { query(query: unknown, schema: unknown, options: { auth?: unknown }): Promise<void> };
  sanitize: {
    query(query: unknown, schema: unknown, options: { auth?: unknown }): Promise<Record<string, unknown>>;
    output(data: unknown, schema: unknown, options: { auth?: unknown }): Promise<unknown>;
  };
}

export default factories.createCoreController(ARTICLE, ({ strapi }) => {
  const knex = () => strapi.db.connection as unknown as KnexLike;
  const contentApi = () => (strapi as unknown as { contentAPI: ContentApi }).contentAPI;

  const handlers = {
    /**
     * GET /api/search?q=…&locale=…&pagination[page]=…&pagination[pageSize]=…&fields…&populate…
     * Published articles ranked by relevance (src/search/search-query.ts), in the same response shape
     * as GET /api/articles; `fields` and `populate` work (and are validated) as they do there.
     */
    async search(ctx: Ctx) {
      const { q, pagination, locale, ...strapiParams } = ctx.query;
      // Results are ranked, not sorted or filtered: only the selection of fields is the caller's.
      const unknown = Object.keys(strapiParams).filter((key) => key !== 'fields' && key !== 'populate');
      if (unknown.length > 0) return badRequest(ctx, `unknown query parameter "${unknown[0]}"`);
      const parsed = searchParamsSchema.safeParse({ q, pagination });
      if (!parsed.success) return badRequest(ctx, describe(parsed.error));
      const localeParsed = localeParam.optional().safeParse(locale);
      if (!localeParsed.success) return badRequest(ctx, describe(localeParsed.error));
      const chosenLocale = localeParsed.data ?? LOCALE_CODES[0];

      // Strapi's own validation and sanitizing for what is left (fields, populate; strict keys).
      const schema = strapi.getModel(ARTICLE);
      const auth = { auth: ctx.state.auth };
      await contentApi().validate.query(strapiParams, schema, auth);
      const sanitized = await contentApi().sanitize.query(strapiParams, schema, auth);

      const page = parsed.data.pagination?.page ?? 1;
      const pageSize = parsed.data.pagination?.pageSize ?? DEFAULT_PAGE_SIZE;
      const { documentIds, total } = await searchPublishedArticles(knex(), {
        locale: chosenLocale,
        terms: toTerms(parsed.data.q),
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      const found =
        documentIds.length === 0
          ? []
          : ((await strapi.documents(ARTICLE).findMany({
              ...sanitized,
              filters: { documentId: { $in: documentIds } },
              locale: chosenLocale,
              status: 'published',
              limit: documentIds.length,
            } as never)) as Array<{ documentId: string }>);
      const byId = new Map(found.map((entry) => [entry.documentId, entry]));
      const ordered = documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      ctx.body = {
        data: await contentApi().sanitize.output(ordered, schema, auth),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
      };
    },

    /** GET /api/sitemap/months — published article counts per locale and month of first publication. */
    async sitemapMonths(ctx: Ctx) {
      const parsed = noParams.safeParse(ctx.query);
      if (!parsed.success) return badRequest(ctx, describe(parsed.error));
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.body = { data: await sitemapMonths(knex()) };
    },

    /** GET /api/sitemap/articles?locale=…&month=YYYY-MM&page=n — slugs and dates, 5,000 a page. */
    async sitemapArticles(ctx: Ctx) {
      const parsed = sitemapArticlesSchema.safeParse(ctx.query);
      if (!parsed.success) return badRequest(ctx, describe(parsed.error));
      const { locale, month, page = 1 } = parsed.data;
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.body = { data: await sitemapArticles(knex(), { locale, month, page }) };
    },

    /** GET /api/sitemap/sections — category, author and tag pages with published articles, per locale. */
    async sitemapSections(ctx: Ctx) {
      const parsed = noParams.safeParse(ctx.query);
      if (!parsed.success) return badRequest(ctx, describe(parsed.error));
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.body = { data: await sitemapSections(knex()) };
    },
  };
  return handlers as unknown as Record<keyof typeof handlers, (ctx: unknown) => Promise<void>>;
});
