import type { Core } from '@strapi/strapi';
import { toSlug } from '../slugs';
import { sitePaths } from '../urls';
import type { ExportIndex } from '../wxr';
import type { ImportReport } from '../report';
import type { Records } from './records';
import type { Redirects } from './redirects';

const CATEGORY_UID = 'api::category.category';
const TAG_UID = 'api::tag.tag';
const AUTHOR_UID = 'api::author.author';

type Uid = typeof CATEGORY_UID | typeof TAG_UID | typeof AUTHOR_UID;

interface Row {
  documentId: string;
}

const NAME_MAX = { category: 80, tag: 60, author: 120 };

/**
 * Categories, tags and authors, created on first use by an imported post and found again by their
 * WordPress id (record) or, for entries an editor made before the import, by slug. Each new entry
 * also gets redirects from its old archive addresses.
 */
export class Taxonomy {
  constructor(
    private readonly strapi: Core.Strapi,
    private readonly records: Records,
    private readonly redirects: Redirects,
    private readonly index: ExportIndex,
    private readonly report: ImportReport,
    private readonly defaultLocale: string,
    private readonly dryRun: boolean,
  ) {}

  private async findBySlug(uid: Uid, slug: string, locale?: string): Promise<Row | null> {
    return (await this.strapi.db
      .query(uid)
      .findOne({ where: { slug, ...(locale ? { locale } : {}) }, select: ['documentId'] })) as Row | null;
  }

  private readonly localesSeen = new Set<string>();

  private async hasLocale(uid: Uid, documentId: string, locale: string): Promise<boolean> {
    const key = `${uid}:${documentId}:${locale}`;
    if (this.localesSeen.has(key)) return true;
    const found = await this.strapi.db.query(uid).findOne({ where: { documentId, locale }, select: ['id'] });
    if (found) this.localesSeen.add(key);
    return Boolean(found);
  }

  /** The category document for a WordPress category slug, with a version in `locale`. */
  async category(wpSlug: string, locale: string): Promise<string | null> {
    const term = this.index.categories.get(wpSlug);
    if (!term) return null;
    const group = this.index.termGroups.get(term.termId);
    const name = term.name.slice(0, NAME_MAX.category) || wpSlug;
    const description = term.description.slice(0, 400) || undefined;
    const known = await this.records.get('category', term.termId);
    let documentId = known?.targetDocumentId ?? null;
    if (!documentId && group) {
      // Another language of the same Polylang term group may exist already.
      for (const [termId, otherGroup] of this.index.termGroups) {
        if (otherGroup !== group || termId === term.termId) continue;
        const other = await this.records.get('category', termId);
        if (other?.targetDocumentId) {
          documentId = other.targetDocumentId;
          break;
        }
      }
    }
    const slug = toSlug(wpSlug) || `category-${term.termId}`;
    if (!documentId) {
      const existing = await this.findBySlug(CATEGORY_UID, slug);
      if (existing) documentId = existing.documentId;
    }
    if (this.dryRun) {
      if (!documentId) this.countOnce('categories', term.termId);
      return documentId ?? `dry-run:${term.termId}`;
    }
    if (!documentId) {
      const created = (await this.strapi.documents(CATEGORY_UID).create({
        locale,
        data: { name, slug, ...(description ? { description } : {}) },
      })) as unknown as Row;
      documentId = created.documentId;
      this.localesSeen.add(`${CATEGORY_UID}:${documentId}:${locale}`);
      this.report.count('categories', 'created');
      await this.categoryRedirects(wpSlug, term.termId, locale, slug);
    } else if (!(await this.hasLocale(CATEGORY_UID, documentId, locale))) {
      const row = (await this.strapi.db
        .query(CATEGORY_UID)
        .findOne({ where: { documentId }, select: ['slug'] })) as { slug: string } | null;
      await this.strapi.documents(CATEGORY_UID).update({
        documentId,
        locale,
        data: { name, slug: row?.slug ?? slug, ...(description ? { description } : {}) } as Record<
          string,
          unknown
        >,
      });
      this.report.count('translations', 'created');
      await this.categoryRedirects(wpSlug, term.termId, locale, row?.slug ?? slug);
    }
    if (!known?.targetDocumentId)
      await this.records.put('category', term.termId, { targetDocumentId: documentId });
    return documentId;
  }

