'use client';

import { useState, useSyncExternalStore } from 'react';

interface CopyLinkButtonProps {
  url: string;
  title: string;
  labels: { copy: string; share: string; copied: string; failed: string };
}

const subscribe = () => () => {};

/**
 * The one piece of the share bar that needs JavaScript: the device's share sheet where there is one
 * (phones), otherwise copying the link. Without JavaScript it renders nothing, so there is never a
 * button that does nothing.
 */
export function CopyLinkButton({ url, title, labels }: CopyLinkButtonProps) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== 'undefined' && typeof navigator.share === 'function',
    () => false,
  );
  const [status, setStatus] = useState('');

  if (!hydrated) return null;

  async function onClick() {
    if (canShare) {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.failed);
    }
  }

  return (
    <>
      <button type="button" className="share__button" onClick={onClick}>
        {canShare ? labels.share : labels.copy}
      </button>
      <span className="share__status" role="status">
        {status}
      </span>
    </>
  );
}
