import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ShareLinks } from '@/components/share-links';

const URL_ = 'https://news.example.org/en/news/walks-return';
const TITLE = 'Walks & talks return — "this spring"';
const IMAGE = 'https://cms.example.org/uploads/walk.jpg';

function hrefOf(name: RegExp | string) {
  return screen.getByRole('link', { name }).getAttribute('href')!;
}

/** What the browser does with <script src="/share-button.js">: run the file against the page. */
const shareScript = readFileSync(join(__dirname, '../../public/share-button.js'), 'utf8');
const runShareScript = () => act(() => void new Function(shareScript)());

describe('ShareLinks', () => {
  it('builds each service’s share URL with the page URL and title encoded', () => {
    render(<ShareLinks locale="en" url={URL_} title={TITLE} imageUrl={IMAGE} />);
    const enc = encodeURIComponent;

    expect(hrefOf('Email')).toBe(`mailto:?subject=${enc(TITLE)}&body=${enc(`${TITLE}\n\n${URL_}`)}`);
    expect(hrefOf('Share on Facebook')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${enc(URL_)}`);
    expect(hrefOf('Share on X')).toBe(`https://x.com/intent/tweet?text=${enc(TITLE)}&url=${enc(URL_)}`);
    expect(hrefOf('Share on LinkedIn')).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${enc(URL_)}`,
    );
    expect(hrefOf('Share on WhatsApp')).toBe(`https://wa.me/?text=${enc(`${TITLE} ${URL_}`)}`);
    expect(hrefOf('Share on Pinterest')).toBe(
      `https://www.pinterest.com/pin/create/button/?url=${enc(URL_)}&media=${enc(IMAGE)}&description=${enc(TITLE)}`,
    );
  });

  it('round-trips: the URL a service receives is exactly the article URL', () => {
    render(<ShareLinks locale="en" url={URL_} title={TITLE} imageUrl={IMAGE} />);
    expect(new URL(hrefOf('Share on Facebook')).searchParams.get('u')).toBe(URL_);
    expect(new URL(hrefOf('Share on X')).searchParams.get('text')).toBe(TITLE);
    expect(new URL(hrefOf('Share on Pinterest')).searchParams.get('media')).toBe(IMAGE);
  });

  it('has no Pinterest link without a cover image', () => {
    render(<ShareLinks locale="en" url={URL_} title={TITLE} imageUrl={null} />);
    expect(screen.queryByRole('link', { name: /Pinterest/ })).toBeNull();
  });

  it('loads nothing from the services: plain links only, opened without an opener', () => {
    const { container } = render(<ShareLinks locale="en" url={URL_} title={TITLE} imageUrl={IMAGE} />);
    expect(container.querySelectorAll('iframe, img, link, object, embed')).toHaveLength(0);
    const scripts = Array.from(document.querySelectorAll('script[src]'), (el) => el.getAttribute('src'));
    expect(scripts.every((src) => src?.startsWith('/'))).toBe(true);
    for (const link of container.querySelectorAll('a[target="_blank"]')) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('without JavaScript, shows no button that would do nothing; the script is loaded from this site', () => {
    render(<ShareLinks locale="en" url={URL_} title={TITLE} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('script[src="/share-button.js"]')).not.toBeNull();
  });

  it('copies the link where the device has no share sheet', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareLinks locale="en" url={URL_} title={TITLE} />);
    await runShareScript();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    expect(writeText).toHaveBeenCalledWith(URL_);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('opens the device share sheet where there is one', async () => {
    const share = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      render(<ShareLinks locale="es" url={URL_} title={TITLE} />);
      await runShareScript();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Compartir…' }));
      });
      expect(share).toHaveBeenCalledWith({ title: TITLE, url: URL_ });
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});
