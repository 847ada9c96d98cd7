import { adminLogin, CM_SINGLE, fullAccessToken } from '../helpers/admin-session';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const BANNER = 'api::help-banner.help-banner';

describe('help-now banner (/api/help-banner)', () => {
  it('is a 404 until one is published for the language', async () => {
    await api().get('/api/help-banner?locale=es').expect(404);
  });

  it('serves the published banner of each language to the public; drafts stay private', async () => {
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    for (const [locale, message] of [
      ['en', 'Struggling right now? Call our example helpline.'],
      ['es', '¿Lo estás pasando mal? Llama a nuestra línea de ejemplo.'],
    ]) {
      const saved = await api()
        .put(`${CM_SINGLE}/${BANNER}?locale=${locale}`)
        .set('Authorization', `Bearer ${jwt}`)
        .send({
          message,
          phoneNumber: '+44 0000 000000',
          linkUrl: 'https://example.org/help',
          linkText: 'More help',
        });
      expect(saved.status).toBe(200);
      const published = await api()
        .post(`${CM_SINGLE}/${BANNER}/actions/publish?locale=${locale}`)
        .set('Authorization', `Bearer ${jwt}`)
        .send({});
      expect(published.status).toBe(200);
    }
    const es = await api().get('/api/help-banner?locale=es').expect(200);
    expect(es.body.data).toMatchObject({
      locale: 'es',
      message: '¿Lo estás pasando mal? Llama a nuestra línea de ejemplo.',
      phoneNumber: '+44 0000 000000',
      linkUrl: 'https://example.org/help',
    });

    await api()
      .put(`${CM_SINGLE}/${BANNER}?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ message: 'Unpublished draft wording' })
      .expect(200);
    for (const query of ['locale=en', 'locale=en&status=draft']) {
      const res = await api().get(`/api/help-banner?${query}`).expect(200);
      expect(res.body.data.message).toBe('Struggling right now? Call our example helpline.');
    }
  });

  it('tells the site when it is published (revalidation webhook)', async () => {
    suite.listener.clear();
    const banner = await strapiInstance().documents(BANNER).findFirst({ locale: 'en' });
    await strapiInstance()
      .documents(BANNER)
      .publish({ documentId: banner?.documentId as string, locale: 'en' });
    const hook = await suite.listener.waitFor(
      (h) => h.body.event === 'entry.publish' && h.body.uid === BANNER,
    );
    expect(hook.body.entry).toMatchObject({ locale: 'en' });
  });

  it.each([
    ['a phone number with letters', { phoneNumber: 'call us' }],
    ['a javascript: link', { linkUrl: 'javascript:alert(1)' }],
    ['a link without a scheme', { linkUrl: 'example.org' }],
    ['a message over 200 characters', { message: 'x'.repeat(201) }],
  ])('refuses %s (400) and keeps the published banner', async (_label, data) => {
    const token = await fullAccessToken();
    const before = await api().get('/api/help-banner?locale=en').expect(200);
    const res = await api()
      .put('/api/help-banner?locale=en')
      .set('Authorization', `Bearer ${token}`)
      .send({ data });
    expect(res.status).toBe(400);
    const after = await api().get('/api/help-banner?locale=en').expect(200);
    expect(after.body.data).toEqual(before.body.data);
  });
});
