// Shapes of the demo content. Entities refer to each other by stable keys (slugs and image
// file names) so the seeder can find-or-create them and never needs database ids in the data.
import type { Block } from './blocks';

export type LocaleCode = 'en' | 'es';

export interface SeedImage {
  /** File under seed/images/, also the media library name used to find it again. */
  file: string;
  /** What the picture shows, for people who cannot see it. */
  alternativeText: string;
  caption?: string;
}

export interface SeedCategory {
  slug: string;
  name: Record<LocaleCode, string>;
  description: Record<LocaleCode, string>;
}

export interface SeedAuthor {
  slug: string;
  name: string;
  bio: string;
  avatar: string; // SeedImage.file
}

export interface SeedTag {
  slug: string;
  name: Record<LocaleCode, string>;
}

export interface SeedSeo {
  metaTitle: string;
  metaDescription: string;
  /** Use the article's cover as the share image. */
  shareCover?: boolean;
}

/** Fields that are written once per locale. */
export interface SeedLocalizedText {
  title: string;
  slug: string;
  excerpt: string;
  body: Block[];
  seo?: SeedSeo;
}

export interface SeedArticle extends SeedLocalizedText {
  /** Publication date relative to the day the seed runs, so the demo always looks current. */
  daysAgo: number;
  category: string; // SeedCategory.slug
  author: string; // SeedAuthor.slug
  tags: string[]; // SeedTag.slug, 1–3
  cover: string; // SeedImage.file
}

export interface SeedTranslation extends SeedLocalizedText {
  /** Slug of the English article this translates (they share one document). */
  source: string;
  /** Days after the English version that the translation went out (default 1). */
  lagDays?: number;
}
