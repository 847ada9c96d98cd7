import type { Block, InlineNode, ListBlock, TextNode } from '@newsroom/cms-client';
import { isSafeHref } from './blocks';

/**
 * An article body as an HTML fragment for full-text feeds (RSS `content:encoded`). Feed readers show it
 * out of the site's context, so every address is absolute (links against the site, images against the
 * media origin — pass blocks through prepareBody first) and nothing runs: only the body's own elements
 * are written (p, h2–h6, blockquote, pre, lists, figure/img, inline marks and a), every text and
 * attribute is escaped, and script-like links (javascript:, data:…) keep their words but lose the link.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

function absolute(url: string, base: string): string | null {
  if (!isSafeHref(url)) return null;
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return null;
  }
}

function text(node: TextNode): string {
  let out = escapeHtml(node.text);
  if (node.code) out = `<code>${out}</code>`;
  if (node.strikethrough) out = `<del>${out}</del>`;
  if (node.underline) out = `<u>${out}</u>`;
  if (node.italic) out = `<em>${out}</em>`;
  if (node.bold) out = `<strong>${out}</strong>`;
  return out;
}

function inline(nodes: InlineNode[], siteUrl: string): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return text(node);
      const words = node.children.map(text).join('');
      const href = absolute(node.url, siteUrl);
      return href ? `<a href="${escapeHtml(href)}">${words}</a>` : words;
    })
    .join('');
}

function list(block: ListBlock, siteUrl: string): string {
  const tag = block.format === 'ordered' ? 'ol' : 'ul';
  const items: string[] = [];
  for (const child of block.children) {
    if (child.type === 'list-item') items.push(inline(child.children, siteUrl));
    else if (items.length > 0) items[items.length - 1] += list(child, siteUrl);
    else items.push(list(child, siteUrl));
  }
  return `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}

function block(node: Block, siteUrl: string): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inline(node.children, siteUrl)}</p>`;
    case 'heading': {
      const level = Math.max(2, node.level);
      return `<h${level}>${inline(node.children, siteUrl)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${inline(node.children, siteUrl)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.children.map((c) => (c.type === 'text' ? c.text : '')).join(''))}</code></pre>`;
    case 'list':
      return list(node, siteUrl);
    case 'image': {
      const src = absolute(node.image.url, siteUrl);
      if (!src || !/^https?:/i.test(src)) return '';
      const caption = node.image.caption?.trim();
      const alt = node.image.alternativeText?.trim() || caption || '';
      const size =
        node.image.width && node.image.height
          ? ` width="${node.image.width}" height="${node.image.height}"`
          : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${size}>${
        caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''
      }</figure>`;
    }
  }
}

/** The body as HTML; `siteUrl` resolves relative links (images must already be absolute). */
export function blocksToHtml(blocks: Block[], siteUrl: string): string {
  return blocks.map((node) => block(node, siteUrl)).join('\n');
}
