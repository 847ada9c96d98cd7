// Production server: `next start` plus one thing the App Router cannot do on its own, answering
// "the CMS is unreachable" with HTTP 503 (and Retry-After) instead of 500.
//
// How: each request runs inside an AsyncLocalStorage context published on a global symbol. When a page
// fails because the CMS is unreachable, lib/cms-unavailable.ts flags that context; if Next then answers
// this request with a 500, the status is rewritten to 503 just before the headers go out. Nothing else
// about the response changes: same branded page, same no-store caching that Next sets on errors.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const REQUEST_STATE_KEY = Symbol.for('newsroom.request-state');
const RETRY_AFTER_SECONDS = '60';

const requestState = new AsyncLocalStorage();
globalThis[REQUEST_STATE_KEY] = requestState;

const port = Number.parseInt(process.env.PORT || '3000', 10);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname, port });

try {
  await app.prepare();
} catch (error) {
  // Invalid configuration (see lib/env.ts) ends up here with a message naming the variable.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const handle = app.getRequestHandler();

createServer((req, res) => {
  const state = { cmsUnavailable: false };
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    if (statusCode === 500 && state.cmsUnavailable) {
      statusCode = 503;
      res.statusCode = 503;
      res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    }
    return writeHead.call(this, statusCode, ...rest);
  };
  requestState.run(state, () => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    });
  });
}).listen(port, hostname, () => {
  console.log(`> newsroom web ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
