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
 * documentId) but with two plain inserts: an import makes three or four rules per post, and the
 * document service's create-then-publish costs several times that. The rules are simple strings
 * checked here against the schema's own pattern; the site is told once, at the end (announce()).
 */
export class Redirects {
  private readonly known = new Map<string, string>();

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
    let current = this.known.get(from);
    if (current === undefined) {
      const row = (await this.strapi.db.query(REDIRECT_UID).findOne({ where: { from }, select: ['to'] })) as {
        to: string;
      } | null;
      current = row?.to ?? '';
    }
    if (current) {
      this.known.set(from, current);
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
    const query = this.strapi.db.query(REDIRECT_UID);
    const now = new Date();
    const stamps = this.tracksFirstPublication() ? { firstPublishedAt: now } : {};
    const draft = (await query.create({ data: { from, to, publishedAt: null, ...stamps } })) as {
      documentId: string;
    };
    await query.create({ data: { documentId: draft.documentId, from, to, publishedAt: now, ...stamps } });
    this.last = { documentId: draft.documentId, from, to };
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
