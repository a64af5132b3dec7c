/**
 * What each role may change in a committee's shared log, as the device applies it before offering
 * an edit: the same rules as the server's validate_doc_update (committee-design.ts), which stays the
 * real guard. An edit the role may not make is not offered (the server would refuse it): it stays on
 * this device, and the run, `share status` and the Sharing page say so.
 */
import type { CommitteeRole } from './committee-design';
import { type ActionDoc, canonical } from './merge';

export const ENTRY_FIELDS = ['status', 'owner', 'due', 'what', 'kind'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** The fields of an existing entry each role may change (log notes: the chair and officers add them). */
const MAY_CHANGE: Record<CommitteeRole, ReadonlySet<EntryField | 'log'>> = {
  chair: new Set(['status', 'owner', 'due', 'what', 'kind', 'log']),
  officer: new Set(['status', 'owner', 'due', 'log']),
  member: new Set(),
};

export const mayChange = (role: CommitteeRole, field: EntryField | 'log'): boolean => MAY_CHANGE[role].has(field);

/** The notes main/actions/updates.ts correctEntry writes for a change of a field a role may not make. */
const KEPT_NOTE: Record<CommitteeRole, RegExp[]> = {
  chair: [],
  officer: [/^Text set to /, /^Kind set to /, /^Marked “not an action”/],
  member: [],
};

/** Why an edit stays on this device, in words (the run's summary, share status, the Sharing page). */
export function keptReason(role: CommitteeRole): string {
  if (role === 'officer') return 'your role cannot change an entry’s text or kind (only the chair can)';
  if (role === 'member') return 'your role cannot change the committee’s log (members read it; the chair and the named officers keep it)';
  return '';
}

/**
 * The merged entry cut down to what this role may send: every field it may not change (and, for a
 * member, the log) as the committee's copy has it. Also names the fields that were cut.
 */
export function withinRole(role: CommitteeRole, merged: ActionDoc, committee: ActionDoc): { doc: ActionDoc; kept: Array<EntryField | 'log'> } {
  const doc: ActionDoc = { ...merged };
  const kept: Array<EntryField | 'log'> = [];
  for (const field of ENTRY_FIELDS) {
    if (mayChange(role, field) || canonical(merged[field]?.v ?? null) === canonical(committee[field]?.v ?? null)) continue;
    (doc as unknown as Record<string, unknown>)[field] = committee[field];
    kept.push(field);
  }
  const added = Object.keys(merged.log).filter((gid) => !committee.log[gid]);
  if (!mayChange(role, 'log') && added.length) {
    doc.log = committee.log;
    kept.push('log');
  } else {
    // The note the tracker writes with a correction ("Text set to “…”") stays here with the correction it records.
    const recordsKept = (note: string) => note.split('; ').some((part) => KEPT_NOTE[role].some((re) => re.test(part)));
    const notes = added.filter((gid) => recordsKept(merged.log[gid]?.note ?? ''));
    if (notes.length) {
      doc.log = Object.fromEntries(Object.entries(merged.log).filter(([gid]) => !notes.includes(gid)));
      if (!kept.length) kept.push('log');
    }
  }
  return { doc, kept };
}
