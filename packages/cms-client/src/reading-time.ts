import type { RichTextBlocks } from './domain';

// The CMS stores readingTimeMinutes on save; this estimate covers entries saved before that existed.

const WORDS_PER_MINUTE = 200;

function collectText(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectText(child, into);
    return;
  }
  if (node && typeof node === 'object') {
    const { text, children } = node as { text?: unknown; children?: unknown };
    if (typeof text === 'string') into.push(text);
    if (children !== undefined) collectText(children, into);
  }
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** Whole minutes, never less than one: "0 min read" reads like a bug. */
export function estimateReadingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}

export function blocksToPlainText(blocks: RichTextBlocks): string {
  const parts: string[] = [];
  collectText(blocks, parts);
  return parts.join(' ');
}
