import Link from 'next/link';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

export function SiteFooter({ locale }: { locale: Locale }) {
  const text = t(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{text.footerAbout}</p>
        <p>
          <Link href={paths.home(locale)}>{text.siteName}</Link> · © {new Date().getUTCFullYear()} ·{' '}
          <a href={paths.feed(locale)} type="application/rss+xml">
            {text.feedLink}
          </a>
        </p>
      </div>
    </footer>
  );
}
