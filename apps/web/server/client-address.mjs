// The address a request came from, for the search rate limit (lib/rate-limit.ts). server.mjs writes it
// into CLIENT_ADDRESS_HEADER on every request, replacing anything the client sent, so a reader cannot
// pick their own identity. Next itself only fills X-Forwarded-For when it is missing, which a client
// can set to anything.

export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address';

/**
 * The TCP peer, or, when the site runs behind a reverse proxy that the operator vouches for
 * (TRUST_PROXY=true), the last address in X-Forwarded-For: the one that proxy added itself. Earlier
 * entries come from the client and prove nothing.
 */
export function clientAddress(req, trustProxy) {
  const peer = req.socket?.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const forwarded = req.headers['x-forwarded-for'];
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return list.at(-1) ?? peer;
}

export function isTrustProxy(value) {
  return /^(?:1|true|yes)$/i.test((value ?? '').trim());
}
