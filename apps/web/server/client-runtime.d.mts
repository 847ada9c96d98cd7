import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function isReadingPageRequest(req: IncomingMessage): boolean;
export declare function withoutClientRuntime(html: string): string;
export declare function stripClientRuntime(req: IncomingMessage, res: ServerResponse): void;
