import type { IncomingMessage, ServerResponse } from 'node:http';

export type StatusKind = 'not-found' | 'unavailable' | 'error';

export declare const RETRY_AFTER_SECONDS: string;
export declare function statusPageFor(
  status: number,
  cmsUnavailable: boolean,
): { status: number; kind: StatusKind } | null;
export declare function isDocumentRequest(req: IncomingMessage): boolean;
export declare function localeOfUrl(url: string | undefined, locales: string[], fallback: string): string;
export declare function fallbackHtml(status: number): string;
export declare function instrumentResponse(
  req: IncomingMessage,
  res: ServerResponse,
  state: { cmsUnavailable: boolean },
  options: {
    loadStatusPage: (locale: string, kind: StatusKind) => Promise<string>;
    locales: string[];
    defaultLocale: string;
    cmsKnownDown?: () => boolean;
  },
): void;
