import type { Core } from '@strapi/strapi';

/**
 * The importer's memory of what each WordPress id became (wordpress-record collection, private, no
 * routes). Keyed by site + kind + WordPress id, so a second run finds everything and creates nothing.
 */

export const RECORD_UID = 'api::wordpress-record.wordpress-record';

export type RecordKind = 'post' | 'category' | 'tag' | 'author' | 'attachment' | 'media';

export interface ImportRecord {
  id: number;
  key: string;
  targetDocumentId: string | null;
  targetId: number | null;
  locale: string | null;
  checksum: string | null;
}

export class Records {
  private readonly cache = new Map<string, ImportRecord | null>();
  private preloaded = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly site: string,
  ) {}

  private key(kind: RecordKind, wordpressId: string) {
    return `${this.site}|${kind}|${wordpressId}`;
  }

  private query() {
    return this.strapi.db.query(RECORD_UID);
  }

  /** Reads every record of this site at once (one query instead of one per post on a re-run). */
  async preload(): Promise<void> {
    const rows = (await this.query().findMany({
      where: { key: { $startsWith: `${this.site}|` } },
    })) as ImportRecord[];
    for (const row of rows) this.cache.set(row.key, row);
    this.preloaded = true;
  }

  async get(kind: RecordKind, wordpressId: string): Promise<ImportRecord | null> {
    const key = this.key(kind, wordpressId);
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    if (this.preloaded) return null;
    const row = (await this.query().findOne({ where: { key } })) as ImportRecord | null;
    this.cache.set(key, row);
    return row;
  }

  async put(
    kind: RecordKind,
    wordpressId: string,
    data: { targetDocumentId?: string; targetId?: number; locale?: string; checksum?: string },
  ): Promise<void> {
    const key = this.key(kind, wordpressId);
    const existing = await this.get(kind, wordpressId);
    const row = (
      existing
        ? await this.query().update({ where: { id: existing.id }, data })
        : await this.query().create({ data: { key, kind, wordpressId, ...data } })
    ) as ImportRecord;
    this.cache.set(key, row);
  }

  /** Forget cached rows (after a rolled-back transaction they may describe nothing). */
  forget(kind: RecordKind, wordpressId: string) {
    this.cache.delete(this.key(kind, wordpressId));
  }
}