  private async categoryRedirects(wpSlug: string, termId: string, locale: string, slug: string) {
    const path = [wpSlug];
    const seen = new Set(path);
    for (let parent = this.index.categories.get(wpSlug)?.parentSlug; parent && !seen.has(parent);) {
      path.unshift(parent);
      seen.add(parent);
      parent = this.index.categories.get(parent)?.parentSlug;
    }
    const to = sitePaths.category(locale, slug);
    await this.redirects.ensure(`/category/${path.join('/')}`, to);
    if (path.length > 1) await this.redirects.ensure(`/category/${wpSlug}`, to);
    await this.redirects.ensure(`/?cat=${termId}`, to);
  }

  async tag(wpSlug: string): Promise<string | null> {
    const term = this.index.tags.get(wpSlug) ?? this.index.categories.get(wpSlug);
    const termId = term?.termId || `slug:${wpSlug}`;
    const name = (term?.name || wpSlug).slice(0, NAME_MAX.tag);
    const slug = toSlug(wpSlug) || `tag-${termId}`;
    const kindKey = this.index.tags.has(wpSlug) ? termId : `category-as-tag:${termId}`;
    const known = await this.records.get('tag', kindKey);
    if (known?.targetDocumentId) return known.targetDocumentId;
    const existing = await this.findBySlug(TAG_UID, slug);
    if (this.dryRun) {
      if (!existing) this.countOnce('tags', kindKey);
      return existing?.documentId ?? `dry-run:${kindKey}`;
    }
    let documentId = existing?.documentId;
    if (!documentId) {
      const created = (await this.strapi
        .documents(TAG_UID)
        .create({ data: { name, slug } })) as unknown as Row;
      documentId = created.documentId;
      this.report.count('tags', 'created');
      if (this.index.tags.has(wpSlug)) {
        const to = sitePaths.tag(this.defaultLocale, slug);
        await this.redirects.ensure(`/tag/${wpSlug}`, to);
        await this.redirects.ensure(`/?tag=${wpSlug}`, to);
      }
    }
    await this.records.put('tag', kindKey, { targetDocumentId: documentId });
    return documentId;
  }

  async author(login: string): Promise<string | null> {
    if (!login) return null;
    const author = this.index.authors.get(login);
    const name = (author?.displayName || login).slice(0, NAME_MAX.author);
    const slug = toSlug(login) || toSlug(name) || `author-${author?.id ?? 'unknown'}`;
    const key = author?.id || `login:${login}`;
    const known = await this.records.get('author', key);
    if (known?.targetDocumentId) return known.targetDocumentId;
    const existing = await this.findBySlug(AUTHOR_UID, slug);
    if (this.dryRun) {
      if (!existing) this.countOnce('authors', key);
      return existing?.documentId ?? `dry-run:${key}`;
    }
    let documentId = existing?.documentId;
    if (!documentId) {
      const created = (await this.strapi
        .documents(AUTHOR_UID)
        .create({ data: { name, slug } })) as unknown as Row;
      documentId = created.documentId;
      this.report.count('authors', 'created');
      const to = sitePaths.author(this.defaultLocale, slug);
      await this.redirects.ensure(`/author/${toSlug(login)}`, to);
      if (author?.id) await this.redirects.ensure(`/?author=${author.id}`, to);
    }
    await this.records.put('author', key, { targetDocumentId: documentId });
    return documentId;
  }

  private readonly counted = new Set<string>();
  private countOnce(kind: 'categories' | 'tags' | 'authors', key: string) {
    if (this.counted.has(`${kind}:${key}`)) return;
    this.counted.add(`${kind}:${key}`);
    this.report.count(kind, 'created');
  }
}
