/**
 * One file a meeting came from: what it is (minutes or agenda), whether its content is shown, what
 * it changed, and the corrections for it: "Apply this version" for any copy not shown now, "Split into its own
 * meeting" when the meeting holds more than one file. Each asks first.
 */
import { useRef, useState } from 'react';
import type { SourceView } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { formatTimestamp } from '../../ui/dates';

const INPUT_KIND: Record<string, string> = {
  'pdf-text': 'PDF',
};

/**
 * "Shown": the copy the meeting shows; "Kept, not applied": stored as a version only; "Applied": its
 * content went into the meeting (an earlier copy, or a meeting merged into this one).
 */
function sourceStatus(s: SourceView): { label: string; tone: BadgeTone } {
  if (s.current) return { label: 'Shown', tone: 'success' };
  if (s.status === 'kept') return { label: 'Kept, not applied', tone: 'warning' };
  return { label: 'Applied', tone: 'neutral' };
}

export function SourceRow({
  meetingId,
  source,
  canSplit,
  onApplied,
}: {
  meetingId: number;
  source: SourceView;
  canSplit: boolean;
  onApplied: (message: string) => void;
}) {
  const [asking, setAsking] = useState<'apply' | 'split' | null>(null);
  const applyButton = useRef<HTMLButtonElement>(null);
  const splitButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const status = sourceStatus(source);
  const kind = source.document === 'agenda' ? 'Agenda' : 'Minutes';

  const cancel = () => {
    const which = asking;
    setAsking(null);
    focusAfterRender(() => (which === 'split' ? splitButton : applyButton).current);
  };
  const apply = async (): Promise<string | null> => {
    const reply = await api['library.applyVersion']({ meetingId, sha256: source.sha256 });
    if (!reply.ok) return reply.error.message;
    if (reply.value.status === 'failed') return reply.value.message;
    setAsking(null);
    onApplied(reply.value.message);
    return null;
  };
  const split = async (): Promise<string | null> => {
    const reply = await api['library.splitMeeting']({ meetingId, sha256: source.sha256 });
    if (!reply.ok) return reply.error.message;
    window.location.hash = hrefs.meeting(reply.value.meetingId);
    return null;
  };

  return (
    <li className="source">
      <p className="source__head">
        <span className="source__file">{source.fileName}</span> <Badge tone="info">{kind}</Badge> <Badge tone={status.tone}>{status.label}</Badge>
      </p>
      <p className="source__meta">
        Parsed from {source.fileName} on {formatTimestamp(source.importedAt)}
        {INPUT_KIND[source.inputKind] ? ` (${INPUT_KIND[source.inputKind]})` : ''}.
      </p>
      {source.summary && <p className="source__summary">{source.summary}</p>}
      {(!source.current || canSplit) && (
        <div className="source__actions">
          {!source.current && (
            <Button ref={applyButton} variant="quiet" aria-expanded={asking === 'apply'} onClick={() => setAsking('apply')}>
              Apply this version<span className="visually-hidden"> from {source.fileName}</span>
            </Button>
          )}
          {canSplit && (
            <Button ref={splitButton} variant="quiet" aria-expanded={asking === 'split'} onClick={() => setAsking('split')}>
              Split into its own meeting<span className="visually-hidden">: {source.fileName}</span>
            </Button>
          )}
        </div>
      )}
      {asking === 'apply' && (
        <ConfirmPanel title="Apply this version?" confirmLabel="Apply this version" onConfirm={apply} onCancel={cancel}>
          <p>
            The meeting will show what {source.fileName} holds (its items, decisions and attendance) instead of the copy shown now. Both
            files stay listed here.
          </p>
        </ConfirmPanel>
      )}
      {asking === 'split' && (
        <ConfirmPanel title="Split into its own meeting?" confirmLabel="Split it off" onConfirm={split} onCancel={cancel}>
          <p>
            What {source.fileName} brought (its items, decisions, attendance and papers, and your notes on them) becomes a meeting of its
            own, under the same committee, with its details to check. You will be taken to the new meeting.
          </p>
        </ConfirmPanel>
      )}
    </li>
  );
}
