import { z } from 'zod';

/**
 * What a reader typed, turned into the words the full-text index is asked for. The index splits text
 * into runs of letters and digits (SQLite FTS5 unicode61, PostgreSQL's `simple` parser), so the same
 * split here keeps quoting trivial: a term is only ever letters and digits, never index syntax.
 */

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 6;
const MAX_TERM_LENGTH = 40;

/** Lower-cased, de-duplicated words in the order typed (the order matters for phrases). */
export function toTerms(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLocaleLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

const pageNumber = z
  .string()
  .regex(/^\d{1,7}$/, 'must be a positive integer')
  .transform(Number)
  .refine((n) => n >= 1, 'must be at least 1');

/**
 * The search endpoint's own parameters. `fields`, `populate` and `locale` are Strapi's and are checked
 * by Strapi's query validation; `q` and `pagination` are checked here.
 */
export const searchParamsSchema = z.object({
  q: z
    .string({ error: 'q is required' })
    .trim()
    .min(1, 'q must not be empty')
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
    .refine((q) => toTerms(q).length > 0, 'q must contain at least one letter or digit'),
  pagination: z
    .object({
      page: pageNumber.optional(),
      pageSize: pageNumber.refine((n) => n <= 100, 'must be at most 100').optional(),
    })
    .strict()
    .optional(),
});
