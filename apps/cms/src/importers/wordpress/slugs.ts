/** WordPress slugs ("caf%C3%A9-news", "Año nuevo") → Strapi uid values ([A-Za-z0-9-_.~], lower case). */
export function toSlug(input: string, maxLength = 120): string {
  let text = input;
  try {
    text = decodeURIComponent(input);
  } catch {
    // keep as is
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxLength)
    .replace(/[-.]+$/, '');
}
