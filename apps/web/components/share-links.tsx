import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { shareTargets } from '@/lib/share';
import { CopyLinkButton } from './copy-link-button';

interface ShareLinksProps {
  locale: Locale;
  url: string;
  title: string;
  imageUrl?: string | null;
}

/** Plain links to each service's share page; nothing from those services loads until a reader clicks. */
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
          <CopyLinkButton
            url={url}
            title={title}
            labels={{
              copy: text.copyLink,
              share: text.shareNative,
              copied: text.linkCopied,
              failed: text.copyFailed,
            }}
          />
        </li>
      </ul>
    </section>
  );
}
