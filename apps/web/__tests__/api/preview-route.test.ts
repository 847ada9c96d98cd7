/**
 * @jest-environment node
 */
import { draftMode } from 'next/headers';
import { GET as exitPreview } from '@/app/api/preview/exit/route';
import { GET as enterPreview } from '@/app/api/preview/route';

const draft = { isEnabled: false, enable: jest.fn(), disable: jest.fn() };
jest.mock('next/headers', () => ({ draftMode: jest.fn(async () => draft) }));
const mockConfig: { previewSecret: string; previewApiToken: string | undefined } = {
  previewSecret: 'preview-secret-for-tests-42',
  previewApiToken: 'token-abcdefghijklmnop',
};
jest.mock('@/lib/env', () => ({ env: () => mockConfig }));

const SECRET = 'preview-secret-for-tests-42';
const call = (query: string) => enterPreview(new Request(`http://localhost:3000/api/preview?${query}`));

/** redirect() throws; its digest carries the target. */
async function redirectTarget(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error('expected a redirect');
    },
    (e: unknown) => e as { digest?: string },
  );
  const match = /^NEXT_REDIRECT;[a-z]+;([^;]+);/.exec(error.digest ?? '');
  if (!match?.[1]) throw error;
  return match[1];
}

beforeEach(() => {
  draft.enable.mockClear();
  draft.disable.mockClear();
  (draftMode as jest.Mock).mockClear();
});

describe('GET /api/preview', () => {
  it.each([
    ['no secret', 'url=/en/news/x'],
    ['a wrong secret', 'secret=guess&url=/en/news/x'],
    ['an empty secret', 'secret=&url=/en/news/x'],
  ])('answers 401 and leaves draft mode off for %s', async (_label, query) => {
    const res = await call(query);
    expect(res.status).toBe(401);
    expect(draft.enable).not.toHaveBeenCalled();
  });

  it.each([
    ['a protocol-relative URL', '//evil.example'],
    ['an absolute URL', 'https://evil.example/en'],
    ['a backslash trick', '/\\evil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a path without a leading slash', 'en/news/x'],
    ['a tab inside the host', '/\t/evil.example'],
  ])('refuses to redirect to %s', async (_label, url) => {
    const res = await call(`secret=${SECRET}&url=${encodeURIComponent(url)}`);
    expect(res.status).toBe(400);
    expect(draft.enable).not.toHaveBeenCalled();
  });

  it('refuses a locale the site does not have', async () => {
    const res = await call(`secret=${SECRET}&locale=fr&slug=bonjour`);
    expect(res.status).toBe(400);
    expect(draft.enable).not.toHaveBeenCalled();
  });

  it('answers 503 and stays out of draft mode when no preview token is configured', async () => {
    mockConfig.previewApiToken = undefined;
    try {
      const res = await call(`secret=${SECRET}&url=/en/news/x`);
      expect(res.status).toBe(503);
      expect(draft.enable).not.toHaveBeenCalled();
    } finally {
      mockConfig.previewApiToken = 'token-abcdefghijklmnop';
    }
  });

  it('turns on draft mode and goes to the page given as a path', async () => {
    const target = await redirectTarget(
      call(`secret=${SECRET}&url=${encodeURIComponent('/es/news/un-borrador?x=1')}`),
    );
    expect(target).toBe('/es/news/un-borrador?x=1');
    expect(draft.enable).toHaveBeenCalledTimes(1);
  });

  it('turns on draft mode and goes to the article given as locale and slug', async () => {
    const target = await redirectTarget(call(`secret=${SECRET}&locale=en&slug=a-draft-story`));
    expect(target).toBe('/en/news/a-draft-story');
    expect(draft.enable).toHaveBeenCalledTimes(1);
  });
});

describe('GET /api/preview/exit', () => {
  it('turns draft mode off and returns to the page', async () => {
    const target = await redirectTarget(
      exitPreview(new Request('http://localhost:3000/api/preview/exit?url=%2Fen%2Fnews%2Fx')),
    );
    expect(draft.disable).toHaveBeenCalledTimes(1);
    expect(target).toBe('/en/news/x');
  });

  it('never leaves the site, even when asked to', async () => {
    const target = await redirectTarget(
      exitPreview(new Request('http://localhost:3000/api/preview/exit?url=%2F%2Fevil.example')),
    );
    expect(draft.disable).toHaveBeenCalledTimes(1);
    expect(target).toBe('/');
  });
});

