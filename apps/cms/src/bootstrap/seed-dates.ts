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
 * Strapi stamps createdAt/updatedAt/publishedAt, and firstPublishedAt (config/features.ts), with the
 * moment the seeder runs. Readers see firstPublishedAt, and the admin compares updatedAt between the
 * draft and published rows, so all of them are moved to the intended date, for one locale of one
 * document. The document service refuses to write firstPublishedAt (it nulls any value it is given),
 * hence the direct database writes.
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
  if (tracksFirstPublication(strapi, uid)) {
    // Both rows of a published locale carry it (the draft keeps it for the next publish); a locale
    // that was never published has none and must keep none.
    await query.updateMany({
      where: { documentId, locale, firstPublishedAt: { $notNull: true } },
      data: { firstPublishedAt: date },
    });
  }
}

/** True when Strapi adds firstPublishedAt to this type (the feature flag is on and it has drafts). */
export function tracksFirstPublication(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.getModel(uid as Parameters<typeof strapi.getModel>[0]);
  return Boolean(model?.attributes && 'firstPublishedAt' in model.attributes);
}
