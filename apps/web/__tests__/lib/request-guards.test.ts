/**
 * @jest-environment node
 */
import { safeRelativePath } from '@/lib/safe-redirect';
import { bearerToken, secretMatches } from '@/lib/secret';

describe('safeRelativePath', () => {
  it.each([
    ['/en/news/a-story', '/en/news/a-story'],
    ['/es?page=2#top', '/es?page=2#top'],
  ])('keeps %s', (input, expected) => {
    expect(safeRelativePath(input)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash', '/\\evil.example'],
    ['encoded slashes', '/%2F%2Fevil.example'],
    ['a newline', '/en\n/x'],
    ['a relative path', 'en/news'],
    ['a dot-dot segment (normalised, so not what was checked)', '/en/../es'],
    ['nothing', null],
  ])('rejects %s', (_label, input) => {
    expect(safeRelativePath(input)).toBeNull();
  });
});

describe('secretMatches', () => {
  it('matches only the exact secret, and nothing when none is configured', () => {
    expect(secretMatches('s3cret-value-long', 's3cret-value-long')).toBe(true);
    expect(secretMatches('s3cret-value-lon', 's3cret-value-long')).toBe(false);
    expect(secretMatches('', '')).toBe(false);
    expect(secretMatches('anything', undefined)).toBe(false);
    expect(secretMatches(null, 'x')).toBe(false);
  });

  it('reads bearer tokens', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer   abc  ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
