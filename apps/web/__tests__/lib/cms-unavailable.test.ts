/**
 * @jest-environment node
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { CmsResponseError, CmsUnavailableError } from '@newsroom/cms-client';
import { flaggingUnavailability, REQUEST_STATE_KEY, type RequestState } from '@/lib/cms-unavailable';
import { CMS_UNAVAILABLE_DIGEST, isCmsUnavailableDigest } from '@/lib/cms-unavailable-digest';

const store = new AsyncLocalStorage<RequestState>();
beforeAll(() => {
  (globalThis as Record<symbol, unknown>)[REQUEST_STATE_KEY] = store;
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[REQUEST_STATE_KEY];
});

const client = {
  ok: async (x: number) => x * 2,
  down: async () => {
    throw new CmsUnavailableError('connect ECONNREFUSED');
  },
  broken: async () => {
    throw new CmsResponseError(400, 'bad query');
  },
};

describe('flaggingUnavailability', () => {
  it('passes results through unchanged', async () => {
    await expect(flaggingUnavailability(client).ok(21)).resolves.toBe(42);
  });

  it('marks an unreachable CMS on the error and on the current request', async () => {
    const state: RequestState = { cmsUnavailable: false };
    const error = await store.run(state, () =>
      flaggingUnavailability(client)
        .down()
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(isCmsUnavailableDigest(error)).toBe(true);
    expect((error as { digest: string }).digest).toBe(CMS_UNAVAILABLE_DIGEST);
    expect(state.cmsUnavailable).toBe(true);
  });

  it('leaves other errors (and the request) alone', async () => {
    const state: RequestState = { cmsUnavailable: false };
    const error = await store.run(state, () =>
      flaggingUnavailability(client)
        .broken()
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(CmsResponseError);
    expect(isCmsUnavailableDigest(error)).toBe(false);
    expect(state.cmsUnavailable).toBe(false);
  });

  it('works without a request store (plain `next start`)', async () => {
    delete (globalThis as Record<symbol, unknown>)[REQUEST_STATE_KEY];
    const error = await flaggingUnavailability(client)
      .down()
      .catch((e: unknown) => e);
    expect(isCmsUnavailableDigest(error)).toBe(true);
    (globalThis as Record<symbol, unknown>)[REQUEST_STATE_KEY] = store;
  });
});
