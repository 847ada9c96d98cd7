import type { Core } from '@strapi/strapi';
import type { CmsEnv } from '../env';

export const REVALIDATION_WEBHOOK_NAME = 'Site revalidation';
/** Every change that can alter a published page. Draft-only saves also fire; the site ignores what it doesn't show. */
export const REVALIDATION_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
  deleteWebhook(id: string): Promise<Webhook | null>;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keep exactly one "Site revalidation" webhook in line with WEB_REVALIDATE_URL / REVALIDATE_SECRET:
 * created when missing, updated in place when the URL or secret changed, deleted when the URL is unset.
 * Webhooks live in the database, so the live runner is told too — no restart needed.
 * The site authenticates the call with `Authorization: Bearer <REVALIDATE_SECRET>`.
 */
export async function syncRevalidationWebhook(strapi: Core.Strapi, env: CmsEnv): Promise<void> {
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const existing = (await store.findWebhooks()).filter(
    (webhook) => webhook.name === REVALIDATION_WEBHOOK_NAME,
  );

  const remove = async (webhook: Webhook) => {
    await store.deleteWebhook(webhook.id);
    runner.remove(webhook);
  };

  if (!env.WEB_REVALIDATE_URL || !env.REVALIDATE_SECRET) {
    for (const webhook of existing) await remove(webhook);
    if (existing.length > 0)
      strapi.log.info('[webhooks] WEB_REVALIDATE_URL is unset: removed the site revalidation webhook');
    return;
  }

  const wanted = {
    name: REVALIDATION_WEBHOOK_NAME,
    url: env.WEB_REVALIDATE_URL,
    headers: { Authorization: `Bearer ${env.REVALIDATE_SECRET}` },
    events: REVALIDATION_EVENTS,
    isEnabled: true,
  };
  const [current, ...duplicates] = existing;
  for (const webhook of duplicates) await remove(webhook);

  if (!current) {
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`[webhooks] created "${REVALIDATION_WEBHOOK_NAME}" → ${wanted.url}`);
    return;
  }
  const changed =
    current.url !== wanted.url ||
    !sameJson(current.headers, wanted.headers) ||
    !sameJson([...current.events].sort(), [...wanted.events].sort()) ||
    current.isEnabled !== true;
  if (changed) {
    const updated = await store.updateWebhook(current.id, wanted);
    if (updated) runner.update(updated);
    strapi.log.info(`[webhooks] updated "${REVALIDATION_WEBHOOK_NAME}" → ${wanted.url}`);
  }
}
