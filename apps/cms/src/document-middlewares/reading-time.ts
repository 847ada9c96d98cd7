import type { Modules } from '@strapi/strapi';

export const WORDS_PER_MINUTE = 200;
const ARTICLE_UID = 'api::article.article';

interface BlockNode {
  text?: unknown;
  children?: unknown;
}

/** All text of a Strapi "blocks" value (paragraphs, headings, lists, quotes, code, links), in order. */
export function blocksToText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const parts: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { text, children } = node as BlockNode;
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(children)) children.forEach(visit);
  };
  blocks.forEach(visit);
  return parts.join(' ');
}

/** Minutes to read a body at about 200 words a minute, rounded up, never less than one. */
export function readingTimeMinutes(blocks: unknown): number {
  const words = blocksToText(blocks)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/**
 * Articles carry a reading time that editors never type: it is derived from the body on every
 * create and update, through the document service, so the admin, the REST API and scripts all get
 * it. A value sent without a body is dropped rather than trusted.
 */
export const computeReadingTime: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === ARTICLE_UID && (context.action === 'create' || context.action === 'update')) {
    const params = context.params as { data?: Record<string, unknown> };
    if (params.data && typeof params.data === 'object') {
      const { readingTimeMinutes: _ignored, ...data } = params.data;
      if (Array.isArray(data.body)) data.readingTimeMinutes = readingTimeMinutes(data.body);
      context.params = { ...params, data } as typeof context.params;
    }
  }
  return next();
};
