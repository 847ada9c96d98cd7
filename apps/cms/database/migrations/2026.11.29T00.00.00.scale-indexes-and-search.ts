import { createMissingQueryIndexes, type KnexLike } from '../../src/database/query-indexes';
import { ensureSearchIndex, POSTGRES_INDEX, SQLITE_INDEX } from '../../src/search/search-index';

/**
 * For databases created before the scale work: the listing, draft, back-fill and link-table indexes
 * (and the removal of the plain published_at index they replace)
 * (src/database/query-indexes.ts) and the full-text search index (src/search/search-index.ts), built
 * by the database from the published rows. Idempotent. On a brand-new database the tables do not
 * exist yet when migrations run; the after-sync hook in src/index.ts does the same work then.
 */
export async function up(knex: KnexLike): Promise<void> {
  await createMissingQueryIndexes(knex);
  await ensureSearchIndex(knex);
}

export async function down(knex: KnexLike): Promise<void> {
  for (const name of [
    'articles_published_listing_idx',
    'articles_published_by_id_idx',
    'articles_draft_listing_idx',
    'articles_draft_title_idx',
    'articles_unstamped_idx',
    'articles_category_lnk_by_category_idx',
    'articles_author_lnk_by_author_idx',
    'articles_tags_lnk_by_tag_idx',
  ]) {
    await knex.raw(`DROP INDEX IF EXISTS "${name}"`);
  }
  await knex.raw(`CREATE INDEX IF NOT EXISTS "articles_published_at_idx" ON "articles" ("published_at")`);
  await knex.raw(`DROP TABLE IF EXISTS ${SQLITE_INDEX}`);
  await knex.raw(`DROP TABLE IF EXISTS ${POSTGRES_INDEX}`);
}
