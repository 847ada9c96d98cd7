'use client';

import { usePathname } from 'next/navigation';

/**
 * Shown on every page while an editor is in draft mode, so a preview is never mistaken for the live site.
 * A Client Component only to know the current path (server-rendered too, so the exit link works without
 * JavaScript): leaving preview returns to the published version of the same page.
 */
export function PreviewBanner({ label, exitLabel }: { label: string; exitLabel: string }) {
  const pathname = usePathname() || '/';
  return (
    <div className="preview-banner" role="region" aria-label={label}>
      <strong>{label}</strong>
      <a href={`/api/preview/exit?url=${encodeURIComponent(pathname)}`}>{exitLabel}</a>
    </div>
  );
}
