import type { Core } from '@strapi/strapi';
import type { ImportReport } from '../report';

export const REDIRECT_UID = 'api::redirect.redirect';
/** The rule the redirect type's `from` field enforces (schema.json). */
const VALID_FROM = /^\/[^\s]*$/;

/**
 * Redirect rules from old addresses, created published through the document service (so the site's
 * webhook hears about them). A rule that already exists is left alone: an editor may have pointed
 * it somewhere else on purpose; a different target is reported.
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
    await this.strapi.documents(REDIRECT_UID).create({ data: { from, to }, status: 'published' });
  }

  /** After a rolled-back post, its rules were not written. */
  forget(froms: string[]) {
    for (const from of froms) this.known.delete(from);
  }
}
