// Plain-text renderings for the CLI. Dates as councils write them: Tuesday, 14 January 2025.
import { format, parseISO } from 'date-fns';
import type { CommitteeDetail, ImportOutcome, LibraryOverview, MeetingDetail } from '../../shared/types/library';
import type { ActionEntry } from '../../shared/types/actions';
import type { ParsedMinutes } from '../../shared/types/minutes';

export const longDate = (iso: string | null): string => (iso ? format(parseISO(iso), 'EEEE, d MMMM yyyy') : 'Date not stated');

export const formatImport = (o: ImportOutcome): string =>
  `${o.status.toUpperCase().padEnd(9)} ${o.fileName}${o.meetingId ? ` (meeting ${o.meetingId})` : ''}: ${o.message}`;

export function formatCommittees(overview: LibraryOverview): string {
  if (overview.councils.length === 0) return 'The library is empty. Import minutes with: npm run cli -- import FILE';
  return overview.councils
    .map((c) =>
      [c.name ?? 'Council not named in the minutes', ...c.committees.map((m) => `  [${m.id}] ${m.name} — ${m.meetingCount} meeting(s)`)].join('\n'),
    )
    .join('\n');
}

export const formatMeetings = (committees: CommitteeDetail[]): string =>
  committees
    .map((c) => [c.name, ...c.meetings.map((m) => `  [${m.id}] ${longDate(m.date)} — ${m.itemCount} item(s), ${m.decisionCount} decision(s)`)].join('\n'))
    .join('\n');

export function formatMeeting(m: MeetingDetail): string {
  const lines = [`[${m.id}] ${m.committee.name} (${m.council.name ?? 'council not stated'})`, `${longDate(m.date)}${m.startTime ? `, ${m.startTime}` : ''}`];
  if (m.needsCheck) lines.push(`Details not stated — check them: ${m.needsCheck}.`);
  if (m.memberFields.length) lines.push(`Set by you: ${m.memberFields.join(', ')}`);
  if (m.venue) lines.push(`Venue: ${m.venue}`);
  if (m.apologies.length) lines.push(`Apologies: ${m.apologies.join(', ')}`);
  for (const d of m.declarations) {
    const whose = d.checked ? 'checked by you' : d.memberSet ? 'corrected by you' : 'not checked';
    lines.push(`Declaration: ${d.member}${d.item ? ` (${d.item})` : ''} — ${d.subject} [${d.nature}]${d.withdrew ? ', withdrew' : ''}; ${whose}`);
  }
  for (const item of m.items) {
    lines.push('', `${item.number ? `${item.number}. ` : ''}${item.title}${item.exempt ? ' [private]' : ''}${item.truncated ? ' [truncated]' : ''}`);
    for (const d of item.decisions) lines.push(`  - ${d.label ? `${d.label}) ` : ''}${d.text} [${d.kind}${d.owner ? `, ${d.owner}` : ''}${d.due ? `, due ${d.due}` : ''}]`);
  }
  if (m.sources.length) {
    lines.push('', 'Files (versions):');
    for (const s of m.sources) {
      const state = s.current ? 'shown' : s.status === 'kept' ? 'kept, not applied' : 'applied earlier';
      lines.push(`  ${s.fileName} (${s.document}, ${state}; ${s.importedAt.slice(0, 10)}) ${s.summary ?? ''} [${s.sha256}]`);
    }
  }
  return lines.join('\n');
}

export function formatParsed(p: ParsedMinutes): string {
  const lines = [
    `Document:  ${p.document === 'agenda' ? 'agenda (nothing minuted yet)' : 'minutes'}`,
    `Council:   ${p.council ?? '—'}${p.councilDomain ? ` (${p.councilDomain})` : ''}`,
    ...(p.sourceAddress ? [`Source:    ${p.sourceAddress}${p.remoteMeetingId ? ` (meeting ${p.remoteMeetingId})` : ''}`] : []),
    `Committee: ${p.committee ?? '—'}`,
    `Date:      ${longDate(p.date)}${p.startTime ? ` ${p.startTime}` : ''}${p.endTime ? `–${p.endTime}` : ''}`,
    `Venue:     ${p.venue ?? '—'}`,
    `Apologies: ${p.apologies.join(', ') || '—'}`,
    `Items (${p.items.length}):`,
    ...p.items.map((i) => `  ${i.number ?? '•'} ${i.title}${i.truncated ? ' [truncated]' : ''}${i.exempt ? ' [private]' : ''}`),
    `Declarations (${p.declarations.length}):`,
    ...p.declarations.map((d) => `  ${d.member}: ${d.subject} [${d.nature}]`),
    `Decisions (${p.decisions.length}):`,
    ...p.decisions.map((d) => `  ${d.item ?? '—'} ${d.label ?? ''} ${d.text} [${d.kind}]`),
  ];
  return lines.join('\n');
}

export function formatActions(entries: ActionEntry[]): string {
  if (entries.length === 0) return 'No actions match.';
  return entries
    .map((e) => {
      const due = e.dueDate ? longDate(e.dueDate) : (e.dueText ?? 'no due date');
      const where = `${e.committee.name}${e.meeting ? `, ${longDate(e.meeting.date)}` : ''}${e.item?.number ? `, item ${e.item.number}` : ''}`;
      return `[${e.id}] ${e.shownStatus.toUpperCase()} — ${e.what}\n      ${where}; owner: ${e.owner ?? 'not named'}; due: ${due}${e.checked ? '' : '; not checked'}`;
    })
    .join('\n');
}
