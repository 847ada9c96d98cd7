import { render, screen } from '@testing-library/react';
import type { RichTextBlocks } from '@newsroom/cms-client';
import { ArticleBody } from '@/components/article-body';
import { prepareBody } from '@/lib/blocks';
import { MEDIA } from '../fixtures';

const SITE = 'http://localhost:3000';
const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text' as const,
  text: value,
  ...marks,
});

function renderBody(blocks: RichTextBlocks) {
  return render(<ArticleBody blocks={prepareBody(blocks, MEDIA).blocks} siteUrl={SITE} />);
}

describe('ArticleBody', () => {
  it('renders paragraphs with bold, italic and inline code', () => {
    const { container } = renderBody([
      {
        type: 'paragraph',
        children: [
          text('Rest is '),
          text('not', { bold: true }),
          text(' idle, '),
          text('truly', { italic: true }),
          text(' '),
          text('x = 1', { code: true }),
        ],
      },
    ]);
    const p = container.querySelector('p')!;
    expect(p).toHaveTextContent('Rest is not idle, truly x = 1');
    expect(p.querySelector('strong')).toHaveTextContent('not');
    expect(p.querySelector('em')).toHaveTextContent('truly');
    expect(p.querySelector('code')).toHaveTextContent('x = 1');
  });

  it('gives headings stable ids from their text, unique within the article', () => {
    renderBody([
      { type: 'heading', level: 2, children: [text('Sleep & recovery: 5 tips')] },
      {
        type: 'heading',
        level: 3,
        children: [
          text('Año nuevo, '),
          { type: 'link', url: 'https://example.org', children: [text('vida nueva')] },
        ],
      },
      { type: 'heading', level: 2, children: [text('Sleep & recovery: 5 tips')] },
      { type: 'heading', level: 2, children: [text('Top')] },
    ]);
    const headings = screen.getAllByRole('heading');
    expect(headings.map((h) => h.id)).toEqual([
      'sleep-recovery-5-tips',
      'ano-nuevo-vida-nueva',
      'sleep-recovery-5-tips-2',
      'top-2',
    ]);
    expect(headings.map((h) => h.tagName)).toEqual(['H2', 'H3', 'H2', 'H2']);
  });

  it('never emits a second h1: a level-1 heading in the body becomes an h2', () => {
    renderBody([{ type: 'heading', level: 1, children: [text('Big news')] }]);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Big news' })).toHaveAttribute('id', 'big-news');
  });

  it.each([
    ['an external link', 'https://www.example.org/help', 'noopener noreferrer'],
    ['a protocol-relative link', '//www.example.org/help', 'noopener noreferrer'],
    ['a link to this site by its full address', 'http://localhost:3000/en/news/other', null],
    ['a relative link', '/en/news/other', null],
    ['an email link', 'mailto:help@example.org', null],
  ])('renders %s (%s) with the right rel', (_label, url, rel) => {
    renderBody([
      { type: 'paragraph', children: [text('See '), { type: 'link', url, children: [text('this page')] }] },
    ]);
    const link = screen.getByRole('link', { name: 'this page' });
    expect(link).toHaveAttribute('href', url);
    if (rel) expect(link).toHaveAttribute('rel', rel);
    else expect(link).not.toHaveAttribute('rel');
  });

  it('drops the link (keeps the words) for script URLs', () => {
    renderBody([
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('click me')] }],
      },
    ]);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('click me')).toBeInTheDocument();
  });

  it('renders unordered and ordered lists, including a nested one', () => {
    const { container } = renderBody([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Water')] },
          { type: 'list-item', children: [text('Sleep')] },
          {
            type: 'list',
            format: 'ordered',
            children: [{ type: 'list-item', children: [text('Before ten')] }],
          },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('Call')] },
          { type: 'list-item', children: [text('Talk')] },
        ],
      },
    ]);
    const ul = container.querySelector('.prose > ul')!;
    expect(Array.from(ul.querySelectorAll(':scope > li')).map((li) => li.firstChild?.textContent)).toEqual([
      'Water',
      'Sleep',
    ]);
    // The nested list sits inside the item it belongs to (a list directly inside a list is not valid HTML).
    expect(ul.querySelector(':scope > li:nth-child(2) > ol > li')).toHaveTextContent('Before ten');
    const ol = container.querySelector('.prose > ol')!;
    expect(Array.from(ol.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Call', 'Talk']);
  });

  it('renders quotes as blockquote', () => {
    const { container } = renderBody([{ type: 'quote', children: [text('One day at a time.')] }]);
    expect(container.querySelector('blockquote')).toHaveTextContent('One day at a time.');
  });

  it('renders code blocks as preformatted text', () => {
    const { container } = renderBody([{ type: 'code', children: [text('line one\n  line two')] }]);
    const code = container.querySelector('pre > code')!;
    expect(code.textContent).toBe('line one\n  line two');
  });

  it('renders images through the optimiser with alt text, size and caption; relative URLs get the media origin', () => {
    renderBody([
      {
        type: 'image',
        image: {
          url: '/uploads/garden.jpg',
          alternativeText: 'A community garden',
          caption: 'The garden in May',
          width: 1600,
          height: 900,
        },
        children: [text('')],
      },
    ]);
    const img = screen.getByRole('img', { name: 'A community garden' });
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img.getAttribute('src')).toContain(encodeURIComponent(`${MEDIA}/uploads/garden.jpg`));
    expect(img.closest('figure')?.querySelector('figcaption')).toHaveTextContent('The garden in May');
  });

  it('falls back to the caption, then to empty alt, for images without alt text', () => {
    renderBody([
      {
        type: 'image',
        image: {
          url: `${MEDIA}/uploads/a.jpg`,
          alternativeText: null,
          caption: 'Volunteers at work',
          width: 10,
          height: 10,
        },
        children: [text('')],
      },
      {
        type: 'image',
        image: { url: `${MEDIA}/uploads/b.jpg`, alternativeText: null, caption: null, width: 10, height: 10 },
        children: [text('')],
      },
    ]);
    const imgs = document.querySelectorAll('img');
    expect(imgs[0]).toHaveAttribute('alt', 'Volunteers at work');
    expect(imgs[1]).toHaveAttribute('alt', '');
  });
});
