import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const ALLOWED_METHODS: string[];
export declare const PREVIEW_COOKIE: string;
export declare const PERMISSIONS_POLICY: string;
export declare function methodProblem(method: string | undefined): number | null;
export declare function isWellEncodedUrl(rawUrl: string | undefined): boolean;
export declare function routedPath(rawPath: string): string | null;
export declare function canonicalSearchRedirect(rawUrl: string | undefined, locales: string[]): string | null;
export declare function hasPreviewCookie(cookieHeader: string | undefined): boolean;
export declare function isHttps(
  req: Pick<IncomingMessage, 'socket' | 'headers'>,
  trustProxy: boolean,
): boolean;
export declare function contentSecurityPolicy(options: { frameAncestors: string[] }): string;
export declare function previewFrameOrigins(env: Record<string, string | undefined>): string[];
export declare function responseHeaders(options: {
  https: boolean;
  preview: boolean;
  previewOrigins: string[];
}): Record<string, string>;
export declare function draftModeHeaders(): Record<string, string>;
export declare function enforceHeaders(res: ServerResponse, headers: Record<string, string>): void;
export declare function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  extraHeaders?: Record<string, string>,
): void;
export declare function refuseConnect(req: IncomingMessage, socket: import('node:stream').Duplex): void;
