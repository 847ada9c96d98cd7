import type { ServerResponse } from 'node:http';

export declare const PERMALINK_QUERY_KEYS: string[];
export declare const REDIRECTS_ROUTE: string;
export declare function normalizeRedirectPath(pathname: string, search?: string): string;
export declare function resolveRedirects(rules: Array<{ from: string; to: string }>): {
  table: Map<string, string>;
  dropped: string[];
};
export interface RedirectTable {
  find(url: string): string | null;
  ready(timeoutMs: number): Promise<void>;
}
export declare function createRedirectTable(options: {
  load: () => Promise<Array<[string, string]>>;
  refreshMs?: number;
  log?: Pick<Console, 'error'>;
}): RedirectTable;
export declare function isCandidate(method: string | undefined, url: string): boolean;
export declare function sendRedirect(res: ServerResponse, target: string): void;
export declare function loadFromRoute(selfOrigin: string): () => Promise<Array<[string, string]>>;
