import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { event?: string; model?: string; uid?: string; entry?: Record<string, unknown> };
}

/** A stand-in for the site's /api/revalidate: records every request it gets. */
export interface WebhookListener {
  url: string;
  received: ReceivedWebhook[];
  clear(): void;
  waitFor(predicate: (hook: ReceivedWebhook) => boolean, timeoutMs?: number): Promise<ReceivedWebhook>;
  close(): Promise<void>;
}

export async function startWebhookListener(): Promise<WebhookListener> {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      let body: ReceivedWebhook['body'] = {};
      try {
        body = JSON.parse(raw) as ReceivedWebhook['body'];
      } catch {
        // keep the empty body; the assertion on its content will fail visibly
      }
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":[]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/revalidate`,
    received,
    clear: () => {
      received.length = 0;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = received.find(predicate);
        if (match) return match;
        if (Date.now() > deadline) {
          const seen = received.map((hook) => `${hook.body.event} ${hook.body.uid}`).join(', ') || 'nothing';
          throw new Error(`no matching webhook within ${timeoutMs} ms (received: ${seen})`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
