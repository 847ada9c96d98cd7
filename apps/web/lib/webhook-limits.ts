/**
 * An article's payload is a few kilobytes, but an author's, category's or tag's carries every related
 * article with its full body (≈9 KB each with the demo content) and grows with the archive. The cap only
 * stops absurd bodies, and only after the secret matched.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
