import { renderToStaticMarkup } from 'react-dom/server';
import { CmsUnavailableError } from '@newsroom/cms-client';
import LocaleLayout from '@/app/[locale]/layout';
import { cms } from '@/lib/cms';
import { fakeClient } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn(), isPreview: jest.fn(async () => false) }));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

async function renderLayout(locale: string, getHelpBanner: jest.Mock) {
  const client = fakeClient({ getHelpBanner });
  mockedCms.mockResolvedValue(client as never);
  const html = renderToStaticMarkup(
    await LocaleLayout({
      children: <main id="main-content">Page</main>,
      params: Promise.resolve({ locale }),
    }),
  );
  return { html, client };
}

describe('every page shows the help-now banner of its language', () => {
  it('puts the banner at the top of the page, before the content; the footer has no crisis line', async () => {
    const banner = {
      locale: 'es',
      message: 'Llama a la línea de ejemplo',
      phoneNumber: '900 000 000',
      phoneHref: 'tel:900000000',
      link: null,
    };
    const { html, client } = await renderLayout(
      'es',
      jest.fn(async () => banner),
    );
    expect(client.getHelpBanner).toHaveBeenCalledWith('es');
    const region = html.indexOf('role="region" aria-label="Ayuda ahora"');
    expect(region).toBeGreaterThan(-1);
    expect(region).toBeLessThan(html.indexOf('id="main-content"'));
    expect(html).toContain('href="tel:900000000"');
    expect(html).not.toContain('site-footer__crisis');
  });

  it('shows no banner when the CMS has none for the language', async () => {
    const { html } = await renderLayout(
      'en',
      jest.fn(async () => null),
    );
    expect(html).not.toContain('role="region"');
  });

  it('keeps a generic crisis line in its place while the CMS is unreachable', async () => {
    const { html } = await renderLayout(
      'en',
      jest.fn(async () => {
        throw new CmsUnavailableError('down');
      }),
    );
    expect(html).toContain('aria-label="Help now"');
    expect(html).toContain('call your local emergency number');
  });
});
