/**
 * Every meeting in the library as a choice for a select ("Cabinet, Tuesday, 4 March 2025,
 * Anytown Council"): the overview's committees, then each committee's meetings.
 */
import { useEffect, useState } from 'react';
import { api } from '../../kernel/api';
import { formatMeetingDate } from '../../ui/dates';
import { councilLabel } from '../../ui/labels';

export interface MeetingChoice {
  id: number;
  label: string;
}

export type MeetingChoices = { status: 'loading' } | { status: 'ready'; choices: MeetingChoice[] } | { status: 'error'; message: string };

export function meetingChoiceLabel(committee: string, date: string | null, council: string | null, meetingId: number, cancelled = false): string {
  const when = date ? formatMeetingDate(date) : `date not stated (meeting ${meetingId})`;
  return `${committee}, ${when}, ${council}${cancelled ? ' (cancelled)' : ''}`;
}

async function loadChoices(excludeId: number): Promise<MeetingChoices> {
  const overview = await api['library.overview']({});
  if (!overview.ok) return { status: 'error', message: overview.error.message };
  const committees = overview.value.councils.flatMap((council) => council.committees.map((c) => ({ council: councilLabel(council), committee: c })));
  const details = await Promise.all(committees.map(({ committee }) => api['library.committee']({ committeeId: committee.id })));
  const choices: MeetingChoice[] = [];
  details.forEach((reply, i) => {
    const entry = committees[i];
    if (!reply.ok || !entry) return;
    for (const m of reply.value.meetings) {
      if (m.id === excludeId) continue;
      choices.push({ id: m.id, label: meetingChoiceLabel(entry.committee.name, m.date, entry.council, m.id, Boolean(m.cancelledAt)) });
    }
  });
  return { status: 'ready', choices };
}

export function useLibraryMeetings(excludeId: number): MeetingChoices {
  const [state, setState] = useState<MeetingChoices>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadChoices(excludeId).then(
      (next) => {
        if (current) setState(next);
      },
      () => {
        if (current) setState({ status: 'error', message: 'Scrutineer could not list the meetings. Try again.' });
      },
    );
    return () => {
      current = false;
    };
  }, [excludeId]);
  return state;
}
