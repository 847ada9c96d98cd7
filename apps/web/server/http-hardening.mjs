// What server.mjs checks and adds on every request before Next sees it (plain JS: server.mjs is not
// compiled). Pure functions, unit-tested in __tests__/server/http-hardening.test.ts.
//
// - Methods: the site answers GET, HEAD, POST and OPTIONS; anything else (TRACE, TRACK, CONNECT, PUT,
//   PROPFIND…) is a 405 instead of reaching Next (which answered TRACE with a 500).
// - URLs: a path segment or query that is not valid percent-encoded UTF-8 (`%C0%AF`, `%E0%A4%A`, `%zz`)
//   is a 400 (Next's decoder threw: a 500).
// - Search spellings: Next decodes `/%65n/search`, `/en//search`, `/en/search/` and `/en/%73earch` to the
//   search page, but proxy.ts (the rate limit) only matches the canonical spelling. Any other spelling
//   that leads to a search page is redirected (308) to the canonical one, where the limit applies.
// - Security headers on every response, and `private, no-store` + `Vary: Cookie` on every response
//   rendered in draft mode (the preview cookie), whatever route produced it.

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const ALLOWED = new Set(ALLOWED_METHODS);

/** Next's draft-mode cookie. Its presence is enough: a bogus value only makes a response private. */
export const PREVIEW_COOKIE = '__prerender_bypass';

/** null when the method is served, else the status to answer. */
export function methodProblem(method) {
  return ALLOWED.has(method) ? null : 405;
}

function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** True when every path segment and every query key/value is valid percent-encoded UTF-8. */
export function isWellEncodedUrl(rawUrl) {
  const url = rawUrl ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt + 1);
  if (!path.split('/').every(decodes)) return false;
  return query
    .split('&')
    .flatMap((pair) => pair.split('='))
    .every((part) => decodes(part.replace(/\+/g, ' ')));
}

/**
 * The path as Next routes it: backslashes read as slashes, segments percent-decoded, dot segments
 * resolved (raw or encoded, as URL parsers do) and empty segments (double or trailing slashes) dropped.
 * Null when it cannot be decoded.
 */
export function routedPath(rawPath) {
  try {
    const resolved = [];
    for (const raw of rawPath.replace(/\\/g, '/').split('/')) {
      const segment = decodeURIComponent(raw);
      if (segment === '' || segment === '.') continue;
      if (segment === '..') resolved.pop();
      else resolved.push(segment);
    }
    return `/${resolved.join('/')}`;
  } catch {
    return null;
  }
}

/**
 * For a request that reaches a search page under another spelling than `/<locale>/search`, the
 * canonical URL (query kept); otherwise null.
 */
export function canonicalSearchRedirect(rawUrl, locales) {
  const url = rawUrl ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  const routed = routedPath(path);
  if (!routed) return null;
  const match = /^\/([^/]+)\/search$/.exec(routed);
  if (!match || !locales.includes(match[1])) return null;
  return routed === path ? null : `${routed}${query}`;
}

export function hasPreviewCookie(cookieHeader) {
  if (typeof cookieHeader !== 'string') return false;
  return cookieHeader.split(';').some((part) => part.trim().startsWith(`${PREVIEW_COOKIE}=`));
}

/** Was this request made over https: directly, or (TRUST_PROXY) as the trusted proxy says? */
export function isHttps(req, trustProxy) {
  if (req.socket?.encrypted) return true;
  if (!trustProxy) return false;
  const forwarded = req.headers['x-forwarded-proto'];
  const last = String(Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .at(-1)
    ?.trim()
    .toLowerCase();
  return last === 'https';
}

/**
 * Inline scripts: Next streams each page's data as inline `<script>self.__next_f.push(…)</script>` and
 * pages are static (the same bytes for every reader), so a per-request nonce would force dynamic
 * rendering and hashes change with every publish: script-src needs 'unsafe-inline' (see
 * docs/architecture.md). No origin other than the site itself appears anywhere.
 */
export function contentSecurityPolicy({ frameAncestors }) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
  'clipboard-write=(self)',
  'web-share=(self)',
].join(', ');

/**
 * The CMS origins that may frame a preview (the admin's preview pane). A CMS on this machine may be
 * opened at localhost or 127.0.0.1 (the admin addresses the site under the same name): both are listed.
 */
export function previewFrameOrigins(env) {
  const origins = new Set();
  for (const value of [env.CMS_URL || 'http://127.0.0.1:1337', env.CMS_MEDIA_URL]) {
    if (!value) continue;
    try {
      const url = new URL(value);
      origins.add(url.origin);
      if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
        for (const hostname of ['localhost', '127.0.0.1']) {
          url.hostname = hostname;
          origins.add(url.origin);
        }
      }
    } catch {
      // lib/env.ts rejects a malformed URL at start-up with a clear message.
    }
  }
  return [...origins];
}

/**
 * Headers for one response. `preview`: rendered with the draft-mode cookie (or the preview entry
 * route), which the CMS admin frames; nothing else may be framed.
 */
export function responseHeaders({ https, preview, previewOrigins }) {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy({
      frameAncestors: preview ? ["'self'", ...previewOrigins] : [],
    }),
    'X-Content-Type-Options': 'nosniff',
    // Full referrer within the site, nothing at all (not even the origin) to other sites: a shared
    // article link never tells the destination what the reader was reading. Unlike no-referrer, this
    // keeps the Origin header of same-origin POSTs (no-referrer turns it into "null").
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
  if (!preview) headers['X-Frame-Options'] = 'DENY';
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

/** Headers that must win over whatever Next sets later for this response. */
export function draftModeHeaders() {
  return { 'Cache-Control': 'private, no-store', Vary: 'Cookie' };
}

/**
 * Makes `headers` win over anything set later: applied in writeHead, which every response goes
 * through (Node calls it for an implicit header too), and dropped from a headers object passed to it.
 */
export function enforceHeaders(res, headers) {
  const originalWriteHead = res.writeHead;
  const names = Object.keys(headers).map((name) => name.toLowerCase());
  res.writeHead = function writeHead(statusCode, ...rest) {
    for (const arg of rest) {
      if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
        for (const key of Object.keys(arg)) {
          if (!names.includes(key.toLowerCase())) continue;
          // A Vary given here is kept (Cookie is added to it below); the other enforced headers lose.
          if (key.toLowerCase() === 'vary') this.setHeader('Vary', arg[key]);
          delete arg[key];
        }
      }
    }
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() === 'vary') {
        const existing = String(this.getHeader('vary') ?? '');
        const parts = existing
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean);
        if (!parts.some((part) => part.toLowerCase() === 'cookie')) parts.push(value);
        this.setHeader('Vary', parts.join(', '));
      } else if (!this.headersSent) {
        this.setHeader(name, value);
      }
    }
    return originalWriteHead.call(this, statusCode, ...rest);
  };
}

/** Node hands CONNECT to a 'connect' listener instead of the request handler: answer it with a 405. */
export function refuseConnect(_req, socket) {
  socket.end(
    'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  );
}

/** Answers a request refused before Next: plain text, never cached. */
export function refuse(res, status, message, extraHeaders = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  res.end(message);
}
