import type { Core } from '@strapi/strapi';

/**
 * Where versions live: one table of our own, created on start (SQLite and PostgreSQL alike), outside
 * Strapi's content types so nothing of it reaches the REST API or the content manager.
 */
export const TABLE = 'newsroom_revisions';
/** Versions kept per document and language; older ones are deleted as new ones arrive. */
export const KEEP_PER_DOCUMENT = 50;

export interface RevisionRow {
  id: number;
  uid: string;
  document_id: string;
  locale: string;
  action: string;
  published: boolean | number;
  author: string;
  changed: string;
  data: string;
  created_at: Date | string | number;
}

export interface Revision {
  id: number;
  uid: string;
  documentId: string;
  locale: string;
  /** What made this version: create, update, publish, unpublish, discardDraft, restore. */
  action: string;
  /** Whether the language had a published version right after the action. */
  published: boolean;
  /** Who did it: the admin's name and e-mail, "API token", or "Scheduled job / system". */
  author: string;
  /** Top-level fields that differ from the previous version. */
  changed: string[];
  createdAt: string;
}

type Knex = Core.Strapi['db']['connection'];

export async function ensureRevisionTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection as Knex;
  if (await knex.schema.hasTable(TABLE)) return;
  await knex.schema.createTable(TABLE, (table) => {
    table.increments('id');
    table.string('uid', 255).notNullable();
    table.string('document_id', 255).notNullable();
    table.string('locale', 16).notNullable();
    table.string('action', 32).notNullable();
    table.boolean('published').notNullable().defaultTo(false);
    table.string('author', 255).notNullable();
    table.text('changed').notNullable();
    table.text('data').notNullable();
    table.timestamp('created_at').notNullable();
    table.index(['uid', 'document_id', 'locale', 'id'], `${TABLE}_document_idx`);
  });
  strapi.log.info(`[history] created the ${TABLE} table`);
}

export function toRevision(row: RevisionRow): Revision {
  return {
    id: Number(row.id),
    uid: row.uid,
    documentId: row.document_id,
    locale: row.locale,
    action: row.action,
    published: Boolean(row.published),
    author: row.author,
    changed: JSON.parse(row.changed) as string[],
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export const revisions = (strapi: Core.Strapi) => (strapi.db.connection as Knex)<RevisionRow>(TABLE);
