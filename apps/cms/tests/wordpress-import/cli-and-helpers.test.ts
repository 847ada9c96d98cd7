import os from 'node:os';
import path from 'node:path';
import { normalizeOldPath, parseArgs, UsageError } from '../../src/importers/wordpress';
import { fillSeoVariables, shorten } from '../../src/importers/wordpress/map-post';
import { toSlug } from '../../src/importers/wordpress/slugs';
import { postPermalinkShapes } from '../../src/importers/wordpress/urls';
import { parsePhpArray } from '../../src/importers/wordpress/wxr/php-serialized';

const cwd = os.tmpdir();

describe('command-line arguments', () => {
  it('reads the file and options, resolving paths against the caller’s directory', () => {
    expect(
      parseArgs(['export.xml', '--dry-run', '--update', '--locale', 'es', '--media-dir', '.'], cwd),
    ).toEqual({
      file: path.join(cwd, 'export.xml'),
      dryRun: true,
      update: true,
      locale: 'es',
      mediaDir: cwd,
    });
    expect(parseArgs(['--locale=es', 'x.xml'], cwd)).toMatchObject({ locale: 'es', dryRun: false });
  });

  it.each([
    ['no file', []],
    ['two files', ['a.xml', 'b.xml']],
    ['an unknown option', ['a.xml', '--force']],
    ['a missing value', ['a.xml', '--media-dir']],
    ['an option as a value', ['a.xml', '--locale', '--dry-run']],
    ['a bad locale', ['a.xml', '--locale', 'english!']],
    ['a media dir that does not exist', ['a.xml', '--media-dir', '/no/such/dir']],
    ['a media dir that is a file', ['a.xml', '--media-dir', __filename]],
  ])('refuses %s', (_label, argv) => {
    expect(() => parseArgs(argv, cwd)).toThrow(UsageError);
  });
});

describe('Polylang translation groups (PHP-serialized arrays)', () => {
  it.each<[string, string, Record<string, string> | null]>([
    ['two languages', 'a:2:{s:2:"en";i:12;s:2:"es";i:15;}', { en: '12', es: '15' }],
    ['multibyte strings counted in bytes', 'a:1:{s:2:"es";s:4:"año";}', { es: 'año' }],
    ['an empty array', 'a:0:{}', {}],
    ['not serialized', 'just a description', null],
    ['truncated', 'a:2:{s:2:"en";i:12;', null],
    ['an object', 'O:8:"stdClass":0:{}', null],
  ])('%s', (_label, input, expected) => {
    const parsed = parsePhpArray(input);
    expect(parsed ? Object.fromEntries(parsed) : null).toEqual(expected);
  });
});

describe('old addresses', () => {
  it.each([
    ['/2024/03/14/slug/', '', '/2024/03/14/slug'],
    ['/', '?p=12', '/?p=12'],
    ['/', '?p=12&utm_source=x', '/?p=12'],
    ['/caf%C3%A9/', '', '/café'],
    ['/category/a/b/', '?paged=2', '/category/a/b'],
  ])('%s%s → %s', (pathname, search, expected) => {
    expect(normalizeOldPath(pathname, search)).toBe(expected);
  });

  it('lists the usual permalink shapes of a post', () => {
    expect(postPermalinkShapes('7', 'hello-world', '2024-3-9 10:00:00')).toEqual([
      '/?p=7',
      '/2024/03/09/hello-world',
      '/2024/03/hello-world',
    ]);
    expect(postPermalinkShapes('8', '', '')).toEqual(['/?p=8']);
  });
});

describe('texts', () => {
  it.each([
    ['%%title%% %%sep%% %%sitename%%', 'Garden – Riverside'],
    ['%title% %sep% %sitename%', 'Garden – Riverside'],
    ['%%title%% %%page%% %%sep%%', 'Garden'],
    ['Plain title', 'Plain title'],
  ])('SEO template %s → %s', (template, expected) => {
    expect(fillSeoVariables(template, 'Garden', 'Riverside')).toBe(expected);
  });

  it.each([
    ['Caf%C3%A9 News', 'cafe-news'],
    ['Año nuevo, vida nueva!', 'ano-nuevo-vida-nueva'],
    ['--odd--', 'odd'],
    ['日本語', ''],
  ])('slug %s → %s', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  it('shortens at a word boundary with an ellipsis', () => {
    expect(shorten('one two three four five', 14)).toBe('one two three…');
    expect(shorten('short', 14)).toBe('short');
  });
});
