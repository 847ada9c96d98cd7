/**
 * Polylang stores translation groups as PHP-serialized arrays in term descriptions, e.g.
 * `a:2:{s:2:"en";i:12;s:2:"es";i:15;}`. This reads the scalar-valued arrays it writes (strings,
 * integers, booleans, null) and returns the key → value pairs; anything else is `null`.
 * Lengths are byte counts, so strings are read from the UTF-8 bytes.
 */
export function parsePhpArray(input: string): Map<string, string> | null {
  const bytes = Buffer.from(input.trim(), 'utf8');
  let pos = 0;
  const expect = (char: string) => {
    if (String.fromCharCode(bytes[pos] ?? 0) !== char) throw new Error('unexpected');
    pos += 1;
  };
  const readUntil = (char: string) => {
    const end = bytes.indexOf(char.charCodeAt(0), pos);
    if (end < 0) throw new Error('unterminated');
    const value = bytes.subarray(pos, end).toString('utf8');
    pos = end + 1;
    return value;
  };
  const readScalar = (): string | null => {
    const type = String.fromCharCode(bytes[pos] ?? 0);
    pos += 1;
    if (type === 'N') {
      expect(';');
      return null;
    }
    expect(':');
    if (type === 'i' || type === 'b' || type === 'd') return readUntil(';');
    if (type === 's') {
      const length = Number(readUntil(':'));
      if (!Number.isInteger(length) || length < 0) throw new Error('bad length');
      expect('"');
      const value = bytes.subarray(pos, pos + length).toString('utf8');
      pos += length;
      expect('"');
      expect(';');
      return value;
    }
    throw new Error('unsupported');
  };
  try {
    expect('a');
    expect(':');
    const count = Number(readUntil(':'));
    expect('{');
    const result = new Map<string, string>();
    for (let i = 0; i < count; i++) {
      const key = readScalar();
      const value = readScalar();
      if (key !== null && value !== null) result.set(key, value);
    }
    expect('}');
    return result;
  } catch {
    return null;
  }
}
