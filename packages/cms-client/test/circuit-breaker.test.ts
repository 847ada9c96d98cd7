import { CircuitBreaker, CmsUnavailableError, createCmsClient } from '../src';
import { fakeFetch, json } from './fake-fetch';
import { fixture as loadFixture } from './load-fixture';

/** A CMS process that is frozen: the connection opens, nothing ever comes back until the caller aborts. */
const hang = (_url: URL, _i: number, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  let error: unknown = null;
  try {
    await work();
  } catch (caught) {
    error = caught;
  }
  return { ms: performance.now() - started, error };
}

describe('CircuitBreaker', () => {
  let now = 0;
  const breaker = () =>
    new CircuitBreaker({ threshold: 2, cooldownMs: 1000, openDeadlineMs: 30, now: () => now });

  it('opens after the threshold, shortens deadlines, then lets one probe through', () => {
    now = 0;
    const b = breaker();
    expect(b.deadline(2500)).toEqual({ ms: 2500, probe: false });
    b.failure();
    expect(b.state).toBe('closed');
    b.failure();
    expect(b.state).toBe('open');
    expect(b.deadline(2500)).toEqual({ ms: 30, probe: false });
    b.success(); // a quick answer while open may be a cache hit: it proves nothing
    expect(b.state).toBe('open');
    now = 1500;
    expect(b.state).toBe('half-open');
    expect(b.deadline(2500)).toEqual({ ms: 2500, probe: true });
    expect(b.deadline(2500)).toEqual({ ms: 30, probe: false }); // one probe at a time
    b.success(true);
    expect(b.state).toBe('closed');
  });

  it('is not kept open by the failures of short-deadline requests (steady traffic still gets a probe)', () => {
    now = 0;
    const b = breaker();
    b.failure();
    b.failure();
    for (now = 0; now < 1000; now += 100) b.failure(b.deadline(2500).probe);
    now = 1000;
    expect(b.deadline(2500)).toEqual({ ms: 2500, probe: true });
  });

  it('re-opens when the probe fails', () => {
    now = 0;
    const b = breaker();
    b.failure();
    b.failure();
    now = 2000;
    const { probe } = b.deadline(2500);
    b.failure(probe);
    expect(b.state).toBe('open');
    now = 2500;
    expect(b.deadline(2500).ms).toBe(30);
  });
});

describe('a client in front of a frozen CMS', () => {
  it('waits one timeout, then fails within the short deadline while the CMS is known down', async () => {
    const { fetch } = fakeFetch(hang);
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch, timeoutMs: 300 });
    const first = await timed(() => client.listArticles({ locale: 'en' }));
    const second = await timed(() => client.listArticles({ locale: 'en' }));
    console.log(
      `frozen CMS: first request failed after ${first.ms.toFixed(0)} ms, next after ${second.ms.toFixed(0)} ms`,
    );
    expect(first.error).toBeInstanceOf(CmsUnavailableError);
    expect(second.error).toBeInstanceOf(CmsUnavailableError);
    expect(first.ms).toBeGreaterThanOrEqual(250);
    expect(second.ms).toBeLessThan(first.ms);
    expect(String((second.error as Error).message)).toMatch(/circuit open/);
  });

  it('still returns what answers quickly while open (a data-cache hit), and closes once the CMS is back', async () => {
    let frozen = true;
    const fixture = loadFixture('articles-page.en');
    const { fetch } = fakeFetch((url, i, init) => (frozen ? hang(url, i, init) : json(fixture)));
    let now = 0;
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      fetch,
      timeoutMs: 200,
      circuitBreaker: { cooldownMs: 1000, now: () => now },
    });
    await expect(client.listArticles({ locale: 'en' })).rejects.toBeInstanceOf(CmsUnavailableError);
    frozen = false;
    await expect(client.listArticles({ locale: 'en' })).resolves.toBeDefined();
    now = 5000;
    await expect(client.listArticles({ locale: 'en' })).resolves.toBeDefined();
    frozen = true;
    const after = await timed(() => client.listArticles({ locale: 'en' }));
    expect(after.ms).toBeGreaterThanOrEqual(150); // closed again: the full deadline
  });

  it('can be turned off', async () => {
    const { fetch } = fakeFetch(hang);
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      fetch,
      timeoutMs: 150,
      circuitBreaker: false,
    });
    await timed(() => client.listArticles({ locale: 'en' }));
    const again = await timed(() => client.listArticles({ locale: 'en' }));
    expect(again.ms).toBeGreaterThanOrEqual(120);
  });
});

