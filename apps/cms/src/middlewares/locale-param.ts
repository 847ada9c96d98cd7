import type { Core } from '@strapi/strapi';

/** How long the list of configured locales is trusted before it is read again (locales rarely change). */
const LOCALES_TTL_MS = 10_000;

/**
 * `locale` on the REST API must name a configured locale (Settings → Internationalization). Strapi
 * itself answers `?locale=fr` with 200 and an empty list, which hides a typo or an unsupported language
 * from a frontend developer; here it is a 400 naming the locales that exist. Applies to every /api/
 * route, localized type or not. `*` (every locale) stays allowed.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let cached: { codes: string[]; at: number } | null = null;

  async function configuredLocales(): Promise<string[]> {
    if (cached && Date.now() - cached.at < LOCALES_TTL_MS) return cached.codes;
    const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>;
    cached = { codes: locales.map((locale) => locale.code), at: Date.now() };
    return cached.codes;
  }

  return async (
    ctx: { path: string; query: Record<string, unknown>; status: number; body: unknown },
    next: () => Promise<void>,
  ) => {
    if (ctx.path.startsWith('/api/') && ctx.query.locale !== undefined) {
      const { locale } = ctx.query;
      const codes = await configuredLocales();
      if (typeof locale !== 'string' || (locale !== '*' && !codes.includes(locale))) {
        ctx.status = 400;
        ctx.body = {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: `Invalid locale: expected one of ${codes.join(', ')} (or * for every locale)`,
            details: { locales: codes },
          },
        };
        return;
      }
    }
    await next();
  };
};
