/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { instrumentResponse } from '../../server/status-responses.mjs';

/**
 * A stand-in for Next's request handler, driving the response the ways Next does: headers set first,
 * then flushHeaders + write + end (streamed) or end(body) alone (cached ISR result).
 */
type Behaviour = (req: IncomingMessage, res: ServerResponse, state: { cmsUnavailable: boolean }) => void;

const EMPTY_SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';
const loadStatusPage = jest.fn(
  async (locale: string, kind: string) => `<html lang="${locale}"><h1>${kind} page</h1></html>`,
);

let server: Server;
let behaviour: Behaviour;
let origin: string;
/** What the process-wide circuit breaker says in the server above. */
let cmsKnownDown = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    const state = { cmsUnavailable: false };
    instrumentResponse(req, res, state, {
      loadStatusPage,
      locales: ['en', 'es'],
      defaultLocale: 'en',
      cmsKnownDown: () => cmsKnownDown,
    });
    behaviour(req, res, state);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  loadStatusPage.mockClear();
  cmsKnownDown = false;
});

const streamed =
  (status: number, body: string, { flag = false, type = 'text/html; charset=utf-8' } = {}): Behaviour =>
  (_req, res, state) => {
    if (flag) state.cmsUnavailable = true;
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 's-maxage=3600');
    res.flushHeaders();
    res.write(body.slice(0, 10));
    res.write(body.slice(10));
    res.end();
  };

const buffered =
  (status: number, body: string | Buffer, headers: Record<string, string> = {}): Behaviour =>
  (_req, res) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  };

describe('status responses', () => {
  it('replaces the empty 404 shell with the not-found page of the URL’s language', async () => {
    behaviour = streamed(404, EMPTY_SHELL);
    const res = await fetch(`${origin}/es/news/no-existe`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<html lang="es"><h1>not-found page</h1></html>');
    expect(loadStatusPage).toHaveBeenCalledWith('es', 'not-found');
  });

  it('turns a 500 caused by an unreachable CMS into a 503 with Retry-After and the unavailable page', async () => {
    behaviour = streamed(500, EMPTY_SHELL, { flag: true });
    const res = await fetch(`${origin}/en`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(await res.text()).toContain('unavailable page');
  });

  it('answers 503 for a 500 without its own flag while the CMS is known to be down (a shared render)', async () => {
    cmsKnownDown = true;
    behaviour = streamed(500, EMPTY_SHELL);
    const res = await fetch(`${origin}/es/news/compartido`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.text()).toContain('unavailable page');
    expect(loadStatusPage).toHaveBeenCalledWith('es', 'unavailable');
  });

  it('keeps other 500s as 500, with the generic error page', async () => {
    behaviour = streamed(500, EMPTY_SHELL);
    const res = await fetch(`${origin}/en/news/x`);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('error page');
  });

  it('handles a buffered (cached) response and drops its now-wrong length and encoding', async () => {
    behaviour = buffered(404, gzipSync(EMPTY_SHELL), { 'Content-Encoding': 'gzip', ETag: '"abc"' });
    const res = await fetch(`${origin}/fr/anything`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('etag')).toBeNull();
    expect(await res.text()).toBe('<html lang="en"><h1>not-found page</h1></html>');
  });

  it('still answers with the right status (and a plain page) when the status page cannot be loaded', async () => {
    loadStatusPage.mockRejectedValueOnce(new Error('loopback down'));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    behaviour = streamed(500, EMPTY_SHELL, { flag: true });
    const res = await fetch(`${origin}/es`);
    spy.mockRestore();
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).toContain('Temporarily unavailable');
    expect(html).not.toContain('loopback down');
  });

  it('sends no body for HEAD', async () => {
    behaviour = streamed(404, EMPTY_SHELL);
    const res = await fetch(`${origin}/en/x`, { method: 'HEAD' });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });

  it.each([
    [
      'a successful page',
      streamed(200, '<html><h1>Hello</h1></html>'),
      {},
      200,
      '<html><h1>Hello</h1></html>',
    ],
    [
      'client-side navigation (RSC)',
      streamed(404, '0:["rsc payload"]', { type: 'text/x-component' }),
      { rsc: '1' },
      404,
      '0:["rsc payload"]',
    ],
    ['an HTML 404 fetched by the router', streamed(404, EMPTY_SHELL), { rsc: '1' }, 404, EMPTY_SHELL],
    [
      'a JSON API error',
      streamed(404, '{"error":"nope"}', { type: 'application/json' }),
      {},
      404,
      '{"error":"nope"}',
    ],
  ])('leaves %s untouched', async (_label, handler, headers, status, body) => {
    behaviour = handler;
    const res = await fetch(`${origin}/en/something`, { headers });
    expect(res.status).toBe(status);
    expect(await res.text()).toBe(body);
    expect(loadStatusPage).not.toHaveBeenCalled();
  });

  it('still says 503 for a flagged failure that is not a page (no body swap)', async () => {
    behaviour = streamed(500, '{"error":"x"}', { flag: true, type: 'application/json' });
    const res = await fetch(`${origin}/en/something`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.text()).toBe('{"error":"x"}');
  });
});
