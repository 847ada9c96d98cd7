import type { Core } from '@strapi/strapi';
import type { Block } from '../content';
import type { MappedPost } from '../map-post';
import { imageBlock, type LibraryFile, type MediaLibrary } from '../media';
import { placeholderCoverPng } from '../media/placeholder-cover';
import type { ImportReport } from '../report';
import { sitePaths } from '../urls';
import type { ExportIndex } from '../wxr';
import type { Records } from './records';
import type { Redirects } from './redirects';
import type { Taxonomy } from './taxonomy';

export const ARTICLE_UID = 'api::article.article';

interface Row {
  documentId: string;
}

export interface WriteContext {
  strapi: Core.Strapi;
  index: ExportIndex;
  records: Records;
  media: MediaLibrary;
  taxonomy: Taxonomy;
  redirects: Redirects;
  report: ImportReport;
  dryRun: boolean;
  update: boolean;
  /** Post ids by translation group. */
  groups: Map<string, string[]>;
}

type Warn = (message: string) => void;

/**
 * Writes one mapped post: taxonomy and images first (shared, idempotent, reused by later posts), then
 * the article, its dates, its redirects and its record in ONE database transaction, so a failure
 * leaves no half-imported article behind. Returns what happened to the post.
 */
export async function writePost(
  ctx: WriteContext,
  post: MappedPost,
  warn: Warn,
): Promise<'created' | 'updated' | 'unchanged'> {
  const { strapi, records } = ctx;
  const known = await records.get('post', post.wpId);
  const documentId = known?.targetDocumentId ?? (await translationDocument(ctx, post));
  const exists = Boolean(known?.targetDocumentId);
  if (exists && (known?.checksum === post.checksum || !ctx.update)) return 'unchanged';
  const outcome = exists ? 'updated' : 'created';
  const newTranslation = !exists && Boolean(documentId);

  const author = await ctx.taxonomy.author(post.authorLogin);
  const category = post.categorySlug ? await ctx.taxonomy.category(post.categorySlug, post.locale) : null;
  const tags: string[] = [];
  for (const slug of [...post.tagSlugs, ...post.extraCategorySlugs]) {
    const tag = await ctx.taxonomy.tag(slug);
    if (tag) tags.push(tag);
  }

  if (ctx.dryRun) {
    for (const from of post.oldPaths)
      await ctx.redirects.ensure(from, sitePaths.article(post.locale, post.slug), warn);
    if (newTranslation) ctx.report.count('translations', 'created');
    return outcome;
  }

  const body = await resolveImages(ctx, post.body, warn);
  const cover = await resolveCover(ctx, post, body, warn);
  const slug = await freeSlug(strapi, post, documentId);
  if (slug !== post.slug) warn(`slug "${post.slug}" is taken by another article; imported as "${slug}"`);

  const data = {
    title: post.title,
    slug,
    excerpt: post.excerpt,
    body: body.length > 0 ? body : [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }],
    ...(post.seo ? { seo: post.seo } : {}),
    cover: cover?.id ?? null,
    category: category ?? null,
    author: author ?? null,
    tags,
  };
  if (body.length === 0) warn('the post has no content that could be imported');
  const status = post.status === 'published' ? ('published' as const) : undefined;

  const documents = strapi.documents(ARTICLE_UID);
  let written = '';
  try {
    await strapi.db.transaction(async () => {
      if (documentId) {
        // A known document: update this locale (creates it when it is a new translation).
        await documents.update({
          documentId,
          locale: post.locale,
          data: data as Record<string, unknown>,
          ...(status ? { status } : {}),
        });
        written = documentId;
      } else {
        const created = (await documents.create({
          locale: post.locale,
          data: data as never,
          ...(status ? { status } : {}),
        })) as unknown as Row;
        written = created.documentId;
      }
      if (post.publishedAt)
        await keepWordPressDates(strapi, written, post.locale, post.publishedAt, outcome === 'created');
      for (const from of post.oldPaths)
        await ctx.redirects.ensure(from, sitePaths.article(post.locale, slug), warn);
      await records.put('post', post.wpId, {
        targetDocumentId: written,
        locale: post.locale,
        checksum: post.checksum,
      });
    });
  } catch (error) {
    records.forget('post', post.wpId);
    ctx.redirects.forget(post.oldPaths);
    throw error;
  }
  if (newTranslation) ctx.report.count('translations', 'created');
  return outcome;
}

