// Two things the App Router cannot do on its own, done at the HTTP layer:
//
// 1. Status 503. A page that fails because the CMS is unreachable is answered with 500 by Next. Such a
//    request is flagged (lib/cms-unavailable.ts writes to the per-request state given here), and its 500
//    becomes a 503 with Retry-After.
// 2. A complete HTML body for 404/500/503. In production Next 16 answers a page that called notFound()
//    or threw with an empty <html id="__next_error__"> shell: the branded content is only in the RSC
//    payload, so readers without JavaScript (and crawlers) get a blank page (vercel/next.js#62228).
//    For a browser's document request, that body is replaced with the matching static status page
//    (/[locale]/status/not-found | unavailable | error), keeping the status code.
//
// RSC requests (client-side navigation) are left alone: there the browser renders not-found.tsx and
// error.tsx itself.

export const RETRY_AFTER_SECONDS = '60';

/** The page to serve for a status, or null when the response is left as it is. */
export function statusPageFor(status, cmsUnavailable) {
  if (status === 404) return { status: 404, kind: 'not-found' };
  if (status === 500 || status === 503)
    return cmsUnavailable || status === 503
      ? { status: 503, kind: 'unavailable' }
      : { status: 500, kind: 'error' };
  return null;
}

/** A browser loading a page, as opposed to the router fetching RSC data or a script calling an API. */
export function isDocumentRequest(req) {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.headers.rsc === undefined &&
    req.headers['next-router-prefetch'] === undefined &&
    req.headers['next-router-state-tree'] === undefined
  );
}

/** The locale of a path ("/es/news/x" → "es"), or the fallback. */
export function localeOfUrl(url, locales, fallback) {
  const first = (url ?? '/').split(/[/?#]/)[1] ?? '';
  return locales.includes(first) ? first : fallback;
}

const isHtml = (value) => typeof value === 'string' && value.toLowerCase().startsWith('text/html');

/** Used only if the status page itself cannot be loaded: plain, bilingual, no detail. */
export function fallbackHtml(status) {
  const title =
    status === 404
      ? 'Page not found · Página no encontrada'
      : 'Temporarily unavailable · No disponible por el momento';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font:1.1rem/1.6 Georgia,serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2a2e;background:#f7f5f0}a{color:#1d5c63}</style></head><body><main><h1>${title}</h1><p><a href="/en">Latest news</a> · <a href="/es" lang="es">Últimas noticias</a></p><p>If you are in crisis, call your local emergency number.</p></main></body></html>`;
}

/**
 * Wraps `res` for one request. `state.cmsUnavailable` may be set while Next renders.
 * `loadStatusPage(locale, kind)` resolves to the HTML of a status page. `cmsKnownDown()` says whether the
 * process already knows the CMS is not answering: a request that shared another request's render gets
 * that render's 500 without its own flag, and must still be answered 503.
 */
export function instrumentResponse(
  req,
  res,
  state,
  { loadStatusPage, locales, defaultLocale, cmsKnownDown = () => false },
) {
  const cmsUnavailable = () => state.cmsUnavailable || cmsKnownDown();
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };
  const document = isDocumentRequest(req);
  /** Set once Next has chosen a status whose body is replaced; Next's own body is then discarded. */
  let replacement = null;
  let replaced = false;

  res.writeHead = function writeHead(statusCode, ...rest) {
    let status = statusCode;
    if (status === 500 && cmsUnavailable()) status = 503;
    const headerArg = rest.find((arg) => arg && typeof arg === 'object');
    const contentType =
      this.getHeader('content-type') ?? headerArg?.['content-type'] ?? headerArg?.['Content-Type'];
    const page =
      document && !replaced && isHtml(contentType) ? statusPageFor(status, cmsUnavailable()) : null;
    if (page) {
      replacement = page;
      return this;
    }
    if (status === 503) {
      this.statusCode = 503;
      this.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    }
    return original.writeHead.call(this, status, ...rest);
  };

  res.flushHeaders = function flushHeaders() {
    if (!this.headersSent && !replacement) this.writeHead(this.statusCode);
    if (replacement) return;
    original.flushHeaders.call(this);
  };

  res.write = function write(chunk, encoding, callback) {
    if (!replacement) return original.write.call(this, chunk, encoding, callback);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(done);
    return true;
  };

  res.end = function end(...args) {
    if (
      !replacement &&
      !this.headersSent &&
      document &&
      !replaced &&
      isHtml(this.getHeader('content-type'))
    ) {
      // res.end() without an explicit writeHead: let the check above see the status first.
      this.writeHead(this.statusCode);
    }
    if (!replacement) return original.end.apply(this, args);
    const page = replacement;
    replacement = null;
    replaced = true;
    const done = args.find((arg) => typeof arg === 'function');
    const locale = localeOfUrl(req.url, locales, defaultLocale);
    Promise.resolve()
      .then(() => loadStatusPage(locale, page.kind))
      .catch((error) => {
        console.error(`could not load the ${page.kind} status page:`, error);
        return fallbackHtml(page.status);
      })
      .then((html) => {
        for (const name of ['content-length', 'content-encoding', 'etag', 'transfer-encoding'])
          this.removeHeader(name);
        this.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (page.status !== 404) {
          this.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
        }
        if (page.status === 503) this.setHeader('Retry-After', RETRY_AFTER_SECONDS);
        this.statusCode = page.status;
        original.writeHead.call(this, page.status);
        original.end.call(this, req.method === 'HEAD' ? undefined : html, done);
      });
    return this;
  };
}
