import { previewBaseFor, previewOrigins } from '../src/preview-url';

/**
 * The admin's Preview frames the site, which sets Next's draft-mode cookie. A browser keeps that cookie
 * in a frame only when the frame is the same site as the admin page, and localhost and 127.0.0.1 are
 * different sites: the preview must address the site under the name the admin was opened at.
 */
describe('previewBaseFor', () => {
  it.each([
    [
      'admin at 127.0.0.1, site configured as localhost',
      'http://localhost:3000',
      '127.0.0.1',
      'http://127.0.0.1:3000/',
    ],
    [
      'admin at localhost, site configured as 127.0.0.1',
      'http://127.0.0.1:3000',
      'localhost',
      'http://localhost:3000/',
    ],
    ['admin at localhost, site at localhost', 'http://localhost:3000', 'localhost', 'http://localhost:3000/'],
    [
      'admin at [::1] (CSP cannot frame it): as configured',
      'http://localhost:3000',
      '[::1]',
      'http://localhost:3000/',
    ],
    ['admin name in capitals', 'http://localhost:3000', 'LOCALHOST', 'http://localhost:3000/'],
    ['a real site stays as configured', 'https://news.example.org', '127.0.0.1', 'https://news.example.org/'],
    [
      'an admin on a real host keeps a local site as configured',
      'http://localhost:3000',
      'cms.example.org',
      'http://localhost:3000/',
    ],
    ['no request (a script)', 'http://localhost:3000', undefined, 'http://localhost:3000/'],
  ])('%s', (_label, configured, adminHost, expected) => {
    expect(previewBaseFor(configured, adminHost)).toBe(expected);
  });
});

describe('previewOrigins (what the admin may frame)', () => {
  it('lists the local site under every loopback name, same port', () => {
    expect(previewOrigins('http://localhost:3000')).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
  });

  it('lists a real site alone', () => {
    expect(previewOrigins('https://news.example.org/')).toEqual(['https://news.example.org']);
  });
});