/**
 * The open-redirect class, on both routes: every value a browser or URL parser could resolve to another
 * origin (or to another path than the one checked) is refused by /api/preview (400) and replaced by "/"
 * on /api/preview/exit. Each row is the raw `url` value.
 */
const HOSTILE_TARGETS: Array<[string, string]> = [
  ['dot segment then empty segment', '/.//evil.example'],
  ['dot-dot then empty segment', '/../evil.example'],
  ['parent of the root, then host', '/..//evil.example'],
  ['dot segment in the middle', '/en/./news'],
  ['dot-dot in the middle', '/en/news/../../x'],
  ['trailing dot segment', '/en/.'],
  ['encoded dot segment', '/%2e//evil.example'],
  ['encoded dot-dot', '/%2e%2e//evil.example'],
  ['upper-case encoded dots', '/%2E%2E/evil.example'],
  ['half-encoded dot-dot', '/.%2e/evil.example'],
  ['encoded slash', '/%2fevil.example'],
  ['encoded slash pair', '/%2F%2Fevil.example'],
  ['encoded backslash', '/%5cevil.example'],
  ['double-encoded slash', '/%252fevil.example'],
  ['double-encoded dot-dot', '/%252e%252e/evil.example'],
  ['double-encoded backslash', '/%255cevil.example'],
  ['backslash', '/\\evil.example'],
  ['backslash after a slash', '/\\/evil.example'],
  ['backslash inside', '/en\\..\\..\\evil.example'],
  ['tab between slashes', '/\t/evil.example'],
  ['newline between slashes', '/\n/evil.example'],
  ['carriage return', '/\r/evil.example'],
  ['encoded tab', '/%09/evil.example'],
  ['encoded newline', '/%0a/evil.example'],
  ['leading space', ' //evil.example'],
  ['trailing space', '/en '],
  ['semicolon', '/;/evil.example'],
  ['semicolon parameter', '/en/news;x=1'],
  ['encoded semicolon', '/en%3b/x'],
  ['dot segment and backslash', '/./\\evil.example'],
  ['encoded dot and tab', '/%2e/\t/evil.example'],
  ['tab in the query', '/en?q=\t'],
  ['backslash in the hash', '/en#\\x'],
  ['protocol-relative', '//evil.example'],
  ['triple slash', '///evil.example'],
  ['absolute URL', 'https://evil.example/en'],
  ['scheme-relative with credentials', '//user@evil.example'],
  ['javascript URL', 'javascript:alert(1)'],
  ['data URL', 'data:text/html,x'],
  ['no leading slash', 'evil.example'],
  ['NUL byte', '/en\u0000/x'],
  ['unicode line separator', '/en\u2028/x'],
  ['fullwidth slash', '/\uFF0Fevil.example'],
  ['empty value', ''],
];

describe.each([
  ['GET /api/preview', 'enter'],
  ['GET /api/preview/exit', 'exit'],
])('%s: no redirect off the site or to a normalised path', (_route, which) => {
  it.each(HOSTILE_TARGETS)('%s', async (_label, url) => {
    const query = `url=${encodeURIComponent(url)}`;
    if (which === 'enter') {
      const res = await call(`secret=${SECRET}&${query}`);
      expect(res.status).toBe(400);
      expect(draft.enable).not.toHaveBeenCalled();
    } else {
      const target = await redirectTarget(
        exitPreview(new Request(`http://localhost:3000/api/preview/exit?${query}`)),
      );
      expect(target).toBe('/');
    }
  });

  it.each([
    '/en/news/a-story',
    '/es/category/salud/page/2',
    '/en/search?q=walk%20home&page=2',
    '/en#top',
    '/',
  ])('keeps %s unchanged', async (url) => {
    const query = `url=${encodeURIComponent(url)}`;
    const target =
      which === 'enter'
        ? await redirectTarget(call(`secret=${SECRET}&${query}`))
        : await redirectTarget(exitPreview(new Request(`http://localhost:3000/api/preview/exit?${query}`)));
    expect(target).toBe(url);
  });
});
