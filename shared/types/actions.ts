/** The actions and recommendations tracker: view models. Plain data only. */

export type ActionStatus = 'open' | 'in-progress' | 'done' | 'dropped';
/** What the tracker shows: the stored status, or overdue when an open entry is past its due date. */
export type ShownStatus = ActionStatus | 'overdue';

/** The words for each status, in the app and in every export. */
export const ACTION_STATUS_LABEL: Record<ShownStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
  overdue: 'Overdue',
};
export type RecommendationResponse = 'accepted' | 'partly-accepted' | 'rejected';
export type Implementation = 'not-started' | 'in-progress' | 'implemented' | 'not-implemented';

/**
 * What the member checks of an entry read from the minutes. When all four are theirs (checked as the minutes say, or
 * corrected), the entry is checked; until then the tracker says Scrutineer read it and nobody has checked it.
 */
export const CHECKED_FIELDS = ['due', 'kind', 'owner', 'what'] as const;

export interface ActionUpdate {
  at: string;
  statusFrom: ActionStatus | null;
  statusTo: ActionStatus | null;
  note: string;
}

export interface ActionEntry {
  id: number;
  kind: 'action' | 'recommendation';
  source: 'minutes' | 'manual';
  what: string;
  minuteText: string | null;
  owner: string | null;
  dueText: string | null;
  dueDate: string | null;
  status: ActionStatus;
  shownStatus: ShownStatus;
  committee: { id: number; name: string };
  meeting: { id: number; date: string | null } | null;
  item: { id: number; number: string | null; title: string } | null;
  recommendedTo: string | null;
  responseDue: string | null;
  response: RecommendationResponse | null;
  responseText: string | null;
  implementation: Implementation | null;
  reviewDate: string | null;
  targetMeeting: { id: number; date: string | null } | null;
  minuteWithdrawn: boolean;
  /** What the member corrected of what the minutes said (what, owner, due, kind): no re-import changes these. */
  memberFields: string[];
  /** The member marked it "not an action": kept with its log, left out of the tracker. */
  notAction: boolean;
  /** Added by hand, or read from the minutes and then checked (or corrected) by the member in all of CHECKED_FIELDS. */
  checked: boolean;
  updates: ActionUpdate[];
  evidence: Array<{ kind: 'minute' | 'paper' | 'note'; text: string; addedAt: string }>;
  createdAt: string;
}

export interface FollowUpProposal {
  id: number;
  entryId: number;
  entryWhat: string;
  meeting: { id: number; date: string | null };
  item: { id: number; number: string | null; title: string };
  reason: string;
  score: number;
}

export interface DashboardCounts {
  key: string;
  open: number;
  dueThisWeek: number;
  overdue: number;
  done: number;
}

export interface Dashboard {
  today: string;
  byCommittee: DashboardCounts[];
  byOwner: DashboardCounts[];
  /** Open entries by age since their meeting. */
  ageing: Array<{ band: string; count: number }>;
  /** Per month of the meeting that made them (entries added by hand: when added), oldest first. */
  completion: Array<{ month: string; done: number; created: number }>;
  /** Entries from meetings whose date is not stated: counted apart, never as new. */
  undatedCreated: number;
  /** Open entries read from the minutes that the member has not checked: their owners and due dates are the parser's. */
  unchecked: number;
}

/**
 * A meeting with items (or an opening, before the first item) whose minutes word a decision Scrutineer did not read
 * (MinutesItem.decisionsState, ParsedMinutes.introDecisionsState 'partial' or 'unread'): the tracker says actions from it may be missing instead of implying there are none.
 */
export interface UnreadDecisionsMeeting {
  meetingId: number;
  committeeName: string;
  /** "YYYY-MM-DD", or null when the minutes give no date. */
  date: string | null;
  /** How many of its items have decisions Scrutineer could not read, or read only in part. */
  items: number;
  /** The minutes' opening, before the first item, words decisions Scrutineer did not read. */
  opening: boolean;
}
