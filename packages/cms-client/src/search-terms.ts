// Turns what a reader typed into the words we send to Strapi, and decides for each word whether
// it is safe to look for it in the article body.
//
// The body is Strapi "blocks" JSON, stored as text (SQLite) or jsonb (PostgreSQL, where Strapi casts
// it to text for LIKE). `$containsi` on it works on both, but it searches the JSON source too: "text",
// "type", "paragraph" or "url" would match every article. So a word is searched in the body only when
// it cannot match the JSON structure: at least 3 characters, no JSON punctuation, not only digits, and
// not part of any key or fixed value Strapi writes into blocks. Title and excerpt are always searched.

/** Longer input is cut: it keeps query strings and LIKE scans bounded. */
export const MAX_QUERY_LENGTH = 100;
/** More words than this add cost without narrowing results in a meaningful way. */
export const MAX_QUERY_WORDS = 6;

export interface SearchTerm {
  text: string;
  searchBody: boolean;
}

// Keys and fixed values found in Strapi 5 blocks JSON (paragraph, heading, list, quote, code, image, link).
// prettier-ignore
const BLOCKS_VOCABULARY = [
  'type', 'children', 'text', 'paragraph', 'heading', 'level', 'list', 'list-item', 'format',
  'ordered', 'unordered', 'quote', 'code', 'language', 'plaintext', 'image', 'link', 'url', 'bold',
  'italic', 'underline', 'strikethrough', 'true', 'false', 'null', 'name', 'alternativeText',
  'caption', 'width', 'height', 'formats', 'thumbnail', 'small', 'medium', 'large', 'hash', 'ext',
  'mime', 'size', 'sizeInBytes', 'previewUrl', 'provider', 'provider_metadata', 'createdAt',
  'updatedAt', 'publishedAt', 'documentId', 'http', 'https', 'uploads', 'local', 'image/jpeg',
  'image/png', 'image/webp', '.jpg', '.jpeg', '.png', '.webp', '.gif', '.svg',
].map((word) => word.toLowerCase());

const JSON_PUNCTUATION = /["\\{}[\]:,]/;

function isSafeForBody(word: string): boolean {
  if (word.length < 3) return false;
  if (JSON_PUNCTUATION.test(word)) return false;
  if (/^\d+$/.test(word)) return false;
  return !BLOCKS_VOCABULARY.some((token) => token.includes(word));
}

/**
 * Trims, collapses whitespace, caps the length and splits into words. Lower-cases too: SQLite's
 * LOWER() only folds ASCII, so sending lower case lets "Ánimo" still find "ánimo" there.
 * An empty array means "nothing to search for".
 */
export function toSearchTerms(raw: string): SearchTerm[] {
  const normalized = raw.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
  if (normalized === '') return [];
  const words = [...new Set(normalized.toLocaleLowerCase().split(' '))].slice(0, MAX_QUERY_WORDS);
  return words.map((text) => ({ text, searchBody: isSafeForBody(text) }));
}

/** What the ranked search endpoint is sent: the same normalizing and cap, case left to the CMS. */
export function toSearchQuery(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
}
