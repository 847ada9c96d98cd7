/**
 * Strapi 5 stamps `publishedAt` anew on every publish, so re-publishing a corrected article would
 * make it look new. This opt-in adds `firstPublishedAt` to every draft-and-publish type: set on the
 * first publish, kept across later publishes (and unpublish/publish), readable and sortable through
 * the REST API. The site shows and sorts by it (packages/cms-client).
 */
export default {
  future: {
    experimental_firstPublishedAt: true,
  },
};
