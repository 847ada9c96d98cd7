// A stand-in for fetch that records what the client asked for and answers from a function.

export type NextInit = RequestInit & { next?: { tags?: string[]; revalidate?: number } };

export interface RecordedCall {
  url: string;
  /** Path and query with percent-encoding undone, for readable assertions. */
  decoded: string;
  init: NextInit;
}

type Responder = (url: URL, callIndex: number, init: NextInit) => Response | Promise<Response>;

export function fakeFetch(respond: Responder) {
  const calls: RecordedCall[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const nextInit = (init ?? {}) as NextInit;
    calls.push({
      url: url.toString(),
      decoded: decodeURIComponent(url.pathname + url.search),
      init: nextInit,
    });
    return respond(url, calls.length - 1, nextInit);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function emptyList() {
  return { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } };
}
