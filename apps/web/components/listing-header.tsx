import type { ReactNode } from 'react';

/** Title block of a listing page (section, author, tag). */
export function ListingHeader({
  title,
  description,
  children,
}: {
  title: string;
  description?: string | null;
  children?: ReactNode;
}) {
  return (
    <header className="listing-header">
      <h1>{title}</h1>
      {description && <p className="listing-header__description">{description}</p>}
      {children}
    </header>
  );
}
