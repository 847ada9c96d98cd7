import type { ReactNode } from 'react';
import type { Block, ImageBlock, InlineNode, ListBlock, TextNode } from '@newsroom/cms-client';
import { anchorOf, isExternalUrl, isSafeHref } from '@/lib/blocks';
import { ResponsiveImage } from './responsive-image';

/**
 * The article text, rendered from Strapi blocks on the server: no JavaScript reaches the browser for it
 * and the text is not sent a second time as component props. Every node type of the Blocks editor is
 * handled (the client validated the body against them with zod, so nothing else can arrive).
 *
 * `blocks` must come from prepareBody(): headings carry their anchor id and images an absolute URL.
 */
interface ArticleBodyProps {
  blocks: Block[];
  /** The site's own origin, to tell external links from internal ones. */
  siteUrl: string;
}

function Text({ node }: { node: TextNode }) {
  let out: ReactNode = node.text;
  if (node.code) out = <code>{out}</code>;
  if (node.strikethrough) out = <del>{out}</del>;
  if (node.underline) out = <u>{out}</u>;
  if (node.italic) out = <em>{out}</em>;
  if (node.bold) out = <strong>{out}</strong>;
  return out;
}

function Inline({ nodes, siteUrl }: { nodes: InlineNode[]; siteUrl: string }) {
  return nodes.map((node, i) => {
    if (node.type === 'text') return <Text key={i} node={node} />;
    const words = node.children.map((child, j) => <Text key={j} node={child} />);
    if (!isSafeHref(node.url)) return <span key={i}>{words}</span>;
    return isExternalUrl(node.url, siteUrl) ? (
      <a key={i} href={node.url} rel="noopener noreferrer">
        {words}
      </a>
    ) : (
      <a key={i} href={node.url}>
        {words}
      </a>
    );
  });
}

/** A nested list belongs inside the item before it (a list directly inside a list is not valid HTML). */
function List({ block, siteUrl }: { block: ListBlock; siteUrl: string }) {
  const items: Array<{ inline: InlineNode[]; lists: ListBlock[] }> = [];
  for (const child of block.children) {
    if (child.type === 'list-item') items.push({ inline: child.children, lists: [] });
    else if (items.length > 0) items[items.length - 1]!.lists.push(child);
    else items.push({ inline: [], lists: [child] });
  }
  const rendered = items.map((item, i) => (
    <li key={i}>
      <Inline nodes={item.inline} siteUrl={siteUrl} />
      {item.lists.map((list, j) => (
        <List key={j} block={list} siteUrl={siteUrl} />
      ))}
    </li>
  ));
  return block.format === 'ordered' ? <ol>{rendered}</ol> : <ul>{rendered}</ul>;
}

function BodyImage({ block }: { block: ImageBlock }) {
  const { image } = block;
  if (!image.url || !image.width || !image.height) return null;
  const caption = image.caption?.trim();
  return (
    <figure className="prose__figure">
      <ResponsiveImage
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

function BodyBlock({ block, siteUrl }: { block: Block; siteUrl: string }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inline nodes={block.children} siteUrl={siteUrl} />
        </p>
      );
    case 'heading': {
      // The page title is the only h1; a level-1 heading in the body becomes an h2.
      const Tag = `h${Math.max(2, block.level)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Tag id={anchorOf(block)}>
          <Inline nodes={block.children} siteUrl={siteUrl} />
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <Inline nodes={block.children} siteUrl={siteUrl} />
        </blockquote>
      );
    case 'code':
      return (
        <pre>
          <code>{block.children.map((node) => (node.type === 'text' ? node.text : '')).join('')}</code>
        </pre>
      );
    case 'list':
      return <List block={block} siteUrl={siteUrl} />;
    case 'image':
      return <BodyImage block={block} />;
  }
}

export function ArticleBody({ blocks, siteUrl }: ArticleBodyProps) {
  return (
    <div className="prose">
      {blocks.map((block, i) => (
        <BodyBlock key={i} block={block} siteUrl={siteUrl} />
      ))}
    </div>
  );
}
