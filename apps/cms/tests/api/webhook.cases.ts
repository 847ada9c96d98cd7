import type { Core } from '@strapi/strapi';
import app from '../../src/index';
import { REVALIDATION_WEBHOOK_NAME, syncRevalidationWebhook } from '../../src/bootstrap/webhooks';
import { readEnv } from '../../src/env';
import { paragraph } from '../helpers/fixtures';
import { strapiInstance } from '../helpers/strapi';
import {
  startWebhookListener,
  type ReceivedWebhook,
  type WebhookListener,
} from '../helpers/webhook-listener';
import { suite } from './context';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function revalidationWebhooks(strapi: Core.Strapi) {
  const all: Array<{ id: string; name: string; url: string }> = await strapi
    .get('webhookStore')
    .findWebhooks();
  return all.filter((webhook) => webhook.name === REVALIDATION_WEBHOOK_NAME);
}

let counter = 0;
async function createDraft(strapi: Core.Strapi) {
  counter += 1;
  return strapi.documents('api::article.article').create({
    locale: 'en',
    data: {
      title: `Webhook story ${counter}`,
      slug: `webhook-story-${counter}`,
      excerpt: 'x',
      body: paragraph('A short story.'),
      cover: suite.fixtures.coverId,
    },
  });
}

const isEventFor = (event: string, documentId: string) => (hook: ReceivedWebhook) =>
  hook.body.event === event && hook.body.entry?.documentId === documentId;

describe('site revalidation webhook', () => {
  beforeEach(() => suite.listener.clear());

  it('tells the site about a publish: secret header, documentId, locale and slug', async () => {
    const strapi = strapiInstance();
    const draft = await createDraft(strapi);
    await strapi.documents('api::article.article').publish({ documentId: draft.documentId, locale: 'en' });

    const hook = await suite.listener.waitFor(isEventFor('entry.publish', draft.documentId));
    expect(hook.method).toBe('POST');
    expect(hook.path).toBe('/api/revalidate');
    expect(hook.headers.authorization).toBe(`Bearer ${suite.revalidateSecret}`);
    expect(hook.headers['x-strapi-event']).toBe('entry.publish');
    expect(hook.body).toMatchObject({
      event: 'entry.publish',
      uid: 'api::article.article',
      entry: { documentId: draft.documentId, locale: 'en', slug: draft.slug },
    });
    expect(hook.body.entry).not.toHaveProperty('createdBy');
  });

  it('also reports unpublish and delete', async () => {
    const strapi = strapiInstance();
    const draft = await createDraft(strapi);
    const articles = strapi.documents('api::article.article');
    await articles.publish({ documentId: draft.documentId, locale: 'en' });
    await articles.unpublish({ documentId: draft.documentId, locale: 'en' });
    await suite.listener.waitFor(isEventFor('entry.unpublish', draft.documentId));
    await articles.delete({ documentId: draft.documentId, locale: 'en' });
    await suite.listener.waitFor(isEventFor('entry.delete', draft.documentId));
  });

  it('stays a single webhook, delivering once per event, after bootstrap runs again', async () => {
    const strapi = strapiInstance();
    await app.bootstrap({ strapi });
    await syncRevalidationWebhook(strapi, readEnv());
    expect(await revalidationWebhooks(strapi)).toHaveLength(1);

    const draft = await createDraft(strapi);
    await strapi.documents('api::article.article').publish({ documentId: draft.documentId, locale: 'en' });
    await suite.listener.waitFor(isEventFor('entry.publish', draft.documentId));
    await pause(300);
    expect(suite.listener.received.filter(isEventFor('entry.publish', draft.documentId))).toHaveLength(1);
  });

  describe('when the configuration changes', () => {
    let other: WebhookListener;
    beforeAll(async () => {
      other = await startWebhookListener();
    });
    afterAll(async () => {
      await syncRevalidationWebhook(strapiInstance(), readEnv());
      await other.close();
    });

    it('updates the webhook in place and delivers to the new URL without a restart', async () => {
      const strapi = strapiInstance();
      const [before] = await revalidationWebhooks(strapi);
      await syncRevalidationWebhook(strapi, readEnv({ ...process.env, WEB_REVALIDATE_URL: other.url }));

      const after = await revalidationWebhooks(strapi);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ id: before?.id, url: other.url });

      const draft = await createDraft(strapi);
      await strapi.documents('api::article.article').publish({ documentId: draft.documentId, locale: 'en' });
      await other.waitFor(isEventFor('entry.publish', draft.documentId));
      await pause(300);
      expect(suite.listener.received.filter(isEventFor('entry.publish', draft.documentId))).toHaveLength(0);
    });

    it('removes the webhook when WEB_REVALIDATE_URL is unset', async () => {
      const strapi = strapiInstance();
      other.clear();
      await syncRevalidationWebhook(strapi, readEnv({ ...process.env, WEB_REVALIDATE_URL: undefined }));
      expect(await revalidationWebhooks(strapi)).toHaveLength(0);

      const draft = await createDraft(strapi);
      await strapi.documents('api::article.article').publish({ documentId: draft.documentId, locale: 'en' });
      await pause(500);
      expect([...suite.listener.received, ...other.received]).toHaveLength(0);
    });
  });
});
