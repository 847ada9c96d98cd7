import { render, screen } from '@testing-library/react';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { articleLocaleLinks, samePageIn } from '@/lib/alternates';
import { paths } from '@/lib/paths';
import { article } from '../fixtures';

describe('LocaleSwitcher', () => {
  it('on an article with a translation, links to the translated article', () => {
    const links = articleLocaleLinks(
      article({ translations: [{ locale: 'es', slug: 'vuelven-los-paseos' }] }),
    );
    render(<LocaleSwitcher locale="en" links={links} />);
    const es = screen.getByRole('link', { name: 'Español' });
    expect(es).toHaveAttribute('href', '/es/news/vuelven-los-paseos');
    expect(es).toHaveAttribute('hreflang', 'es');
    expect(es).toHaveAttribute('lang', 'es');
  });

  it('on an article without a translation, links to the other language’s home page', () => {
    render(<LocaleSwitcher locale="en" links={articleLocaleLinks(article({ translations: [] }))} />);
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es');
  });

  it('marks the current language and does not link to it', () => {
    render(<LocaleSwitcher locale="es" links={samePageIn((l) => paths.tag(l, 'wellbeing'))} />);
    expect(screen.getByRole('navigation', { name: 'Idioma' })).toBeInTheDocument();
    expect(screen.getByText('Español')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Español').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/tag/wellbeing');
  });
});
