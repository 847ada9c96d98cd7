/**
 * WXR files declare their namespaces with version-specific URIs (export/1.0 … 1.2). Elements are
 * renamed to the canonical prefix of their namespace so the rest of the importer never sees the URIs.
 */
const CANONICAL: Array<[RegExp, string]> = [
  [/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/?$/, 'excerpt'],
  [/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/, 'wp'],
  [/^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, 'content'],
  [/^https?:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, 'dc'],
  [/^https?:\/\/wellformedweb\.org\/CommentAPI\/?$/, 'wfw'],
];

export function isWordPressNamespace(uri: string): boolean {
  return canonicalPrefix(uri) === 'wp';
}

export function canonicalPrefix(uri: string): string | null {
  for (const [pattern, prefix] of CANONICAL) if (pattern.test(uri)) return prefix;
  return null;
}

export function canonicalName(uri: string, local: string, prefix: string): string {
  if (!uri) return local;
  const canonical = canonicalPrefix(uri) ?? (prefix || null);
  return canonical ? `${canonical}:${local}` : local;
}
