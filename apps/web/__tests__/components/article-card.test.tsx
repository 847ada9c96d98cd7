import { render, screen, within } from '@testing-library/react';
import { ArticleCard } from '@/components/article-card';
import { summary } from '../fixtures';

describe('ArticleCard', () => {
  it('links the title to the article and shows section, author, date and reading time', () => {
    render(<ArticleCard article={summary()} locale="en" />);

    expect(
      screen.getByRole('heading', { level: 2, name: 'Walking groups return this spring' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Walking groups return this spring' })).toHaveAttribute(
      'href',
      '/en/news/walking-groups-return',
    );
    expect(screen.getByRole('link', { name: /Community/ })).toHaveAttribute('href', '/en/category/community');
    expect(screen.getByRole('link', { name: 'Ana Ruiz' })).toHaveAttribute('href', '/en/author/ana-ruiz');
    const time = screen.getByText('3 March 2026');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2026-03-03T09:30:00.000Z');
    expect(screen.getByText('4 min read')).toBeInTheDocument();
    expect(screen.getByText('Weekly walks restart in three neighbourhoods.')).toBeInTheDocument();
  });

  it('uses the cover with its alt text, a srcset from the optimiser and its real size; lazy by default', () => {
    render(<ArticleCard article={summary()} locale="en" />);
    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('alt', 'People walking in a park');
    expect(img.getAttribute('srcset')).toMatch(/\/_next\/image\?url=.+ \d+w/);
    expect(img).toHaveAttribute('width');
    expect(img).toHaveAttribute('height');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).not.toHaveAttribute('fetchpriority');
  });

  it('loads the largest paint first: eager, high priority', () => {
    render(<ArticleCard article={summary()} locale="en" lcp />);
    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  it('renders without image, section or author when the article has none', () => {
    const { container } = render(
      <ArticleCard article={summary({ cover: null, category: null, author: null })} locale="en" />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('speaks Spanish on Spanish pages', () => {
    render(
      <ArticleCard
        article={summary({ locale: 'es', slug: 'vuelven-los-paseos' })}
        locale="es"
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(screen.getByText('3 de marzo de 2026')).toBeInTheDocument();
    expect(screen.getByText('4 min de lectura')).toBeInTheDocument();
    const meta = screen.getByText('3 de marzo de 2026').parentElement!;
    expect(within(meta).getByText(/Por/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Walking groups return this spring' })).toHaveAttribute(
      'href',
      '/es/news/vuelven-los-paseos',
    );
  });

  it('can leave out the section link (on the section page itself)', () => {
    render(<ArticleCard article={summary()} locale="en" showCategory={false} />);
    expect(screen.queryByRole('link', { name: /Community/ })).toBeNull();
  });
});
