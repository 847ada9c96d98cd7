// The one place that decides which attributes and relations each call asks Strapi for.
// Explicit allow-lists keep responses small and keep private or future fields off the wire;
// `populate=*` is never used.

const IMAGE_FIELDS = ['url', 'alternativeText', 'width', 'height'];
const LINK_FIELDS = ['name', 'slug'];

/** What an article card needs (listings, search, related, feeds, sitemap). */
export const articleSummarySelection = {
  fields: [
    'title',
    'slug',
    'excerpt',
    'locale',
    'firstPublishedAt',
    'publishedAt',
    'updatedAt',
    'readingTimeMinutes',
  ],
  populate: {
    cover: { fields: IMAGE_FIELDS },
    category: { fields: LINK_FIELDS },
    author: { fields: LINK_FIELDS },
  },
};

/**
 * What the article page needs: the card, plus body, tags, reviewer, SEO overrides and the other
 * locales' slugs.
 */
export const articleSelection = {
  fields: [
    ...articleSummarySelection.fields,
    'body',
    // Page only (listings show none of it): the medical review and the last material update.
    'lastReviewedAt',
    'nextReviewDue',
    'materiallyUpdatedAt',
  ],
  populate: {
    ...articleSummarySelection.populate,
    // Relations are per locale: an article's tags are the versions in the article's own locale.
    tags: { fields: [...LINK_FIELDS, 'locale'] },
    reviewedBy: { fields: [...LINK_FIELDS, 'credentials'] },
    seo: {
      fields: ['metaTitle', 'metaDescription'],
      populate: { shareImage: { fields: IMAGE_FIELDS } },
    },
    // Added to every localized type by Strapi's i18n; publishedAt lets us drop unpublished translations.
    localizations: { fields: ['slug', 'locale', 'publishedAt'] },
  },
};

export const helpBannerSelection = {
  fields: ['message', 'phoneNumber', 'linkUrl', 'linkText', 'locale'],
};

export const categorySelection = {
  fields: ['name', 'slug', 'description', 'locale'],
};

export const authorSelection = {
  fields: ['name', 'slug', 'bio'],
  populate: { avatar: { fields: IMAGE_FIELDS } },
};

export const tagSelection = {
  fields: ['name', 'slug', 'locale'],
};
