import {
  CmsError,
  CmsResponseError,
  CmsUnavailableError,
  CmsValidationError,
  createCmsClient,
} from '../src/index';
import { fakeFetch, json } from './fake-fetch';
import { fixture } from './load-fixture';

function clientAnswering(respond: Parameters<typeof fakeFetch>[0], timeoutMs = 8000) {
  const fake = fakeFetch(respond);
  return createCmsClient({ baseUrl: 'http://cms.test', fetch: fake.fetch, timeoutMs });
}

/** A fetch that honours the abort signal but otherwise never answers. */
function hangingResponder(_url: URL, _i: number, init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

describe('failures throw; none turns into an empty list', () => {
  it.each<[string, Parameters<typeof fakeFetch>[0], new (...args: never[]) => CmsError, RegExp]>([
    [
      'a network error',
      () => Promise.reject(new TypeError('fetch failed')),
      CmsUnavailableError,
      /network error \(fetch failed\)/,
    ],
    [
      'HTTP 500',
      () => json({ data: null, error: { status: 500, message: 'Internal Server Error' } }, 500),
      CmsUnavailableError,
      /HTTP 500/,
    ],
    [
      'HTTP 503 with an HTML page',
      () => new Response('<h1>down</h1>', { status: 503 }),
      CmsUnavailableError,
      /HTTP 503/,
    ],
    ['HTTP 429', () => json({}, 429), CmsUnavailableError, /HTTP 429/],
    [
      'a 200 that is not JSON',
      () => new Response('<html>proxy says hi</html>', { status: 200 }),
      CmsUnavailableError,
      /not JSON/,
    ],
    [
      'a truncated JSON body',
      () => new Response('{"data":[{"id":1', { status: 200 }),
      CmsUnavailableError,
      /not JSON/,
    ],
    [
      'HTTP 400 from strict params',
      () =>
        json(
          { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key foo' } },
          400,
        ),
      CmsResponseError,
      /HTTP 400: Invalid key foo/,
    ],
    [
      'HTTP 403 (permission missing)',
      () => json({ data: null, error: { status: 403, message: 'Forbidden' } }, 403),
      CmsResponseError,
      /HTTP 403: Forbidden/,
    ],
    [
      'HTTP 404 (route missing)',
      () => json({ data: null, error: { status: 404, message: 'Not Found' } }, 404),
      CmsResponseError,
      /HTTP 404/,
    ],
  ])('%s', async (_label, respond, ErrorClass, message) => {
    const client = clientAnswering(respond);
    const attempt = client.listArticles({ locale: 'en' });
    await expect(attempt).rejects.toBeInstanceOf(ErrorClass);
    await expect(attempt).rejects.toBeInstanceOf(CmsError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('reports the HTTP status on CmsResponseError', async () => {
    const client = clientAnswering(() => json({ error: { message: 'Forbidden' } }, 403));
    await expect(client.listTags('en')).rejects.toMatchObject({ status: 403 });
  });

  it('gives up after timeoutMs with CmsUnavailableError', async () => {
    const client = clientAnswering(hangingResponder, 50);
    const started = Date.now();
    await expect(client.getArticleBySlug('en', 'slow')).rejects.toThrow(/timed out after 50 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('also times out a server that sends headers and then stalls the body', async () => {
    const client = clientAnswering(
      (_url, _i, init) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"data":'));
              init.signal?.addEventListener('abort', () =>
                controller.error(new DOMException('aborted', 'AbortError')),
              );
            },
          }),
          { status: 200 },
        ),
      50,
    );
    await expect(client.listCategories('en')).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it('never puts the API token into error messages', async () => {
    const fake = fakeFetch(() => json({}, 500));
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch: fake.fetch, token: 'very-secret' });
    await expect(client.listAuthors()).rejects.not.toThrow(/very-secret/);
  });
});

describe('responses that do not match the schema', () => {
  it('names the missing field path', async () => {
    const raw = fixture('articles-page.en');
    delete raw.data[1].title;
    const client = clientAnswering(() => json(raw));
    const attempt = client.listArticles({ locale: 'en' });
    await expect(attempt).rejects.toBeInstanceOf(CmsValidationError);
    await expect(attempt).rejects.toMatchObject({ path: 'data.1.title' });
    await expect(attempt).rejects.toThrow(/data\.1\.title/);
  });

  it.each([
    [
      'a wrong type deep inside',
      (raw: any) => {
        raw.data[0].cover.url = 42;
      },
      'data.0.cover.url',
    ],
    [
      'a locale the site does not serve',
      (raw: any) => {
        raw.data[0].locale = 'fr';
      },
      'data.0.locale',
    ],
    [
      'missing pagination',
      (raw: any) => {
        delete raw.meta.pagination;
      },
      'meta.pagination',
    ],
    [
      'a Strapi 4 style entry',
      (raw: any) => {
        raw.data[0] = { id: 1, attributes: raw.data[0] };
      },
      'data.0.documentId',
    ],
  ])('rejects %s', async (_label, corrupt, path) => {
    const raw = fixture('articles-page.en');
    corrupt(raw);
    const client = clientAnswering(() => json(raw));
    await expect(client.listArticles({ locale: 'en' })).rejects.toMatchObject({
      name: 'CmsValidationError',
      path,
    });
  });

  it('validates the article page body as blocks', async () => {
    const raw = fixture('article.en');
    raw.data[0].body = '<p>html</p>';
    const client = clientAnswering(() => json(raw));
    await expect(client.getArticleBySlug('en', 'x')).rejects.toMatchObject({ path: 'data.0.body' });
  });
});