/** The document of an already imported translation of this post (Polylang/WPML group), if any. */
async function translationDocument(ctx: WriteContext, post: MappedPost): Promise<string | null> {
  if (!post.group) return null;
  for (const otherId of ctx.groups.get(post.group) ?? []) {
    if (otherId === post.wpId) continue;
    const other = await ctx.records.get('post', otherId);
    if (other?.targetDocumentId && other.locale !== post.locale) return other.targetDocumentId;
  }
  return null;
}

async function resolveImages(ctx: WriteContext, blocks: Block[], warn: Warn): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const block of blocks) {
    if (block.type !== 'image') {
      out.push(block);
      continue;
    }
    const { source } = block;
    const attachment = source.attachmentId ? ctx.index.attachments.get(source.attachmentId) : undefined;
    const result = await ctx.media.resolve(source, attachment);
    if (!result.file) {
      warn(`image dropped: ${result.reason}`);
      if (source.caption)
        out.push({ type: 'paragraph', children: [{ type: 'text', text: source.caption, italic: true }] });
      continue;
    }
    ctx.report.count('media', result.created ? 'created' : 'unchanged');
    out.push(imageBlock(result.file, source.alt || attachment?.alt || '', source.caption));
  }
  return out;
}

async function resolveCover(
  ctx: WriteContext,
  post: MappedPost,
  body: unknown[],
  warn: Warn,
): Promise<LibraryFile | null> {
  if (post.coverAttachmentId) {
    const attachment = ctx.index.attachments.get(post.coverAttachmentId);
    if (attachment) {
      const result = await ctx.media.resolve(
        { src: attachment.url, attachmentId: attachment.id, alt: attachment.alt, caption: '' },
        attachment,
      );
      if (result.file) {
        ctx.report.count('media', result.created ? 'created' : 'unchanged');
        return result.file;
      }
      warn(`featured image could not be imported: ${result.reason}`);
    }
  }
  const firstImage = body.find(
    (block): block is { type: 'image'; image: { hash: string } } =>
      (block as { type: string }).type === 'image',
  );
  if (firstImage) {
    const file = (await ctx.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { hash: firstImage.image.hash } })) as LibraryFile | null;
    if (file) return file;
  }
  const placeholder = await ctx.media.store(placeholderCoverPng(), 'imported-article-cover.png', {
    alt: '',
    caption: '',
  });
  warn('no featured image: a plain placeholder cover was used (replace it in the admin)');
  return placeholder.file;
}

async function freeSlug(strapi: Core.Strapi, post: MappedPost, documentId: string | null): Promise<string> {
  const clash = (await strapi.db.query(ARTICLE_UID).findOne({
    where: {
      slug: post.slug,
      locale: post.locale,
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    select: ['documentId'],
  })) as Row | null;
  return clash ? `${post.slug}-${post.wpId}` : post.slug;
}

/**
 * The WordPress publication date becomes the article's first-published date (and, on first import,
 * its created/published dates). The document service refuses firstPublishedAt (see
 * document-middlewares/keep-first-published-at.ts), hence direct writes, inside the post's transaction.
 */
async function keepWordPressDates(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  date: Date,
  isNew: boolean,
) {
  const query = strapi.db.query(ARTICLE_UID);
  const model = strapi.getModel(ARTICLE_UID);
  const first = model?.attributes && 'firstPublishedAt' in model.attributes ? { firstPublishedAt: date } : {};
  const data = { ...first, ...(isNew ? { createdAt: date } : {}) };
  if (Object.keys(data).length > 0) await query.updateMany({ where: { documentId, locale }, data });
  if (isNew) {
    await query.updateMany({
      where: { documentId, locale, publishedAt: { $notNull: true } },
      data: { publishedAt: date },
    });
  }
}
