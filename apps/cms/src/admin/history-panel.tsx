import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

/** Kept in sync with HISTORY_TYPES in src/revision-history/record.ts. */
const HISTORY_TYPES = ['api::article.article', 'api::help-banner.help-banner'];
const SHOWN = 10;

interface Version {
  id: number;
  action: string;
  published: boolean;
  author: string;
  changed: string[];
  createdAt: string;
}

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
}

const ACTION_WORDS: Record<string, string> = {
  create: 'Created',
  update: 'Saved',
  publish: 'Published',
  unpublish: 'Unpublished',
  discardDraft: 'Draft discarded',
  restore: 'Restored',
};

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * "History" in the edit view's side panel: the last versions of this language (who, when, what changed)
 * and, on each, Restore → "Yes, restore": two clicks put an earlier version back (and publish it again
 * if it was published), e.g. after a bad edit or an accidental unpublish.
 */
function HistoryList({ model, documentId, locale }: { model: string; documentId: string; locale: string }) {
  const { get, post } = useFetchClient();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await get<{ data: Version[] }>(`/revision-history/${model}/${documentId}?locale=${locale}`);
    setVersions(res.data.data);
  }, [get, model, documentId, locale]);

  useEffect(() => {
    load().catch(() => setMessage('The history could not be loaded.'));
  }, [load]);

  const restore = async (version: Version) => {
    try {
      await post(`/revision-history/restore/${version.id}`, {});
      setMessage('Restored. Reloading…');
      window.location.reload();
    } catch {
      setMessage('This version could not be restored.');
    }
  };

  if (message) return <Typography variant="pi">{message}</Typography>;
  if (!versions) return <Typography variant="pi">Loading…</Typography>;
  if (versions.length === 0) return <Typography variant="pi">No versions yet: save to keep one.</Typography>;

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      width="100%"
      tag="ol"
      aria-label="Versions, newest first"
    >
      {versions.slice(0, SHOWN).map((version, index) => (
        <Box key={version.id} tag="li" paddingBottom={2}>
          <Typography variant="omega" fontWeight="bold" tag="p">
            {ACTION_WORDS[version.action] ?? version.action} · {when(version.createdAt)}
            {index === 0 ? ' (current)' : ''}
          </Typography>
          <Typography variant="pi" tag="p">
            {version.author}
          </Typography>
          {version.changed.length > 0 && (
            <Typography variant="pi" textColor="neutral600" tag="p">
              Changed: {version.changed.join(', ')}
            </Typography>
          )}
          {index > 0 &&
            (confirming === version.id ? (
              <Flex gap={2} paddingTop={1}>
                <Button size="S" variant="danger-light" onClick={() => restore(version)}>
                  Yes, restore
                </Button>
                <Button size="S" variant="tertiary" onClick={() => setConfirming(null)}>
                  Cancel
                </Button>
              </Flex>
            ) : (
              <Box paddingTop={1}>
                <Button size="S" variant="secondary" onClick={() => setConfirming(version.id)}>
                  Restore this version
                </Button>
              </Box>
            ))}
        </Box>
      ))}
    </Flex>
  );
}

export function HistoryPanel({ model, documentId, document }: PanelProps) {
  if (!HISTORY_TYPES.includes(model) || !documentId) return null;
  return {
    title: 'History',
    content: <HistoryList model={model} documentId={documentId} locale={document?.locale ?? 'en'} />,
  };
}
