import { CLIENT_ADDRESS_HEADER } from '@/server/client-address.mjs';

/**
 * Who is asking, for rate limiting. server.mjs puts the real peer address in CLIENT_ADDRESS_HEADER.
 * Under plain `next start` (no server.mjs) the last X-Forwarded-For entry is the best there is: Next
 * fills it from the socket when the client did not send one.
 */
export function clientKey(headers: Headers): string {
  const trusted = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (trusted) return trusted;
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || 'unknown';
}
