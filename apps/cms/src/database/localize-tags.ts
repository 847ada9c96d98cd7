import type { Core } from '@strapi/strapi';
import { quote, rowsOf, type KnexLike } from './sql';

const TAG_UID = 'api::tag.tag';
const ARTICLE_UID = 'api::article.article';

interface TagRow {
  id: number;
  documentId: string;
  locale: string | null;
  name: string;
  slug: string;
}

interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface LocaleService {
  find(): Promise<Array<{ code: string }>>;
  getDefaultLocale(): Promise<string | null | undefined>;
}

export interface LocalizeTagsResult {
  /** Locale versions created (a copy of the default-locale name, to be translated by editors). */
  created: number;
  /** Article → tag links moved from another locale's tag row to the article's own locale. */
  relinked: number;
}

/**
 * Tags became localized (name translated, slug shared). Installs made before that have one tag row
 * per tag and Spanish articles linked to it. This step, safe to run on every start:
 * 1. gives rows without a locale the default locale (Strapi does this itself when it notices the
 *    switch; repeated here so a half-finished earlier start cannot leave NULL rows behind);
 * 2. adds every configured locale that a tag document lacks, as a copy of its default-locale
 *    version (same documentId and slug, so URLs stay the same);
 * 3. points each article row's tag links at the tag version of the article's own locale, with two
 *    set-based statements per locale (no article rows are read into memory).
 * Only the tag table (a few hundred rows at most) is read.
 */
export async function localizeTags(strapi: Core.Strapi): Promise<LocalizeTagsResult> {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  const defaultLocale = (await locales.getDefaultLocale()) ?? 'en';
  const codes = (await locales.find()).map((locale) => locale.code);

  await strapi.db.query(TAG_UID).updateMany({ where: { locale: null }, data: { locale: defaultLocale } });

  const rows = (await strapi.db.query(TAG_UID).findMany({
    select: ['id', 'documentId', 'locale', 'name', 'slug'],
    orderBy: { id: 'asc' },
  })) as TagRow[];
  const byDocument = new Map<string, TagRow[]>();
  for (const row of rows) {
    const list = byDocument.get(row.documentId) ?? [];
    list.push(row);
    byDocument.set(row.documentId, list);
  }

  let created = 0;
  for (const [documentId, versions] of byDocument) {
    const source = versions.find((row) => row.locale === defaultLocale) ?? versions[0];
    if (!source) continue;
    for (const code of codes) {
      if (versions.some((row) => row.locale === code)) continue;
      // Adds the locale to the same document, as the seed does for categories.
      await strapi.documents(TAG_UID).update({
        documentId,
        locale: code,
        data: { name: source.name, slug: source.slug } as Record<string, unknown>,
      });
      created += 1;
    }
  }

  const relinked = await relinkArticleTags(strapi, codes);
  if (created > 0 || relinked > 0) {
    strapi.log.info(`[tags] localized: ${created} tag translations added, ${relinked} article links moved`);
  }
  return { created, relinked };
}

async function relinkArticleTags(strapi: Core.Strapi, codes: string[]): Promise<number> {
  const knex = strapi.db.connection as unknown as KnexLike;
  const joinTable = (
    strapi.db.metadata.get(ARTICLE_UID).attributes.tags as unknown as { joinTable: JoinTableMeta }
  ).joinTable;
  const articles = quote(strapi.db.metadata.get(ARTICLE_UID).tableName);
  const tags = quote(strapi.db.metadata.get(TAG_UID).tableName);
  const link = quote(joinTable.name);
  const articleId = quote(joinTable.joinColumn.name);
  const tagId = quote(joinTable.inverseJoinColumn.name);

  // Links of a `code` article row to a tag row of another locale.
  const misplaced = (alias: string) =>
    `${alias}.${articleId} IN (SELECT a.id FROM ${articles} a WHERE a.locale = ?)
     AND ${alias}.${tagId} IN (SELECT t.id FROM ${tags} t WHERE t.locale IS NULL OR t.locale <> ?)`;
  // The same document's tag row in `code`.
  const sameTagIn = (alias: string) =>
    `SELECT own.id FROM ${tags} own JOIN ${tags} other ON other.document_id = own.document_id
     WHERE other.id = ${alias}.${tagId} AND own.locale = ?`;

  let moved = 0;
  for (const code of codes) {
    // A link whose target the article already has in its own locale would become a duplicate: drop it.
    await knex.raw(
      `DELETE FROM ${link} WHERE ${misplaced(link)}
       AND EXISTS (SELECT 1 FROM ${link} dup WHERE dup.${articleId} = ${link}.${articleId}
                   AND dup.${tagId} IN (${sameTagIn(link)}))`,
      [code, code, code],
    );
    const before = rowsOf<{ n: number | string }>(
      await knex.raw(`SELECT COUNT(*) AS n FROM ${link} WHERE ${misplaced(link)}`, [code, code]),
    );
    const count = Number(before[0]?.n ?? 0);
    if (count === 0) continue;
    await knex.raw(
      `UPDATE ${link} SET ${tagId} = (${sameTagIn(link)})
       WHERE ${misplaced(link)} AND EXISTS (${sameTagIn(link)})`,
      [code, code, code, code],
    );
    moved += count;
  }
  return moved;
}
