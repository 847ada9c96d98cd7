// The whole demo newsroom as data: what the seeder writes and what its tests check.
import { draftArticles, publishedArticles, spanishTranslations } from './data/articles';
import { authors } from './data/authors';
import { categories } from './data/categories';
import { seedImages } from './data/images';
import { tags } from './data/tags';

export const demoContent = {
  images: seedImages,
  categories,
  authors,
  tags,
  publishedArticles,
  draftArticles,
  spanishTranslations,
};

export type DemoContent = typeof demoContent;
