import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { shareTargets } from '@/lib/share';

interface ShareLinksProps {
  locale: Locale;
  url: string;
  title: string;
  imageUrl?: string | null;
}

/**
 * Plain links to each service's share page; nothing from those services loads until a reader clicks.
 * The share/copy button is plain HTML made to work by a 1 KB script (no React on the page).
 */
export function ShareLinks({ locale, url, title, imageUrl }: ShareLinksProps) {
  const text = t(locale);
  return (
    <section className="share" id="share" aria-labelledby="share-title">
      <h2 id="share-title" className="share__title">
        {text.share}
      </h2>
      <ul className="share__list">
        {shareTargets({ url, title, imageUrl }).map((target) => (
          <li key={target.id}>
            {target.id === 'email' ? (
              <a href={target.href}>{text.shareByEmail}</a>
            ) : (
              <a
                href={target.href}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={text.shareOn(target.network)}
              >
                {target.network}
              </a>
            )}
          </li>
        ))}
        <li>
          {/* Shown and wired by public/share-button.js: the share sheet, or copying the link. */}
          <button
            type="button"
            className="share__button"
            hidden
            data-share-url={url}
            data-share-title={title}
            data-status-id="share-status"
            data-label-copy={text.copyLink}
            data-label-share={text.shareNative}
            data-label-copied={text.linkCopied}
            data-label-failed={text.copyFailed}
          >
            {text.copyLink}
          </button>
          <span id="share-status" className="share__status" role="status" />
          <script src="/share-button.js" async />
        </li>
      </ul>
    </section>
  );
}
