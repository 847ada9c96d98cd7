import { z } from 'zod';
import { cacheTags, sitemapMonthOf } from './cache-tags';
import { LOCALES } from './domain';
import { CmsPayloadError } from './errors';

// Maps a Strapi webhook payload to every cache tag whose fetches may contain the changed content.
// See cache-tags.ts for the rule. Events are treated alike (create, update, publish, unpublish,
// delete, draft-discard): revalidating after a draft-only change costs one refetch, while missing an
// event would leave a page wrong until its time-based revalidation.

// Relations arrive populated (`{ documentId, slug, … }`), empty (null or []), or, on unpublish, as
// `{ count: n }` placeholders. Only slugs are used; any object or array of objects is accepted.
const relationSchema = z.looseObject({
  documentId: z.string().min(1).optional(),
  slug: z.string().min(1).nullable().optional(),
});
const relationsSchema = z
  .union([z.array(relationSchema), relationSchema])
  .nullable()
  .optional();

const entrySchema = z.looseObject({
  documentId: z.string().min(1),
  slug: z.string().min(1).nullable().optional(),
  locale: z.string().min(1).nullable().optional(),
  firstPublishedAt: z.string().nullable().optional(),
  category: relationsSchema,
  author: relationsSchema,
  tags: relationsSchema,
});

// Names as Strapi spells them. Values such as `__proto__`, `constructor` or `toString` are not names
// of anything and are refused (they used to reach a plain-object lookup).
const eventName = z.string().regex(/^[a-z][a-z-]*\.[a-zA-Z][a-zA-Z-]*$/, 'not a Strapi event name');
const entryEventSchema = z.looseObject({
  event: eventName.startsWith('entry.'),
  model: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a model name'),
  uid: z.string().regex(/^(?:api|plugin|admin)::[a-z0-9-]+\.[a-z0-9-]+$/, 'not a content-type uid'),
  entry: entrySchema,
});

const mediaEventSchema = z.looseObject({
  event: z.string().startsWith('media.'),
  media: z.looseObject({}),
});

const envelopeSchema = z.looseObject({ event: eventName });

type Entry = z.infer<typeof entrySchema>;

function parse<T extends z.ZodType>(schema: T, payload: unknown): z.infer<T> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  throw new CmsPayloadError(
    path,
    `Malformed webhook payload at ${path || '(root)'}: ${issue?.message ?? 'invalid'}`,
  );
}

/** Slugs of a relation, or null when the payload does not say (absent, or a `{ count }` placeholder). */
function slugsOf(relations: z.infer<typeof relationsSchema>): string[] | null {
  if (relations === undefined) return null;
  const list = Array.isArray(relations) ? relations : relations ? [relations] : [];
  if (list.some((relation) => !relation.documentId)) return null;
  return list.flatMap((relation) => (relation.slug ? [relation.slug] : []));
}

/**
 * Only what shows this article (cache-tags.ts): its pages in every locale, the listings of its
 * locale, its sections, its month's sitemap file and the sitemap index. Not `articles`.
 */
function articleTags(entry: Entry): string[] {
  const locales = entry.locale ? [entry.locale] : [...LOCALES];
  const tags: string[] = [
    ...locales.map((locale) => cacheTags.articlesIn(locale)),
    cacheTags.article(entry.documentId),
  ];
  if (entry.slug && entry.locale) tags.push(cacheTags.articleSlug(entry.locale, entry.slug));
  const sections: Array<[z.infer<typeof relationsSchema>, (slug: string) => string]> = [
    [entry.category, cacheTags.category],
    [entry.author, cacheTags.author],
    [entry.tags, cacheTags.tag],
  ];
  let unknownSections = false;
  for (const [relations, tag] of sections) {
    const slugs = slugsOf(relations);
    if (slugs === null) unknownSections = true;
    else tags.push(...slugs.map(tag));
  }
  // Unpublish and delete do not name the sections the article leaves: refresh every section listing
  // of the locale (a few dozen pages) rather than leave it listed there.
  if (unknownSections) tags.push(...locales.map((locale) => cacheTags.sectionsIn(locale)));
  tags.push(cacheTags.sitemap);
  const month = sitemapMonthOf(entry.firstPublishedAt);
  if (month) tags.push(cacheTags.sitemapMonth(month));
  return tags;
}

/** Category, author and tag names are embedded in article data, hence `articles` as well. */
function taxonomyTags(listTag: string, one: (key: string) => string, entry: Entry): string[] {
  return [
    listTag,
    one(entry.documentId),
    ...(entry.slug ? [one(entry.slug)] : []),
    cacheTags.articles,
    cacheTags.sitemap,
  ];
}

// A Map, not an object literal: a lookup by a value from the request never reaches Object.prototype.
const TAGS_BY_UID = new Map<string, (entry: Entry) => string[]>([
  ['api::article.article', articleTags],
  ['api::category.category', (entry) => taxonomyTags(cacheTags.categories, cacheTags.category, entry)],
  ['api::author.author', (entry) => taxonomyTags(cacheTags.authors, cacheTags.author, entry)],
  ['api::tag.tag', (entry) => taxonomyTags(cacheTags.tags, cacheTags.tag, entry)],
  // The help-now banner is on every page, which all carry its tag.
  ['api::help-banner.help-banner', () => [cacheTags.helpBanner]],
  // Redirects are read as one table; no page embeds them.
  ['api::redirect.redirect', () => [cacheTags.redirects]],
]);

/**
 * Tags to revalidate for a Strapi webhook payload. Throws CmsPayloadError when the payload is not a
 * Strapi event of a known shape. Returns [] for well-formed events about content the site does not
 * show (users, other plugins).
 */
export function tagsForWebhook(payload: unknown): string[] {
  const { event } = parse(envelopeSchema, payload);
  let tags: string[] = [];
  if (event.startsWith('entry.')) {
    const { uid, entry } = parse(entryEventSchema, payload);
    tags = TAGS_BY_UID.get(uid)?.(entry) ?? [];
  } else if (event.startsWith('media.')) {
    parse(mediaEventSchema, payload);
    // A replaced image or edited alt text shows on article cards, article pages and author pages.
    tags = [cacheTags.articles, cacheTags.authors];
  }
  return [...new Set(tags)];
}
