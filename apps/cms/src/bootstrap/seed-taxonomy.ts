import type { Core } from '@strapi/strapi';
import type { SeedAuthor, SeedCategory, SeedTag } from '../../seed/types';

const CATEGORY_UID = 'api::category.category';
const AUTHOR_UID = 'api::author.author';
const TAG_UID = 'api::tag.tag';

interface Row {
  id: number;
  documentId: string;
}

export interface TaxonomyResult {
  /** slug → documentId */
  categories: Map<string, string>;
  authors: Map<string, string>;
  tags: Map<string, string>;
  created: {
    categories: number;
    categoryTranslations: number;
    authors: number;
    tags: number;
    tagTranslations: number;
  };
}

/** Look up a demo-data key; a typo in the data fails loudly instead of creating a half-linked entry. */
export function required<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`[seed] unknown ${what} "${key}" in the demo data`);
  return value;
}

/**
 * Categories are localized: the English version is created first, then the Spanish version is
 * added to the same document (same documentId, same slug). Found again by slug, so re-runs and
 * editors' later changes are left alone.
 */
async function ensureCategories(strapi: Core.Strapi, categories: SeedCategory[]) {
  const ids = new Map<string, string>();
  let created = 0;
  let translated = 0;
  for (const category of categories) {
    let en = (await strapi.db
      .query(CATEGORY_UID)
      .findOne({ where: { slug: category.slug, locale: 'en' } })) as Row | null;
    if (!en) {
      en = (await strapi.documents(CATEGORY_UID).create({
        locale: 'en',
        data: { name: category.name.en, slug: category.slug, description: category.description.en },
      })) as unknown as Row;
      created += 1;
    }
    const es = await strapi.db
      .query(CATEGORY_UID)
      .findOne({ where: { documentId: en.documentId, locale: 'es' } });
    if (!es) {
      // Adds the Spanish version to the same document (see seed-articles.ts for the cast).
      await strapi.documents(CATEGORY_UID).update({
        documentId: en.documentId,
        locale: 'es',
        data: { name: category.name.es, slug: category.slug, description: category.description.es } as Record<
          string,
          unknown
        >,
      });
      translated += 1;
    }
    ids.set(category.slug, en.documentId);
  }
  return { ids, created, translated };
}

async function ensureAuthors(strapi: Core.Strapi, authors: SeedAuthor[], images: Map<string, number>) {
  const ids = new Map<string, string>();
  let created = 0;
  for (const author of authors) {
    let row = (await strapi.db.query(AUTHOR_UID).findOne({ where: { slug: author.slug } })) as Row | null;
    if (!row) {
      row = (await strapi.documents(AUTHOR_UID).create({
        data: {
          name: author.name,
          slug: author.slug,
          bio: author.bio,
          avatar: required(images, author.avatar, 'image'),
        },
      })) as unknown as Row;
      created += 1;
    }
    ids.set(author.slug, row.documentId);
  }
  return { ids, created };
}

/**
 * Tags are localized like categories: English first, then the Spanish version on the same document.
 * An install seeded before tags were translated has Spanish versions that are copies of the English
 * name (made by the start-up step in database/localize-tags.ts): those get the Spanish demo name;
 * a Spanish name an editor changed is left alone.
 */
async function ensureTags(strapi: Core.Strapi, tags: SeedTag[]) {
  const ids = new Map<string, string>();
  let created = 0;
  let translated = 0;
  for (const tag of tags) {
    let en = (await strapi.db.query(TAG_UID).findOne({ where: { slug: tag.slug, locale: 'en' } })) as
      (Row & { name: string }) | null;
    if (!en) {
      en = (await strapi.documents(TAG_UID).create({
        locale: 'en',
        data: { name: tag.name.en, slug: tag.slug },
      })) as unknown as Row & { name: string };
      created += 1;
    }
    const es = (await strapi.db
      .query(TAG_UID)
      .findOne({ where: { documentId: en.documentId, locale: 'es' } })) as (Row & { name: string }) | null;
    if (!es || (es.name === en.name && es.name !== tag.name.es)) {
      await strapi.documents(TAG_UID).update({
        documentId: en.documentId,
        locale: 'es',
        data: { name: tag.name.es, slug: tag.slug } as Record<string, unknown>,
      });
      translated += 1;
    }
    ids.set(tag.slug, en.documentId);
  }
  return { ids, created, translated };
}

export async function ensureTaxonomy(
  strapi: Core.Strapi,
  input: { categories: SeedCategory[]; authors: SeedAuthor[]; tags: SeedTag[]; images: Map<string, number> },
): Promise<TaxonomyResult> {
  const categories = await ensureCategories(strapi, input.categories);
  const authors = await ensureAuthors(strapi, input.authors, input.images);
  const tags = await ensureTags(strapi, input.tags);
  return {
    categories: categories.ids,
    authors: authors.ids,
    tags: tags.ids,
    created: {
      categories: categories.created,
      categoryTranslations: categories.translated,
      authors: authors.created,
      tags: tags.created,
      tagTranslations: tags.translated,
    },
  };
}
