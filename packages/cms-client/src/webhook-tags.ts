import { z } from 'zod';
import { cacheTags } from './cache-tags';
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
  category: relationsSchema,
  author: relationsSchema,
  tags: relationsSchema,
});

const entryEventSchema = z.looseObject({
  event: z.string().startsWith('entry.'),
  model: z.string().min(1),
  uid: z.string().min(1),
  entry: entrySchema,
});

const mediaEventSchema = z.looseObject({
  event: z.string().startsWith('media.'),
  media: z.looseObject({}),
});

const envelopeSchema = z.looseObject({ event: z.string().min(1) });

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

function slugsOf(relations: z.infer<typeof relationsSchema>): string[] {
  const list = Array.isArray(relations) ? relations : relations ? [relations] : [];
  return list.flatMap((relation) => (relation.slug ? [relation.slug] : []));
}

function articleTags(entry: Entry): string[] {
  const tags: string[] = [
    cacheTags.articles,
    // Every locale: cover, category, author and tags are shared by all translations, and each
    // translation's page lists the others. Strapi's payload names only the changed locale's slug;
    // the other translations' pages carry `articles`, so they refresh too.
    ...LOCALES.map((locale) => cacheTags.articlesIn(locale)),
    cacheTags.article(entry.documentId),
  ];
  if (entry.slug && entry.locale) tags.push(cacheTags.articleSlug(entry.locale, entry.slug));
  for (const slug of slugsOf(entry.category)) tags.push(cacheTags.category(slug));
  for (const slug of slugsOf(entry.author)) tags.push(cacheTags.author(slug));
  for (const slug of slugsOf(entry.tags)) tags.push(cacheTags.tag(slug));
  return tags;
}

/** Category, author and tag names are embedded in article data, hence `articles` as well. */
function taxonomyTags(listTag: string, one: (key: string) => string, entry: Entry): string[] {
  return [listTag, one(entry.documentId), ...(entry.slug ? [one(entry.slug)] : []), cacheTags.articles];
}

const TAGS_BY_UID: Record<string, (entry: Entry) => string[]> = {
  'api::article.article': articleTags,
  'api::category.category': (entry) => taxonomyTags(cacheTags.categories, cacheTags.category, entry),
  'api::author.author': (entry) => taxonomyTags(cacheTags.authors, cacheTags.author, entry),
  'api::tag.tag': (entry) => taxonomyTags(cacheTags.tags, cacheTags.tag, entry),
  // Redirects are read as one table; no page embeds them.
  'api::redirect.redirect': () => [cacheTags.redirects],
};

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
    tags = TAGS_BY_UID[uid]?.(entry) ?? [];
  } else if (event.startsWith('media.')) {
    parse(mediaEventSchema, payload);
    // A replaced image or edited alt text shows on article cards, article pages and author pages.
    tags = [cacheTags.articles, cacheTags.authors];
  }
  return [...new Set(tags)];
}
