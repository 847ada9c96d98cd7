/**
 * The digest given to "CMS unreachable" errors. In its own file, with no imports, because the error
 * boundary (a Client Component) checks it and must not pull the CMS client into the browser bundle.
 */
export const CMS_UNAVAILABLE_DIGEST = 'NEWSROOM_CMS_UNAVAILABLE';

export function isCmsUnavailableDigest(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { digest?: unknown }).digest === CMS_UNAVAILABLE_DIGEST
  );
}
