// Production server: Next.js as `next start` runs it, plus the status handling in
// server/status-responses.mjs (HTTP 503 when the CMS is unreachable, and complete server-rendered HTML
// for 404/500/503 pages). `pnpm start` runs this; `pnpm start:next` runs plain `next start`.
//
// Each request runs inside an AsyncLocalStorage context published on a global symbol, which is how the
// page code (lib/cms-unavailable.ts) tells this server "the CMS was unreachable for this request".
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, clientAddress, isTrustProxy } from './server/client-address.mjs';
import { createRedirectTable, isCandidate, loadFromRoute, sendRedirect } from './server/redirects.mjs';
import {
  ALLOWED_METHODS,
  canonicalSearchRedirect,
  draftModeHeaders,
  enforceHeaders,
  hasPreviewCookie,
  isHttps,
  isWellEncodedUrl,
  methodProblem,
  previewFrameOrigins,
  refuse,
  refuseConnect,
  responseHeaders,
} from './server/http-hardening.mjs';
import { stripClientRuntime } from './server/client-runtime.mjs';
import { instrumentResponse } from './server/status-responses.mjs';
import { exposeSurrogateKeys } from './server/surrogate-keys.mjs';

const REQUEST_STATE_KEY = Symbol.for('newsroom.request-state');
const LOCALES = ['en', 'es'];
const DEFAULT_LOCALE = 'en';

const requestState = new AsyncLocalStorage();
globalThis[REQUEST_STATE_KEY] = requestState;

const port = Number.parseInt(process.env.PORT || '3000', 10);
// Not HOSTNAME: shells and containers set that to the machine's name.
const hostname = process.env.WEB_HOST || '0.0.0.0';
// Behind a reverse proxy every request comes from the proxy; TRUST_PROXY=true reads X-Forwarded-For.
const trustProxy = isTrustProxy(process.env.TRUST_PROXY);
// The status pages are fetched from this very server over loopback.
const selfOrigin = `http://${hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname}:${port}`;

const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname, port });
try {
  await app.prepare();
} catch (error) {
  // Invalid configuration (lib/env.ts, checked in next.config.ts) lands here, naming the variable.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const handle = app.getRequestHandler();
// Read after prepare(): Next has loaded .env files into process.env by then.
const previewOrigins = previewFrameOrigins(process.env);
// Old addresses (imported WordPress permalinks …) → 308, from an in-memory table (server/redirects.mjs).
const redirects = createRedirectTable({ load: loadFromRoute(selfOrigin) });

/** True while the process-wide circuit breaker (lib/cms.ts) holds the CMS for down. */
const BREAKER_KEY = Symbol.for('newsroom.cms-circuit-breaker');
const cmsKnownDown = () => {
  const breaker = globalThis[BREAKER_KEY];
  return breaker !== undefined && breaker.state !== 'closed';
};

/** Status pages are static and built with the app, so one copy per process is enough. */
const statusPages = new Map();
function loadStatusPage(locale, kind) {
  const key = `${locale}/${kind}`;
  if (!statusPages.has(key)) {
    const loading = fetch(`${selfOrigin}/${locale}/status/${kind}`, {
      headers: { 'accept-encoding': 'identity' },
      signal: AbortSignal.timeout(5000),
    }).then(async (response) => {
      if (!response.ok) throw new Error(`status page ${key} answered ${response.status}`);
      return response.text();
    });
    loading.catch(() => statusPages.delete(key));
    statusPages.set(key, loading);
  }
  return statusPages.get(key);
}

createServer(async (req, res) => {
  // Security headers on every response, refused ones included (server/http-hardening.mjs).
  const preview = hasPreviewCookie(req.headers.cookie) || /^\/api\/preview(?:[/?]|$)/.test(req.url ?? '');
  const security = responseHeaders({ https: isHttps(req, trustProxy), preview, previewOrigins });
  for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
  // Anything rendered in draft mode stays out of shared caches, whatever Next says later.
  if (preview) enforceHeaders(res, draftModeHeaders());

  if (methodProblem(req.method)) {
    return refuse(res, 405, 'Method not allowed', { Allow: ALLOWED_METHODS.join(', ') });
  }
  if (!isWellEncodedUrl(req.url)) return refuse(res, 400, 'Bad request: the URL is not valid UTF-8');
  const searchRedirect = canonicalSearchRedirect(req.url, LOCALES);
  if (searchRedirect) return refuse(res, 308, searchRedirect, { Location: searchRedirect });

  // Old addresses (imported WordPress permalinks …) → 308 from memory (server/redirects.mjs).
  if (isCandidate(req.method, req.url ?? '')) {
    await redirects.ready(2000);
    const target = redirects.find(req.url ?? '');
    if (target) return sendRedirect(res, target);
  }

  const state = { cmsUnavailable: false };
  // Always overwritten: the search rate limit must count by an address the client cannot choose.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trustProxy);
  // First, so it sees the final head of status pages too: `xkey` for the cache front, short shared-cache
  // lifetimes for any other cache (server/surrogate-keys.mjs).
  exposeSurrogateKeys(req, res, state);
  instrumentResponse(req, res, state, {
    loadStatusPage,
    locales: LOCALES,
    defaultLocale: DEFAULT_LOCALE,
    cmsKnownDown,
  });
  // Reading pages are sent without Next's client runtime (see server/client-runtime.mjs).
  stripClientRuntime(req, res);
  requestState.run(state, () => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
      }
      res.end();
    });
  });
})
  .on('connect', refuseConnect)
  .listen(port, hostname, () => {
    console.log(`> newsroom web ready on ${selfOrigin}`);
  });
