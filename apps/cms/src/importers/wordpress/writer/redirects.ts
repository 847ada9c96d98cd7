import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { ImportReport } from '../report';

export const REDIRECT_UID = 'api::redirect.redirect';
/** The rule the redirect type's `from` field enforces (schema.json). */
const VALID_FROM = /^\/[^\s]*$/;

/**
 * Redirect rules from old addresses, created published. A rule that already exists is left alone: an
 * editor may have pointed it somewhere else on purpose; a different target is reported.
 *
 * Written as the document service stores a published entry (a draft row and a published row sharing a
 * documentId) but in one insert: an import makes three or four rules per post, and the document
 * service's create-then-publish costs many queries each. The rules are simple strings checked here
 * against the schema's own pattern; the site is told once, at the end (announce()). Existing rules
 * (any status: an editor's unpublished rule still owns its address) are read once, at the start.
 */
export class Redirects {
  private readonly known = new Map<string, string>();
  private loaded = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly report: ImportReport,
    private readonly dryRun: boolean,
  ) {}

  async ensure(from: string, to: string, warn?: (message: string) => void): Promise<void> {
    if (from === to) return;
    if (!VALID_FROM.test(from) || from.length > 1000) {
      this.report.count('redirects', 'skipped');
      warn?.(`old address ${JSON.stringify(from)} cannot be redirected (not a plain path)`);
      return;
    }
    await this.load();
    const current = this.known.get(from);
    if (current) {
      if (current === to) this.report.count('redirects', 'unchanged');
      else {
        this.report.count('redirects', 'skipped');
        warn?.(`old address ${from} already redirects to ${current}; left as it is`);
      }
      return;
    }
    this.known.set(from, to);
    this.report.count('redirects', 'created');
    if (this.dryRun) return;
    const now = new Date();
    const documentId = newDocumentId();
    const row = {
      documentId,
      from,
      to,
      createdAt: now,
      updatedAt: now,
      ...(this.tracksFirstPublication() ? { firstPublishedAt: now } : {}),
    };
    await this.strapi.db.query(REDIRECT_UID).createMany({
      data: [
        { ...row, publishedAt: null },
        { ...row, publishedAt: now },
      ],
    });
    this.last = { documentId, from, to };
  }

  private async load() {
    if (this.loaded) return;
    const rows = (await this.strapi.db
      .query(REDIRECT_UID)
      .findMany({ select: ['from', 'to', 'publishedAt'] })) as Array<{
      from: string;
      to: string;
      publishedAt: unknown;
    }>;
    // The published version wins over a newer draft of the same rule.
    for (const row of rows)
      if (row.publishedAt || !this.known.has(row.from)) this.known.set(row.from, row.to);
    this.loaded = true;
  }

  private last: { documentId: string; from: string; to: string } | null = null;

  private tracksFirstPublication(): boolean {
    const model = this.strapi.getModel(REDIRECT_UID);
    return Boolean(model?.attributes && 'firstPublishedAt' in model.attributes);
  }

  /** One publish event for the whole batch: the site refreshes its redirect table as a whole. */
  announce(): void {
    if (!this.last) return;
    this.strapi.eventHub.emit('entry.publish', { model: 'redirect', uid: REDIRECT_UID, entry: this.last });
    this.last = null;
  }

  /** After a rolled-back post, its rules were not written. */
  forget(froms: string[]) {
    for (const from of froms) this.known.delete(from);
  }
}

/** Same shape as Strapi's own document ids: 24 lower-case letters and digits, starting with a letter. */
function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(24);
  let id = alphabet[bytes[0]! % 26]!;
  for (let i = 1; i < 24; i++) id += alphabet[bytes[i]! % 36];
  return id;
}
