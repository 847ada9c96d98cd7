import { render, screen } from '@testing-library/react';
import { PreviewBanner } from '@/components/preview-banner';

const mockPathname = jest.fn<string | null, []>();
jest.mock('next/navigation', () => ({ usePathname: () => mockPathname() }));

describe('PreviewBanner', () => {
  it('says the page is a preview and links to leaving preview on the same page', () => {
    mockPathname.mockReturnValue('/en/news/a-draft-story');
    render(<PreviewBanner label="Preview — not published" exitLabel="Exit preview" />);
    expect(screen.getByRole('region', { name: 'Preview — not published' })).toHaveTextContent(
      'Preview — not published',
    );
    expect(screen.getByRole('link', { name: 'Exit preview' })).toHaveAttribute(
      'href',
      '/api/preview/exit?url=%2Fen%2Fnews%2Fa-draft-story',
    );
  });

  it('falls back to the root when the path is unknown', () => {
    mockPathname.mockReturnValue(null);
    render(<PreviewBanner label="Vista previa — no publicado" exitLabel="Salir de la vista previa" />);
    expect(screen.getByRole('link', { name: 'Salir de la vista previa' })).toHaveAttribute(
      'href',
      '/api/preview/exit?url=%2F',
    );
  });
});
