import type { Locale } from '@newsroom/cms-client';
import type { TocEntry } from '@/lib/blocks';
import { t } from '@/lib/i18n';

interface TocNode extends TocEntry {
  children: TocEntry[];
}

/** H3s sit under the H2 before them, so numbering follows the article's sections. */
export function nestToc(entries: TocEntry[]): TocNode[] {
  const nodes: TocNode[] = [];
  for (const entry of entries) {
    const parent = nodes.at(-1);
    if (entry.level === 3 && parent) parent.children.push(entry);
    else nodes.push({ ...entry, children: [] });
  }
  return nodes;
}

/** In-page links to the article's H2/H3 sections (plain anchors: no script needed to jump). */
export function TableOfContents({ entries, locale }: { entries: TocEntry[]; locale: Locale }) {
  if (entries.length === 0) return null;
  return (
    <nav className="toc" id="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        {t(locale).tableOfContents}
      </h2>
      <ol>
        {nestToc(entries).map((node) => (
          <li key={node.id}>
            <a href={`#${node.id}`}>{node.text}</a>
            {node.children.length > 0 && (
              <ul>
                {node.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
