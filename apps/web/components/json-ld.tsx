import { serializeJsonLd } from '@/lib/structured-data';

/** Structured data for search engines. The serializer escapes "<", so content cannot close the element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
