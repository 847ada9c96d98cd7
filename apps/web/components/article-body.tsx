'use client';

import Image from 'next/image';
import type { ReactNode } from 'react';
import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import type { RichTextBlocks } from '@newsroom/cms-client';
import { ANCHOR_PROP, isExternalUrl, isSafeHref } from '@/lib/blocks';

/**
 * The article text, rendered from Strapi blocks. This is a Client Component only because the renderer
 * passes its block components through React context, which Server Components cannot provide; it is still
 * rendered to HTML on the server, so the text is there without JavaScript.
 *
 * `blocks` must come from prepareBody(): headings carry their anchor id and images an absolute URL.
 */
interface ArticleBodyProps {
  blocks: RichTextBlocks;
  /** The site's own origin, to tell external links from internal ones. */
  siteUrl: string;
}

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

function Heading({ level, children, ...rest }: { level: HeadingLevel; children?: ReactNode }) {
  const id = (rest as Record<string, unknown>)[ANCHOR_PROP];
  // The page title is the only h1; a level-1 heading in the body becomes an h2.
  const Tag = `h${Math.max(2, level)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return <Tag id={typeof id === 'string' ? id : undefined}>{children}</Tag>;
}

interface BodyImage {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width: number;
  height: number;
}

function BodyImageBlock({ image }: { image: BodyImage }) {
  if (!image?.url || !image.width || !image.height) return null;
  const caption = image.caption?.trim();
  return (
    <figure className="prose__figure">
      <Image
        src={image.url}
        alt={image.alternativeText?.trim() || caption || ''}
        width={image.width}
        height={image.height}
        sizes="(min-width: 50rem) 46rem, 100vw"
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

export function ArticleBody({ blocks, siteUrl }: ArticleBodyProps) {
  return (
    <div className="prose">
      <BlocksRenderer
        content={blocks as unknown as BlocksContent}
        blocks={{
          heading: Heading,
          paragraph: ({ children }) => <p>{children}</p>,
          quote: ({ children }) => <blockquote>{children}</blockquote>,
          code: ({ plainText }) => (
            <pre>
              <code>{plainText}</code>
            </pre>
          ),
          list: ({ format, children }) => (format === 'ordered' ? <ol>{children}</ol> : <ul>{children}</ul>),
          'list-item': ({ children }) => <li>{children}</li>,
          link: ({ url, children }) => {
            if (!isSafeHref(url)) return <>{children}</>;
            return isExternalUrl(url, siteUrl) ? (
              <a href={url} rel="noopener noreferrer">
                {children}
              </a>
            ) : (
              <a href={url}>{children}</a>
            );
          },
          image: ({ image }) => <BodyImageBlock image={image} />,
        }}
      />
    </div>
  );
}
