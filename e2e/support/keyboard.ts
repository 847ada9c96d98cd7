import type { Page } from 'playwright-core';

/** What has keyboard focus, as a reader would see it: element, link target, visible text. */
export interface Focused {
  tag: string;
  id: string;
  href: string | null;
  rel: string | null;
  text: string;
  /** Whether the element matches :focus-visible and draws an outline or ring. */
  ringVisible: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { tag: 'body', id: '', href: null, rel: null, text: '', ringVisible: false };
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      href: element.getAttribute('href'),
      rel: element.getAttribute('rel'),
      text: (element.innerText || element.getAttribute('aria-label') || '').trim(),
      ringVisible: element.matches(':focus-visible') && (outline || ring),
    };
  });
}

/**
 * Presses Tab until the focused element is the one wanted, as a keyboard user moves through a page.
 * Fails, naming what was passed on the way, when it is not reached within `maxPresses`.
 */
export async function tabTo(
  page: Page,
  what: string,
  wanted: (element: Focused) => boolean,
  { maxPresses = 200 } = {},
): Promise<Focused> {
  const passed: string[] = [];
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (wanted(element)) return element;
    passed.push(element.href ?? `${element.tag}${element.id ? `#${element.id}` : ''}`);
  }
  throw new Error(
    `${what} not reached in ${maxPresses} Tab presses; passed: ${passed.slice(-30).join(', ')}`,
  );
}

/**
 * Resolves once the page has stopped scrolling (same position on two reads 150 ms apart). Moving focus
 * scrolls smoothly on a site with `scroll-behavior: smooth`, and a key pressed mid-scroll can be lost.
 */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const state = window as unknown as { lastScrollY?: number };
      const settled = state.lastScrollY === window.scrollY;
      state.lastScrollY = window.scrollY;
      return settled;
    },
    undefined,
    { polling: 150 },
  );
}
