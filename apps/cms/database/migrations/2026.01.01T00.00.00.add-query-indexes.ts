import { createMissingQueryIndexes, QUERY_INDEXES, type KnexLike } from '../../src/database/query-indexes';

/**
 * Adds the indexes the site's queries rely on to an existing database. Idempotent: each index is
 * created only when absent. On a brand-new database Strapi runs migrations before it creates the
 * tables, so this finds nothing to do; the after-sync hook in src/index.ts creates them then.
 */
export async function up(knex: KnexLike): Promise<void> {
  await createMissingQueryIndexes(knex);
}

export async function down(knex: KnexLike): Promise<void> {
  for (const index of QUERY_INDEXES) {
    await knex.raw(`DROP INDEX IF EXISTS "${index.name}"`);
  }
}
