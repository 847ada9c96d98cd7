import type { IncomingMessage } from 'node:http';

export declare const CLIENT_ADDRESS_HEADER: string;
export declare function clientAddress(
  req: Pick<IncomingMessage, 'socket' | 'headers'>,
  trustProxy: boolean,
): string;
export declare function isTrustProxy(value: string | undefined): boolean;
