import { randomBytes } from 'node:crypto';
import type { Fixtures } from '../helpers/fixtures';
import type { WebhookListener } from '../helpers/webhook-listener';

/** What the API suite's cases share: filled in by api.test.ts before any case runs. */
export const suite = {
  previewToken: randomBytes(48).toString('base64url'),
  revalidateSecret: randomBytes(24).toString('base64url'),
  previewSecret: randomBytes(24).toString('base64url'),
  adminEmail: 'editor@example.org',
  adminPassword: `Aa1${randomBytes(12).toString('base64url')}`,
  superAdminEmail: 'sysadmin@example.org',
  superAdminPassword: `Bb2${randomBytes(12).toString('base64url')}`,
  fixtures: undefined as unknown as Fixtures,
  listener: undefined as unknown as WebhookListener,
};

/** Any key Strapi must never send to the public, at any depth of a response. */
export const PRIVATE_KEYS = [
  'createdBy',
  'updatedBy',
  'password',
  'resetPasswordToken',
  'registrationToken',
  'accessKey',
  'encryptedKey',
];

export function keysDeep(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysDeep(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      found.add(key);
      keysDeep(child, found);
    }
  }
  return found;
}
