import 'server-only';
import { draftMode } from 'next/headers';
import { CircuitBreaker, createCmsClient, type CmsClient } from '@newsroom/cms-client';
import { env } from './env';
import { flaggingUnavailability } from './cms-unavailable';

/**
 * The web app's only door to the CMS. Pages ask for `await cms()` and get the published client, or, while
 * an editor is in draft mode, a client that reads drafts with the preview API token. Both are created once
 * per server process.
 */
const BREAKER_KEY = Symbol.for('newsroom.cms-circuit-breaker');

/**
 * One circuit breaker for the whole process: pages, route handlers (/api/search, feeds) and the preview
 * client all learn at once that the CMS is not answering. Next may load this module several times (one
 * copy per route bundle), hence a global symbol rather than a module variable.
 */
function sharedBreaker(): CircuitBreaker {
  const store = globalThis as unknown as Record<symbol, CircuitBreaker | undefined>;
  store[BREAKER_KEY] ??= new CircuitBreaker();
  return store[BREAKER_KEY];
}

let publishedClient: CmsClient | undefined;
let draftClient: CmsClient | undefined;

function published(): CmsClient {
  const config = env();
  publishedClient ??= flaggingUnavailability(
    createCmsClient({
      baseUrl: config.cmsUrl,
      mediaBaseUrl: config.cmsMediaUrl,
      status: 'published',
      revalidateSeconds: config.revalidateSeconds,
      circuitBreaker: sharedBreaker(),
    }),
  );
  return publishedClient;
}

function drafts(): CmsClient {
  const config = env();
  draftClient ??= flaggingUnavailability(
    createCmsClient({
      baseUrl: config.cmsUrl,
      mediaBaseUrl: config.cmsMediaUrl,
      token: config.previewApiToken,
      status: 'draft',
      revalidateSeconds: config.revalidateSeconds,
      circuitBreaker: sharedBreaker(),
    }),
  );
  return draftClient;
}

export async function cms(): Promise<CmsClient> {
  const { isEnabled } = await draftMode();
  return isEnabled ? drafts() : published();
}

export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled;
}
