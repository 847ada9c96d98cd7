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
