import { z } from 'zod';
import { blocksSchema } from './blocks';
import { LOCALES } from './domain';

// Zod schemas of the Strapi 5 REST answers this client asks for (the flattened v5 format: attributes
// sit next to id/documentId, populated relations are objects or arrays, empty ones are null or []).
// They mirror the allow-lists in populate.ts; a field missing here fails loudly with its path.

const mediaSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullable().optional(),
  // Strapi leaves these null when it cannot read an image's size (some SVGs).
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
});
export type MediaData = z.infer<typeof mediaSchema>;

const linkSchema = z.object({
  documentId: z.string().min(1),
  name: z.string(),
  slug: z.string().min(1),
});

const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

/** A tag in one locale (names are translated, the slug is shared). */
export const tagDataSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  name: z.string(),
  slug: z.string().min(1),
});
export type TagData = z.infer<typeof tagDataSchema>;

export const articleSummaryDataSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  title: z.string(),
  slug: z.string().min(1),
  excerpt: z.string().nullable(),
  // The first publication, kept by later re-publishes (the CMS's firstPublishedAt feature).
  // Null for a draft never published; also null on a CMS row written before the feature was on.
  firstPublishedAt: z.string().nullable(),
  // The latest publication: Strapi stamps it anew on every publish. Null for drafts (preview).
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  readingTimeMinutes: z.number().nullable().optional(),
  cover: mediaSchema.nullable().optional(),
  category: linkSchema.nullable().optional(),
  author: linkSchema.nullable().optional(),
});
export type ArticleSummaryData = z.infer<typeof articleSummaryDataSchema>;

const reviewerSchema = linkSchema.extend({ credentials: z.string().nullable().optional() });

export const articleDataSchema = articleSummaryDataSchema.extend({
  // Medical review and material updates (optional: rows written before these fields existed lack them).
  reviewedBy: reviewerSchema.nullable().optional(),
  lastReviewedAt: z.iso.date().nullable().optional(),
  nextReviewDue: z.iso.date().nullable().optional(),
  materiallyUpdatedAt: z.string().nullable().optional(),
  body: blocksSchema.nullable(),
  tags: z.array(tagDataSchema),
  seo: z
    .object({
      metaTitle: z.string().nullable().optional(),
      metaDescription: z.string().nullable().optional(),
      shareImage: mediaSchema.nullable().optional(),
    })
    .nullable()
    .optional(),
  localizations: z.array(
    z.object({
      slug: z.string().min(1),
      // Kept as a string: a locale added in the CMS later must not break pages; the mapper drops it.
      locale: z.string().min(1),
      publishedAt: z.string().nullable().optional(),
    }),
  ),
});
export type ArticleData = z.infer<typeof articleDataSchema>;

export const categoryDataSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  name: z.string(),
  slug: z.string().min(1),
  description: z.string().nullable().optional(),
});
export type CategoryData = z.infer<typeof categoryDataSchema>;

export const authorDataSchema = z.object({
  documentId: z.string().min(1),
  name: z.string(),
  slug: z.string().min(1),
  bio: z.string().nullable().optional(),
  avatar: mediaSchema.nullable().optional(),
});
export type AuthorData = z.infer<typeof authorDataSchema>;

export const helpBannerDataSchema = z.object({
  locale: z.enum(LOCALES),
  message: z.string().nullable().optional(),
  phoneNumber: z.string().nullable().optional(),
  linkUrl: z.string().nullable().optional(),
  linkText: z.string().nullable().optional(),
});
export type HelpBannerData = z.infer<typeof helpBannerDataSchema>;

/** `{ data: T }`, the answer of a single type's `find`. */
export function singleResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

export const redirectDataSchema = z.object({
  documentId: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
});
export type RedirectData = z.infer<typeof redirectDataSchema>;

/** `{ data: T[], meta: { pagination } }`, the answer of every collection `find` we make. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    meta: z.object({ pagination: paginationSchema }),
  });
}

/** Step one of an article page: only the document id of the entry with a slug. */
export const documentIdList = z.object({
  data: z.array(z.object({ documentId: z.string().min(1) })),
});

const isoDate = z.string().nullable();

export const sitemapMonthsSchema = z.object({
  data: z.array(
    z.object({
      // Kept as a string: a locale added in the CMS later must not break the sitemap; the site skips it.
      locale: z.string().min(1),
      month: z.string().regex(/^\d{4}-\d{2}$/),
      count: z.number().int().nonnegative(),
      lastModified: isoDate,
    }),
  ),
});

export const sitemapArticlesSchema = z.object({
  data: z.array(
    z.object({
      documentId: z.string().min(1),
      slug: z.string().min(1),
      updatedAt: isoDate,
      firstPublishedAt: isoDate,
      localizations: z.array(z.object({ locale: z.string().min(1), slug: z.string().min(1) })),
    }),
  ),
});

export const sitemapSectionsSchema = z.object({
  data: z.object({
    sections: z.array(
      z.object({
        kind: z.enum(['category', 'author', 'tag']),
        slug: z.string().min(1),
        locale: z.string().min(1),
        count: z.number().int().nonnegative(),
        lastModified: isoDate,
      }),
    ),
    home: z.array(z.object({ locale: z.string().min(1), lastModified: isoDate })),
  }),
});
