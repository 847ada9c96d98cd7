import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SurrogateKeyState {
  cacheTags?: Set<string>;
  sharedCacheUnavailable?: boolean;
}

export declare const SHARED_MAX_AGE_SECONDS: number;
export declare const SHARED_STALE_SECONDS: number;
export declare function surrogateKeys(tags: readonly unknown[] | undefined): string[];
export declare function splitTagsHeader(value: unknown): string[];
export declare function pathnameOfCacheKey(key: unknown): string | undefined;
export declare function recordTags(tags: readonly unknown[] | undefined): void;
export declare function recordEntryTags(cacheKey: string, tags: readonly unknown[]): void;
export declare function markSharedCacheUnavailable(): void;
export declare function sharedCacheControl<T>(value: T): T;
export declare function isSharedCacheable(cacheControl: unknown): boolean;
export declare function exposeSurrogateKeys(
  req: IncomingMessage,
  res: ServerResponse,
  state: SurrogateKeyState,
): void;
