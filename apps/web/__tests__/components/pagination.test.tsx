import { render, screen, within } from '@testing-library/react';
import { Pagination, visiblePages } from '@/components/pagination';
import { paths } from '@/lib/paths';

const hrefFor = (n: number) => paths.home('en', n);

describe('Pagination', () => {
  it('renders nothing when everything fits on one page', () => {
    const { container } = render(<Pagination locale="en" page={1} pageCount={1} hrefFor={hrefFor} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('on the first page: no "newer" link, page 1 is current, "older" goes to /page/2', () => {
    render(<Pagination locale="en" page={1} pageCount={3} hrefFor={hrefFor} />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).queryByRole('link', { name: /Newer/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: /Older articles/ })).toHaveAttribute('href', '/en/page/2');
    const current = within(nav).getByRole('link', { name: 'Page 1 of 3' });
    expect(current).toHaveAttribute('aria-current', 'page');
    // Page 1 is the listing itself, never /page/1.
    expect(current).toHaveAttribute('href', '/en');
    expect(within(nav).getByRole('link', { name: 'Page 3 of 3' })).toHaveAttribute('href', '/en/page/3');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('on the last page: no link past the end', () => {
    render(<Pagination locale="en" page={3} pageCount={3} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: /Older/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Newer articles/ })).toHaveAttribute('href', '/en/page/2');
    expect(screen.getByRole('link', { name: 'Page 3 of 3' })).toHaveAttribute('aria-current', 'page');
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).not.toContain('/en/page/4');
  });

  it('uses the listing URLs it is given (a section, in Spanish)', () => {
    render(
      <Pagination locale="es" page={2} pageCount={2} hrefFor={(n) => paths.category('es', 'comunidad', n)} />,
    );
    expect(screen.getByRole('navigation', { name: 'Páginas' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Artículos más recientes/ })).toHaveAttribute(
      'href',
      '/es/category/comunidad',
    );
  });

  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [9, 20, [1, 'gap', 7, 8, 9, 10, 11, 'gap', 20]],
    [1, 20, [1, 2, 3, 'gap', 20]],
    [4, 20, [1, 2, 3, 4, 5, 6, 'gap', 20]],
    [20, 20, [1, 'gap', 18, 19, 20]],
  ])('page %i of %i shows %j', (page, count, expected) => {
    expect(visiblePages(page, count)).toEqual(expected);
  });
});
