import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, toSearchTerms } from '../src/search-terms';

describe('toSearchTerms', () => {
  it('trims, collapses whitespace, lower-cases and removes repeated words', () => {
    expect(toSearchTerms('  Peer\n\tSUPPORT  peer ').map((t) => t.text)).toEqual(['peer', 'support']);
  });

  it('caps the length and the number of words', () => {
    const terms = toSearchTerms('a'.repeat(MAX_QUERY_LENGTH + 50));
    expect(terms[0]!.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(toSearchTerms('one two three four five six seven eight')).toHaveLength(MAX_QUERY_WORDS);
  });

  it.each([
    ['anxiety', true],
    ['recuperación', true],
    ['text', false],
    ['para', false], // inside "paragraph"
    ['ordered', false],
    ['ur', false], // too short
    ['2026', false], // digits match widths, levels, sizes
    ['"type":', false], // JSON punctuation
    ['https', false],
  ])('searches the body for %j: %s', (word, searchBody) => {
    expect(toSearchTerms(word)).toEqual([{ text: word.toLowerCase(), searchBody }]);
  });
});
