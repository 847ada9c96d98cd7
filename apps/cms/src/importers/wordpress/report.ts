/**
 * What an import did: counts per kind and outcome, and one line per warning naming the post.
 * A dry run fills the same report from what it would do.
 */

export const KINDS = [
  'posts',
  'translations',
  'categories',
  'tags',
  'authors',
  'media',
  'redirects',
] as const;
export type Kind = (typeof KINDS)[number];
export const OUTCOMES = ['created', 'updated', 'unchanged', 'skipped', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Warning {
  postId: string;
  title: string;
  message: string;
}

export class ImportReport {
  readonly counts = new Map<Kind, Map<Outcome, number>>();
  readonly warnings: Warning[] = [];
  /** Items that are not posts (pages, menu items, custom types), by post type. */
  readonly otherTypes = new Map<string, number>();

  count(kind: Kind, outcome: Outcome, n = 1) {
    const row = this.counts.get(kind) ?? new Map<Outcome, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + n);
    this.counts.set(kind, row);
  }

  get(kind: Kind, outcome: Outcome): number {
    return this.counts.get(kind)?.get(outcome) ?? 0;
  }

  warn(postId: string, title: string, message: string) {
    this.warnings.push({ postId, title, message });
  }

  format({ dryRun, seconds }: { dryRun: boolean; seconds: number }): string {
    const lines: string[] = [];
    lines.push(dryRun ? 'WordPress import — DRY RUN, nothing was written' : 'WordPress import — done');
    const width = Math.max(...KINDS.map((kind) => kind.length));
    lines.push(`${''.padEnd(width)}  ${OUTCOMES.map((o) => o.padStart(9)).join(' ')}`);
    for (const kind of KINDS) {
      lines.push(
        `${kind.padEnd(width)}  ${OUTCOMES.map((o) => String(this.get(kind, o)).padStart(9)).join(' ')}`,
      );
    }
    if (this.otherTypes.size > 0) {
      const other = [...this.otherTypes].map(([type, n]) => `${n} ${type}`).join(', ');
      lines.push(`not imported (not posts): ${other}`);
    }
    lines.push(`${this.warnings.length} warning(s)${this.warnings.length ? ':' : ''}`);
    for (const warning of this.warnings) {
      const who = warning.postId ? `post ${warning.postId} "${warning.title}"` : warning.title || 'export';
      lines.push(`  - ${who}: ${warning.message}`);
    }
    lines.push(`took ${seconds.toFixed(1)} s`);
    return lines.join('\n');
  }

  toJSON() {
    return {
      counts: Object.fromEntries([...this.counts].map(([kind, row]) => [kind, Object.fromEntries(row)])),
      otherTypes: Object.fromEntries(this.otherTypes),
      warnings: this.warnings,
    };
  }
}
