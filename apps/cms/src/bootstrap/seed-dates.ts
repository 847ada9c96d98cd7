import type { Core } from '@strapi/strapi';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo data stores dates as "days before the seed ran", so the newsroom always looks current.
 * Articles go out at half past nine in the morning (UTC) on their day, never in the future.
 */
export function daysAgoToDate(daysAgo: number, now: Date): Date {
  const date = new Date(now.getTime() - daysAgo * DAY_MS);
  date.setUTCHours(9, 30, 0, 0);
  return date.getTime() < now.getTime() ? date : new Date(now.getTime() - 60_000);
}

/**
 * Strapi stamps createdAt/updatedAt/publishedAt with the moment the seeder runs. Readers see
 * publishedAt, and the admin compares updatedAt between the draft and published rows, so all of
 * them are moved to the intended date, for one locale of one document.
 * `updateMany` with a plain object keeps these values: Strapi's timestamp subscriber only
 * rewrites updatedAt on update() and on array payloads.
 */
export async function backdate(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string,
  date: Date,
) {
  const query = strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]);
  await query.updateMany({ where: { documentId, locale }, data: { createdAt: date, updatedAt: date } });
  await query.updateMany({
    where: { documentId, locale, publishedAt: { $notNull: true } },
    data: { publishedAt: date },
  });
}
