/**
 * Accepts only a plain path on this site ("/en/news/a-story", optionally with ?query and #hash), so a
 * preview link can never send an editor's browser somewhere else, and returns exactly the string it
 * checked. Browsers and URL parsers rewrite paths in ways a string check does not see (dot segments,
 * backslashes read as slashes, tabs and newlines dropped, %2e decoded), so instead of validating one
 * string and returning another, anything they would rewrite is refused:
 * - not starting with exactly one "/" (absolute and protocol-relative URLs, "/\host");
 * - empty segments ("//"), dot segments ("/./", "/../", also encoded as %2e);
 * - backslashes, ";", whitespace and control characters anywhere, raw or where decoding would make them;
 * - encoded slashes, backslashes, dots and percent signs (%2f, %5c, %2e, %25: double encoding);
 * - any value a URL parser would not give back unchanged.
 */
const PATH_CHAR = /^(?:[A-Za-z0-9\-._~!$&'()*+,=:@/]|%[0-9A-Fa-f]{2})*$/;
const QUERY_CHAR = /^(?:[A-Za-z0-9\-._~!$&'()*+,=:@/?]|%[0-9A-Fa-f]{2})*$/;
/** Escapes that decode to a separator, a dot, a percent sign, whitespace or a control character. */
const DANGEROUS_ESCAPE = /%(?:2[e5f]|5c|3b|[01][0-9a-f]|7f|20|09)/i;

export function safeRelativePath(candidate: string | null | undefined): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return null;
  const value = candidate;
  if (!value.startsWith('/') || value.startsWith('//')) return null;

  const queryAt = value.search(/[?#]/);
  const path = queryAt === -1 ? value : value.slice(0, queryAt);
  const rest = queryAt === -1 ? '' : value.slice(queryAt);

  if (!PATH_CHAR.test(path) || DANGEROUS_ESCAPE.test(path)) return null;
  const segments = path.split('/').slice(1);
  // "/" alone is fine; otherwise no empty segment (no "//", no trailing "/") and no dot segment.
  if (!(segments.length === 1 && segments[0] === '')) {
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  }

  if (rest) {
    const hashAt = rest.indexOf('#');
    const query = hashAt === -1 ? rest : rest.slice(0, hashAt);
    const hash = hashAt === -1 ? '' : rest.slice(hashAt + 1);
    if (query && (!query.startsWith('?') || !QUERY_CHAR.test(query.slice(1)))) return null;
    // Encoded characters in a query or hash cannot change where the browser goes; raw ones are checked.
    if (!QUERY_CHAR.test(hash)) return null;
  }

  // The parser must give back the very string checked above: same origin, nothing normalised away.
  try {
    const base = 'http://site.invalid';
    const resolved = new URL(value, base);
    if (resolved.origin !== base) return null;
    if (resolved.pathname + resolved.search + resolved.hash !== value) return null;
  } catch {
    return null;
  }
  return value;
}
