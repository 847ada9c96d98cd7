/**
 * Read-only public routes next to the core article routes (article.ts): ranked full-text search and
 * the sitemap slices. Open to anyone without a users-permissions grant (`auth: false`); they only
 * ever read published articles. Documented in the public OpenAPI document (src/documentation).
 */
const open = { auth: false as const };

export default {
  routes: [
    { method: 'GET', path: '/search', handler: 'api::article.article.search', config: open },
    { method: 'GET', path: '/sitemap/months', handler: 'api::article.article.sitemapMonths', config: open },
    {
      method: 'GET',
      path: '/sitemap/articles',
      handler: 'api::article.article.sitemapArticles',
      config: open,
    },
    {
      method: 'GET',
      path: '/sitemap/sections',
      handler: 'api::article.article.sitemapSections',
      config: open,
    },
  ],
};
