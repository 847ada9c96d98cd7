/**
 * @jest-environment node
 */
import { frontPurgeSettings, purgeFront } from '@/server/front-purge.mjs';

const settings = { url: 'http://127.0.0.1:8080/', secret: 'a-long-enough-purge-secret' };
const quiet = { error: jest.fn() };

function fakeFetch(...answers: Array<Response | Error>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const answer = answers.shift() ?? new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

beforeEach(() => quiet.error.mockReset());

describe('purgeFront', () => {
  it('sends one soft purge with the surrogate keys and the secret, and reports the count', async () => {
    const { fetchImpl, calls } = fakeFetch(new Response('ok', { headers: { 'x-purged': '7' } }));
    const purged = await purgeFront(['cms', 'articles:en', '_N_T_/en/layout', 'cms'], {
      ...settings,
      fetchImpl,
      log: quiet,
    });
    expect(purged).toBe(7);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(settings.url);
    expect(calls[0]!.init.method).toBe('PURGE');
    expect(calls[0]!.init.headers).toEqual({
      'xkey-purge': 'cms articles:en',
      'x-purge-secret': settings.secret,
    });
  });

  it('retries a front that cannot be reached, then logs and gives up without throwing', async () => {
    const { fetchImpl, calls } = fakeFetch(
      new Error('ECONNREFUSED'),
      new Error('ECONNREFUSED'),
      new Error('x'),
    );
    await expect(purgeFront(['cms'], { ...settings, fetchImpl, log: quiet })).resolves.toBeUndefined();
    expect(calls).toHaveLength(3);
    expect(quiet.error).toHaveBeenCalledWith(expect.stringContaining('purge of [cms] failed'));
  });

  it('does not retry a refusal (wrong secret or address)', async () => {
    const { fetchImpl, calls } = fakeFetch(new Response('Forbidden', { status: 403 }));
    await expect(purgeFront(['cms'], { ...settings, fetchImpl, log: quiet })).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['no front configured', { fetchImpl: undefined }, ['cms']],
    ['no secret', { secret: '' }, ['cms']],
    ['only implicit tags', {}, ['_N_T_/en']],
  ])('sends nothing with %s', async (_label, override, tags) => {
    const { fetchImpl, calls } = fakeFetch();
    const options =
      'fetchImpl' in override
        ? { fetchImpl, log: quiet }
        : { ...settings, ...override, fetchImpl, log: quiet };
    await expect(purgeFront(tags, options)).resolves.toBe(0);
    expect(calls).toHaveLength(0);
  });

  it('reads its settings from the environment, both or nothing', () => {
    expect(
      frontPurgeSettings({ FRONT_PURGE_URL: settings.url, FRONT_PURGE_SECRET: settings.secret }),
    ).toEqual(settings);
    expect(frontPurgeSettings({ FRONT_PURGE_URL: settings.url })).toBeUndefined();
    expect(frontPurgeSettings({})).toBeUndefined();
  });
});
