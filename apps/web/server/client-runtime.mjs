// Reading pages without the framework's client runtime.
//
// Every page is rendered to complete HTML on the server and works without JavaScript. Next.js still
// sends its router and React (≈130 KB of gzip JavaScript) plus the page again as an inline RSC payload,
// so that the browser can hydrate it — although nothing on a reading page needs React: links are plain
// links and the share button is a 1 KB script of its own (public/share-button.js). For a browser's
// document request of a reading page, this server drops Next's <script> tags and script preloads from
// the HTML before it is compressed and sent. Other scripts stay: JSON-LD, and scripts of our own.
//
// Pages that need React keep everything: the search page (its live results are a React island) and
// anything that is not a 200 HTML document (RSC requests of client-side navigation, route handlers).

import { gzipSync } from 'node:zlib';

/** Paths whose pages hydrate: the live search. */
const NEEDS_RUNTIME = /^\/[a-z]{2}\/search(?:[/?#]|$)/;
/** Not pages: assets, route handlers, feeds and sitemaps. */
const NOT_A_PAGE =
  /^\/(?:_next|api)\/|\.(?:xml|txt|svg|ico|png|jpe?g|webp|avif|js|css|json|woff2?)(?:[?#]|$)/;

/** Whether the response to this request may have the client runtime removed. */
export function isReadingPageRequest(req) {
  const url = req.url ?? '/';
  return (
    req.method === 'GET' &&
    req.headers.rsc === undefined &&
    req.headers['next-router-prefetch'] === undefined &&
    req.headers['next-router-state-tree'] === undefined &&
    !NOT_A_PAGE.test(url) &&
    !NEEDS_RUNTIME.test(url)
  );
}

const NEXT_SCRIPT_SRC = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g;
const NEXT_SCRIPT_PRELOAD =
  /<link\b[^>]*\srel="(?:preload|modulepreload)"[^>]*\sas="script"[^>]*\/?>|<link\b[^>]*\sas="script"[^>]*\srel="(?:preload|modulepreload)"[^>]*\/?>/g;
/** Inline scripts: only the framework's own (RSC payload pushes and its bootstrap). */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const FRAMEWORK_INLINE =
  /^\s*(?:\(self\.__next_f|self\.__next_f|\$RC|\$RS|\$RX|\(self\.__next_s|\(globalThis\["TURBOPACK"\])/;

/** The page's HTML without the framework's scripts (see the top of this file). */
export function withoutClientRuntime(html) {
  return html
    .replace(NEXT_SCRIPT_SRC, '')
    .replace(NEXT_SCRIPT_PRELOAD, (tag) => (/\shref="\/_next\//.test(tag) ? '' : tag))
    .replace(INLINE_SCRIPT, (tag, attributes, body) =>
      !/\ssrc=/.test(attributes) && !/\stype=/.test(attributes) && FRAMEWORK_INLINE.test(body) ? '' : tag,
    );
}

const isHtml = (value) => typeof value === 'string' && value.toLowerCase().startsWith('text/html');

/**
 * Wraps `res` for a reading page: the response is buffered, and a 200 HTML body loses the client
 * runtime, then is gzipped when the client accepts it. Anything else is sent on unchanged. Must be
 * called before Next sees the request (it hides Accept-Encoding from Next so the body arrives plain).
 */
export function stripClientRuntime(req, res) {
  if (!isReadingPageRequest(req)) return;
  const acceptsGzip = /\bgzip\b/i.test(req.headers['accept-encoding'] ?? '');
  req.headers['accept-encoding'] = 'identity';

  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };
  const chunks = [];
  let head = null;

  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');

  res.writeHead = function writeHead(statusCode, ...rest) {
    head = [statusCode, ...rest];
    return this;
  };
  res.flushHeaders = function flushHeaders() {};
  res.write = function write(chunk, encoding, callback) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(done);
    return true;
  };
  res.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    Object.assign(res, original);

    const [statusCode, ...rest] = head ?? [this.statusCode];
    const headerArg = rest.find((arg) => arg && typeof arg === 'object');
    const contentType =
      this.getHeader('content-type') ?? headerArg?.['content-type'] ?? headerArg?.['Content-Type'];
    let body = Buffer.concat(chunks);
    if (statusCode === 200 && isHtml(contentType) && !this.getHeader('content-encoding')) {
      body = Buffer.from(withoutClientRuntime(body.toString('utf8')), 'utf8');
      const vary = String(this.getHeader('vary') ?? '');
      if (!/\baccept-encoding\b/i.test(vary))
        this.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
      if (acceptsGzip) {
        body = gzipSync(body);
        this.setHeader('Content-Encoding', 'gzip');
      }
      this.removeHeader('etag');
    }
    if (headerArg) {
      for (const name of Object.keys(headerArg))
        if (/^(?:content-length|etag)$/i.test(name)) delete headerArg[name];
    }
    this.removeHeader('transfer-encoding');
    this.setHeader('Content-Length', body.length);
    if (head) res.writeHead(statusCode, ...rest);
    return res.end(body, callback);
  };
}
