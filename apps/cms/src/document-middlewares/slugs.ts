import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Slugs write themselves, and a taken slug is refused on every save.
 *
 * The admin fills an empty slug with a placeholder made from the type's name ("article",
 * "article-1", "tag" …) and only follows the title when the editor clicks "regenerate"; REST clients
 * may leave it out. Strapi checks uniqueness only at publish (drafts are skipped), so two drafts could
 * share a slug until one failed to publish. This middleware, for every create and update through the
 * document service (admin, REST, scripts):
 * - writes the slug from the title/name when it is missing, empty or still the placeholder (never for
 *   an article that has been published: its address is public);
 * - refuses a slug another document already uses (in the same language where slugs are per language)
 *   with a plain-words message on the slug field.
 */

export interface SluggedType {
  /** The attribute the slug is written from. */
  source: string;
  /** What editors call one entry, for messages. */
  noun: string;
}

export const SLUGGED_TYPES: Partial<Record<UID.ContentType, SluggedType>> = {
  'api::article.article': { source: 'title', noun: 'article' },
  'api::category.category': { source: 'name', noun: 'category' },
  'api::tag.tag': { source: 'name', noun: 'tag' },
  'api::author.author': { source: 'name', noun: 'author' },
};

const MAX_SLUG_LENGTH = 80;
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };

/** Lower-case ASCII words joined by hyphens: "¿Qué es la Recuperación?" → "que-es-la-recuperacion". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/** The admin's stand-in for an empty slug: the type's name, possibly numbered ("article-3"). */
export function isPlaceholderSlug(slug: string, modelName: string): boolean {
  return new RegExp(`^${modelName}(-\\d+)?$`).test(slug);
}

interface Params {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

interface Scope {
  uid: UID.ContentType;
  localizedSlug: boolean;
  locale: string;
  documentId?: string;
}

function duplicateError(type: SluggedType, slug: string, scope: Scope, otherTitle: string | undefined) {
  const language = scope.localizedSlug ? ` in ${LANGUAGE_NAMES[scope.locale] ?? scope.locale}` : '';
  const other = otherTitle ? ` ("${otherTitle}")` : '';
  const message =
    `The web address "${slug}" is already used by another ${type.noun}${language}${other}. ` +
    'Change the slug (or the title) and save again.';
  return new errors.ValidationError(message, {
    errors: [{ path: ['slug'], message, name: 'ValidationError', value: slug }],
  });
}

export function slugsWriteThemselves(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const type = SLUGGED_TYPES[context.uid as UID.ContentType];
    if (!type || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as Params;
    const data = params.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return next();

    const uid = context.uid as UID.ContentType;
    const model = strapi.contentType(uid) as unknown as {
      modelName: string;
      pluginOptions?: { i18n?: { localized?: boolean } };
      attributes: Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }>;
    };
    const localizedType = Boolean(model.pluginOptions?.i18n?.localized);
    const slugAttribute = model.attributes.slug ?? {};
    const scope: Scope = {
      uid,
      localizedSlug: localizedType && slugAttribute.pluginOptions?.i18n?.localized !== false,
      locale: localizedType ? (params.locale ?? (await defaultLocale(strapi))) : '',
      documentId: context.action === 'update' ? params.documentId : undefined,
    };

    const given = typeof data.slug === 'string' ? data.slug.trim() : data.slug;
    const sourceValue = typeof data[type.source] === 'string' ? (data[type.source] as string) : '';
    const fromSource = slugify(sourceValue);

    if (await shouldWrite(strapi, scope, model.modelName, given, fromSource)) {
      data.slug = await firstFreeSlug(strapi, scope, fromSource);
    } else if (typeof given === 'string' && given !== '') {
      data.slug = given;
      const other = await findOtherWithSlug(strapi, scope, given, type.source);
      if (other) throw duplicateError(type, given, scope, other.title);
    }
    return next();
  };
}

async function shouldWrite(
  strapi: Core.Strapi,
  scope: Scope,
  modelName: string,
  given: unknown,
  fromSource: string,
): Promise<boolean> {
  if (fromSource === '') return false;
  const missing = given === undefined || given === null || given === '';
  if (scope.documentId === undefined) {
    // Create: fill what is missing, replace the placeholder unless the title itself gives that slug.
    return (
      missing || (typeof given === 'string' && isPlaceholderSlug(given, modelName) && given !== fromSource)
    );
  }
  // Update: an absent slug means "unchanged"; an empty one or a placeholder is rewritten, unless the
  // document is published with a draft-and-publish type (its address is already public).
  if (given === undefined) return false;
  if (!(
    given === null ||
    given === '' ||
    (isPlaceholderSlug(String(given), modelName) && given !== fromSource)
  ))
    return false;
  const draftAndPublish = Boolean(strapi.contentType(scope.uid).options?.draftAndPublish);
  if (!draftAndPublish) return true;
  const published = await strapi.db.query(scope.uid).count({
    where: {
      documentId: scope.documentId,
      publishedAt: { $notNull: true },
      ...(scope.localizedSlug ? { locale: scope.locale } : {}),
    },
  });
  return published === 0;
}

function scopeWhere(scope: Scope): Record<string, unknown> {
  return {
    ...(scope.localizedSlug ? { locale: scope.locale } : {}),
    ...(scope.documentId ? { documentId: { $ne: scope.documentId } } : {}),
  };
}

async function findOtherWithSlug(
  strapi: Core.Strapi,
  scope: Scope,
  slug: string,
  sourceField: string,
): Promise<{ title?: string } | null> {
  const row = (await strapi.db.query(scope.uid).findOne({
    where: { ...scopeWhere(scope), slug },
    select: ['documentId', sourceField],
  })) as Record<string, unknown> | null;
  if (!row) return null;
  const title = row[sourceField];
  return { title: typeof title === 'string' ? title : undefined };
}

/** `base`, or `base-2`, `base-3` … : the first one no other document uses in the same scope. */
async function firstFreeSlug(strapi: Core.Strapi, scope: Scope, base: string): Promise<string> {
  const rows = (await strapi.db.query(scope.uid).findMany({
    where: { ...scopeWhere(scope), slug: { $startsWith: base } },
    select: ['slug'],
  })) as Array<{ slug: string }>;
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  const locales = strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string> };
  return (await locales.getDefaultLocale()) ?? 'en';
}
