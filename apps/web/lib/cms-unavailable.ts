import { CmsUnavailableError } from '@newsroom/cms-client';
import { CMS_UNAVAILABLE_DIGEST } from './cms-unavailable-digest';

/**
 * When Strapi cannot be reached, a page that was never cached has nothing to show. Two things make that a
 * calm, honest "temporarily unavailable" page instead of a generic 500:
 *
 * 1. The error gets a fixed `digest`. Next.js keeps a digest that is already set and forwards only the
 *    digest to the browser in production, so `error.tsx` can tell this case from a real bug without
 *    ever seeing a message or stack.
 * 2. The request is flagged in a per-request store that `server.mjs` installs (AsyncLocalStorage on a
 *    global symbol). The App Router has no API to choose a 503 status, so the server turns this request's
 *    500 into a 503 with Retry-After. Under plain `next start` there is no store and the page is a 500.
 */
export const REQUEST_STATE_KEY = Symbol.for('newsroom.request-state');

export interface RequestState {
  cmsUnavailable: boolean;
}

interface RequestStateStore {
  getStore(): RequestState | undefined;
}

function requestState(): RequestState | undefined {
  const store = (globalThis as Record<symbol, unknown>)[REQUEST_STATE_KEY] as RequestStateStore | undefined;
  return store?.getStore();
}

/** Marks the error (and the current request) as "the CMS is down", then hands the error back. */
export function flagCmsUnavailable(error: unknown): unknown {
  if (error instanceof CmsUnavailableError) {
    (error as CmsUnavailableError & { digest?: string }).digest = CMS_UNAVAILABLE_DIGEST;
    const state = requestState();
    if (state) state.cmsUnavailable = true;
  }
  return error;
}

/**
 * Wraps every async method of a client so a CmsUnavailableError is flagged on its way out. The client's
 * own behaviour (what it returns, what else it throws) is unchanged.
 */
export function flaggingUnavailability<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => {
                throw flagCmsUnavailable(error);
              })
            : result;
        } catch (error) {
          throw flagCmsUnavailable(error);
        }
      };
    },
  });
}
