import type { HelpBanner as HelpBannerData } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import styles from './help-banner.module.css';

/**
 * The "help now" line at the top of every page, edited by the newsroom in the CMS (one per language).
 * Plain HTML — a landmark with a label, a tel: link and an optional link — so it works without
 * JavaScript. Renders nothing when the CMS has no banner for the language.
 */
export function HelpBanner({ banner }: { banner: HelpBannerData | null }) {
  if (!banner) return null;
  const text = t(banner.locale);
  return (
    <section className={styles.banner} role="region" aria-label={text.helpBannerLabel}>
      <p className={styles.inner}>
        <span className={styles.message}>{banner.message}</span>
        {banner.phoneNumber &&
          (banner.phoneHref ? (
            <a className={styles.phone} href={banner.phoneHref}>
              {text.helpBannerCall(banner.phoneNumber)}
            </a>
          ) : (
            <span className={styles.phone}>{banner.phoneNumber}</span>
          ))}
        {banner.link && (
          <a className={styles.link} href={banner.link.url}>
            {banner.link.text}
          </a>
        )}
      </p>
    </section>
  );
}
