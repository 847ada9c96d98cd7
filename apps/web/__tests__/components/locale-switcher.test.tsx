import { render, screen, within } from '@testing-library/react';
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

  it.each([
    ['en', 'es', 'Español', 'Este artículo solo está en inglés.', 'Ir a la portada en español', '/es'],
    [
      'es',
      'en',
      'English',
      'This article is only available in Spanish.',
      'Go to the English home page',
      '/en',
    ],
  ] as const)(
    'on an article only in %s, the %s entry says so in that language and offers its home page',
    (locale, other, name, note, homeLabel, home) => {
      const { container } = render(
        <LocaleSwitcher locale={locale} links={articleLocaleLinks(article({ locale, translations: [] }))} />,
      );
      // Not a link that silently lands on another page: a disclosure (works without JavaScript).
      expect(screen.queryByRole('link', { name })).toBeNull();
      const details = container.querySelector('details')!;
      expect(details).toHaveAttribute('lang', other);
      expect(details.querySelector('summary')).toHaveTextContent(name);
      expect(details).toHaveTextContent(note);
      const link = within(details).getByRole('link', { name: homeLabel });
      expect(link).toHaveAttribute('href', home);
      expect(link).toHaveAttribute('hreflang', other);
    },
  );

  it('marks the current language and does not link to it', () => {
    render(<LocaleSwitcher locale="es" links={samePageIn((l) => paths.tag(l, 'wellbeing'))} />);
    expect(screen.getByRole('navigation', { name: 'Idioma' })).toBeInTheDocument();
    expect(screen.getByText('Español')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Español').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/tag/wellbeing');
  });
});
