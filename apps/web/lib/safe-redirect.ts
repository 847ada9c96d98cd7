/**
 * Accepts only a path on this site ("/en/news/a-story"), so a preview link can never send an editor's
 * browser somewhere else. Rejected: absolute URLs, protocol-relative "//host", backslash tricks ("/\host"),
 * encoded slashes (%2F, %5C), control characters, and anything that a URL parser resolves to another origin.
 */
export function safeRelativePath(candidate: string | null | undefined): string | null {
  if (typeof candidate !== 'string') return null;
  const value = candidate.trim();
  if (!value.startsWith('/')) return null;
  if (value.startsWith('//') || value.includes('\\')) return null;
  // Encoded slashes and backslashes have no place in a page path and are a favourite of redirect tricks.
  if (/%(?:2f|5c)/i.test(value)) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    const base = 'http://site.invalid';
    const resolved = new URL(value, base);
    if (resolved.origin !== base) return null;
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return null;
  }
}
