import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeRelativePath } from '@/lib/safe-redirect';

/**
 * Leaves preview: drops the draft-mode cookie and returns to the page (or the home page). Leaving is
 * harmless, so the banner's plain link (GET) works without JavaScript; POST is accepted as well.
 */
async function exit(request: Request): Promise<never> {
  (await draftMode()).disable();
  redirect(safeRelativePath(new URL(request.url).searchParams.get('url')) ?? '/');
}

export const GET = exit;
export const POST = exit;
