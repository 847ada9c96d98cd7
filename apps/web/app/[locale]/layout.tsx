import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HelpBanner } from '@/components/help-banner';
import { PreviewBanner } from '@/components/preview-banner';
import { SiteFooter } from '@/components/site-footer';
import { isPreview } from '@/lib/cms';
import { loadHelpBanner } from '@/lib/help-banner';
import { env } from '@/lib/env';
import { t } from '@/lib/i18n';
import { localeFrom } from '@/lib/locale';
import { inter, literata } from '../fonts';
import '../globals.css';
import '../print.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const text = t(localeFrom((await params).locale));
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: text.siteName, template: `%s · ${text.siteName}` },
    description: text.siteTagline,
    applicationName: text.siteName,
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f5f0' },
    { media: '(prefers-color-scheme: dark)', color: '#14181b' },
  ],
  colorScheme: 'light dark',
};

/**
 * The root layout: one per language, so <html lang> is right on every page. An unknown first segment
 * ("/fr/…") is a 404 here, before anything asks the CMS.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = localeFrom((await params).locale);
  const text = t(locale);
  const [preview, helpBanner] = await Promise.all([isPreview(), loadHelpBanner(locale)]);
  return (
    <html lang={locale} className={`${literata.variable} ${inter.variable}`}>
      <body>
        <div id="top" className="skip-links">
          <a href="#main-content" className="skip-link">
            {text.skipToContent}
          </a>
        </div>
        {preview && <PreviewBanner label={text.previewBanner} exitLabel={text.previewExit} />}
        <HelpBanner banner={helpBanner} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
