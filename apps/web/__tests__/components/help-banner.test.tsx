import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import type { HelpBanner as HelpBannerData } from '@newsroom/cms-client';
import { HelpBanner } from '@/components/help-banner';

const banner = (overrides: Partial<HelpBannerData> = {}): HelpBannerData => ({
  locale: 'en',
  message: 'Struggling right now? You can talk to someone.',
  phoneNumber: '0800 000 0000',
  phoneHref: 'tel:08000000000',
  link: { url: 'https://example.org/help', text: 'More ways to get help' },
  ...overrides,
});

describe('HelpBanner', () => {
  it('is a labelled region with the message, a tel: link and the link — plain HTML, no script', () => {
    const { container } = render(<HelpBanner banner={banner()} />);
    const region = screen.getByRole('region', { name: 'Help now' });
    expect(region).toHaveTextContent('Struggling right now? You can talk to someone.');
    expect(within(region).getByRole('link', { name: 'Call 0800 000 0000' })).toHaveAttribute(
      'href',
      'tel:08000000000',
    );
    expect(within(region).getByRole('link', { name: 'More ways to get help' })).toHaveAttribute(
      'href',
      'https://example.org/help',
    );
    expect(container.querySelector('script, button')).toBeNull();
  });

  it('speaks the language of the page', () => {
    render(<HelpBanner banner={banner({ locale: 'es', phoneNumber: '900 000 000', link: null })} />);
    const region = screen.getByRole('region', { name: 'Ayuda ahora' });
    expect(within(region).getByRole('link', { name: 'Llama al 900 000 000' })).toBeInTheDocument();
  });

  it('renders nothing when there is no banner', () => {
    const { container } = render(<HelpBanner banner={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a number that cannot be dialled as text, not as a link', () => {
    render(<HelpBanner banner={banner({ phoneNumber: 'ext. 12', phoneHref: null })} />);
    expect(screen.getByText('ext. 12').tagName).toBe('SPAN');
  });
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('help-banner.module.css', () => {
  const css = fs.readFileSync(path.join(__dirname, '../../components/help-banner.module.css'), 'utf8');
  const rule = (selector: string) =>
    new RegExp(`${selector.replace('.', '\\.')}[^{]*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const colour = (block: string, property: string) =>
    new RegExp(`(?:^|[;\\s])${property}:\\s*(#[0-9a-fA-F]{6})`).exec(block)?.[1];

  it('has text and links at a contrast of at least 4.5:1 on the banner background', () => {
    const background = colour(rule('.banner'), 'background');
    const text = colour(rule('.banner'), 'color');
    const links = colour(rule('.link'), 'color');
    expect(background && text && links).toBeTruthy();
    const ratios = [contrast(text!, background!), contrast(links!, background!)];
    console.log(`help banner contrast: text ${ratios[0]!.toFixed(2)}:1, links ${ratios[1]!.toFixed(2)}:1`);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
});
