import type { Locale } from '@newsroom/cms-client';
import type { TocEntry } from '@/lib/blocks';
import { t } from '@/lib/i18n';

/** In-page links to the article's H2/H3 sections (plain anchors: no script needed to jump). */
export function TableOfContents({ entries, locale }: { entries: TocEntry[]; locale: Locale }) {
  if (entries.length === 0) return null;
  return (
    <nav className="toc" id="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        {t(locale).tableOfContents}
      </h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? 'toc__sub' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
