import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Parses a feed or sitemap with a real XML parser, failing the test on anything that is not well-formed
 * (fast-xml-parser's validator reports the line and column).
 */
// Assertions walk the parsed document freely; its shape is what the test checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseXml(xml: string, arrays: string[] = []): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => arrays.includes(name),
  }).parse(xml);
}