describe('what opens the circuit', () => {
  it.each([
    ['a refused connection (fetch TypeError)', 'open', () => Promise.reject(new TypeError('fetch failed'))],
    [
      'a layer in between failing (e.g. a data cache)',
      'closed',
      () => Promise.reject(new Error('cache down')),
    ],
  ] as const)('%s leaves it %s', async (_label, state, respond) => {
    const breaker = new CircuitBreaker();
    const { fetch } = fakeFetch(respond);
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch, circuitBreaker: breaker });
    await expect(client.listArticles({ locale: 'en' })).rejects.toBeInstanceOf(CmsUnavailableError);
    expect(breaker.state).toBe(state);
  });
});

describe('a request that started while the circuit was open', () => {
  it('does not re-open it when it fails after a probe has closed it', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ cooldownMs: 1000, openDeadlineMs: 50, now: () => now });
    breaker.failure(); // open until t = 1000
    const { fetch } = fakeFetch(hang);
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch, circuitBreaker: breaker });
    const shortDeadline = client.listArticles({ locale: 'en' }); // 50 ms while open
    now = 2000;
    const { probe } = breaker.deadline(8000);
    breaker.success(probe); // the probe reached the CMS: closed
    await expect(shortDeadline).rejects.toBeInstanceOf(CmsUnavailableError);
    expect(breaker.state).toBe('closed');
  });
});

describe('a breaker shared by several clients', () => {
  it('makes every client fail fast once one of them has seen the CMS hang', async () => {
    const { fetch } = fakeFetch(hang);
    const breaker = new CircuitBreaker();
    const a = createCmsClient({ baseUrl: 'http://cms.test', fetch, timeoutMs: 300, circuitBreaker: breaker });
    const b = createCmsClient({ baseUrl: 'http://cms.test', fetch, timeoutMs: 300, circuitBreaker: breaker });
    await timed(() => a.listArticles({ locale: 'en' }));
    const other = await timed(() => b.listCategories('en'));
    expect(other.error).toBeInstanceOf(CmsUnavailableError);
    expect(other.ms).toBeLessThan(200);
  });
});

describe('telling a hung CMS from a busy one', () => {
  const fixture = loadFixture('articles-page.en');
  const slowly = (ms: number) =>
    new Promise<Response>((resolve) => setTimeout(() => resolve(json(fixture)), ms));

  it('waits for a busy CMS that still answers its health check', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.pathname === '/_health' ? new Response(null, { status: 204 }) : slowly(700),
    );
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      fetch,
      timeoutMs: 3000,
      liveness: { afterMs: 200, timeoutMs: 200 },
    });
    await expect(client.listArticles({ locale: 'en' })).resolves.toBeDefined();
    expect(calls.some((call) => call.url.endsWith('/_health'))).toBe(true);
  });

  it('gives up on a hung CMS once its health check does not answer either, well before the timeout', async () => {
    const { fetch } = fakeFetch(hang);
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      fetch,
      timeoutMs: 5000,
      liveness: { afterMs: 200, timeoutMs: 200 },
    });
    const result = await timed(() => client.listArticles({ locale: 'en' }));
    console.log(`hung CMS detected after ${result.ms.toFixed(0)} ms (timeout 5000 ms)`);
    expect(result.error).toBeInstanceOf(CmsUnavailableError);
    expect(String((result.error as Error).message)).toMatch(/hung/);
    expect(result.ms).toBeLessThan(2000);
  });
});
