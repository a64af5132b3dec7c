/**
 * Declarations of interest: the member's own register, the warnings raised when a meeting's papers
 * mention something on it, the declarations they made, and everyone's declarations from the minutes.
 * Categories follow the LGA Model Councillor Code of Conduct (2020) and the Relevant Authorities
 * (Disclosable Pecuniary Interests) Regulations 2012. Plain data and pure functions only: both the
 * main process and the renderer read this file, so no zod here (the contract's schemas are in
 * shared/schemas/interests.ts, which the renderer never loads).
 */
import type { InterestNature } from './minutes';
import type { Snippet } from './papers';

export type InterestCategory = 'disclosable-pecuniary' | 'other-registrable' | 'non-registrable';

export type InterestSubcategory =
  // Disclosable pecuniary interests (the 2012 Regulations, Schedule)
  | 'employment'
  | 'sponsorship'
  | 'contracts'
  | 'land'
  | 'licences'
  | 'corporate-tenancies'
  | 'securities'
  // Other registrable interests (Model Code, Table 2)
  | 'appointed-body'
  | 'public-function-body'
  | 'charitable-body'
  | 'public-opinion-body'
  | 'trade-union'
  // Non-registrable: noted by the member's own choice
  | 'noted';

/** Whose interest it is: the member's, or their spouse's or civil partner's (or someone they live with as such). */
export type InterestWhose = 'member' | 'partner';

export const INTEREST_CATEGORIES: readonly InterestCategory[] = ['disclosable-pecuniary', 'other-registrable', 'non-registrable'];

export const CATEGORY_LABEL: Record<InterestCategory, string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
};

/** Section headings of the register form. */
export const CATEGORY_HEADING: Record<InterestCategory, string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interests',
  'other-registrable': 'Other registrable interests',
  'non-registrable': 'Non-registrable interests (noted by the member)',
};

export const SUBCATEGORIES: Record<InterestCategory, readonly InterestSubcategory[]> = {
  'disclosable-pecuniary': ['employment', 'sponsorship', 'contracts', 'land', 'licences', 'corporate-tenancies', 'securities'],
  'other-registrable': ['appointed-body', 'public-function-body', 'charitable-body', 'public-opinion-body', 'trade-union'],
  'non-registrable': ['noted'],
};

export const SUBCATEGORY_LABEL: Record<InterestSubcategory, string> = {
  employment: 'Employment, office, trade, profession or vocation',
  sponsorship: 'Sponsorship',
  contracts: 'Contracts',
  land: 'Land',
  licences: 'Licences',
  'corporate-tenancies': 'Corporate tenancies',
  securities: 'Securities',
  'appointed-body': 'A body the council appointed or nominated you to',
  'public-function-body': 'A body exercising functions of a public nature',
  'charitable-body': 'A body directed to charitable purposes',
  'public-opinion-body': 'A body influencing public opinion or policy (including lobbying)',
  'trade-union': 'A trade union',
  noted: 'Other interest I choose to note',
};

/** The statutory or Code wording, printed under each heading of the register form. */
export const SUBCATEGORY_DESCRIPTION: Record<InterestSubcategory, string> = {
  employment: 'Any employment, office, trade, profession or vocation carried on for profit or gain.',
  sponsorship:
    'Any payment or provision of any other financial benefit (other than from the council) made to the councillor during the previous 12 months for expenses incurred in carrying out duties as a councillor, or towards election expenses, including any payment or financial benefit from a trade union.',
  contracts:
    'Any contract made between the councillor or their spouse or civil partner (or a firm or body corporate in which they have a beneficial interest) and the council, under which goods or services are to be provided or works executed, and which has not been fully discharged.',
  land: 'Any beneficial interest in land which is within the area of the council.',
  licences: 'Any licence (alone or jointly with others) to occupy land in the area of the council for a month or longer.',
  'corporate-tenancies':
    'Any tenancy where, to the councillor’s knowledge, the landlord is the council and the tenant is a body in which the councillor or their spouse or civil partner has a beneficial interest.',
  securities:
    'Any beneficial interest in securities of a body with a place of business or land in the area of the council, where the total nominal value exceeds £25,000 or one hundredth of the total issued share capital (or of any one class of shares).',
  'appointed-body': 'Any body of which you are in general control or management and to which you are nominated or appointed by the council.',
  'public-function-body': 'Any body exercising functions of a public nature of which you are in general control or management.',
  'charitable-body': 'Any body directed to charitable purposes of which you are in general control or management.',
  'public-opinion-body':
    'Any body one of whose principal purposes includes the influence of public opinion or policy (including any political party or lobbying group) of which you are in general control or management.',
  'trade-union': 'Any trade union of which you are in general control or management.',
  noted: 'An interest that is not registrable but that you may need to declare if a matter directly relates to it.',
};

export const WHOSE_LABEL: Record<InterestWhose, string> = {
  member: 'Me',
  partner: 'My spouse or partner',
};

/** What the member should do, for each kind of interest (Model Code, Appendix B). */
export const DECLARATION_GUIDANCE: Record<InterestCategory, string> = {
  'disclosable-pecuniary':
    'Disclosable pecuniary interest: declare it, do not take part in the discussion or vote, and leave the room unless you hold a dispensation.',
  'other-registrable':
    'Other registrable interest: declare it; if the matter directly relates to the body’s financial interest or well-being, do not take part and leave the room unless a dispensation is held.',
  'non-registrable':
    'Non-registrable interest: declare it if the matter directly relates to your financial interest or well-being or that of a relative or close associate.',
};

/** Days after an interest arises (or changes) within which the monitoring officer must be told. */
export const NOTIFY_WITHIN_DAYS = 28;

/** What the member types into the register form; ids absent for a new interest. */
export interface InterestDraft {
  id?: number;
  category: InterestCategory;
  subcategory: InterestSubcategory;
  whose: InterestWhose;
  description: string;
  /** Names and aliases as they would appear in papers: "Millgate School", "Millgate". */
  names: string[];
  /** Addresses or postcodes (land): postcodes match with or without their space. */
  addresses: string[];
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  /** The date of the latest change to the interest, if it changed after it started. */
  changedDate: string | null;
  /** The date the monitoring officer was told (of the interest, or of its latest change). */
  notifiedDate: string | null;
}

export type NotificationStatus =
  /** Told within 28 days. */
  | { state: 'on-time'; days: number }
  /** Told, but after 28 days. */
  | { state: 'late'; days: number; daysLate: number }
  /** Not told yet, still within 28 days. */
  | { state: 'due'; daysLeft: number; deadline: string }
  /** Not told and more than 28 days have passed. */
  | { state: 'overdue'; daysLate: number; deadline: string }
  /** No start date, so nothing can be computed. */
  | { state: 'unknown' };

export interface InterestView extends InterestDraft {
  id: number;
  /** The date the 28 days run from: the latest of start, change and taking office. */
  deadlineFrom: string | null;
  notification: NotificationStatus;
  /** True when it has not ended (as of today). */
  current: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MemberProfile {
  /** "My name" as the minutes would print it (e.g. "Dr Moore"), for slips and for finding my declarations. */
  name: string;
  /** YYYY-MM-DD: interests held on taking office must be registered within 28 days of it. */
  tookOffice: string | null;
}

export interface RegisterView {
  profile: MemberProfile;
  interests: InterestView[];
}

/** Where a warning's passage was found. */
export type WarningSource =
  | { kind: 'item'; field: 'title' | 'agenda' | 'minutes' }
  | { kind: 'page'; documentId: number; versionId: number; documentTitle: string; pageNumber: number };

export interface WarningHit {
  /** The register name, alias or postcode that matched, as the member wrote it. */
  term: string;
  /** About 200 characters around the match; hit segments are the matched words. */
  passage: Snippet;
  source: WarningSource;
}

export interface WarningItem {
  id: number;
  number: string | null;
  title: string;
}

export interface InterestWarning {
  /** `${interestId}:${itemId or 'none'}`: one warning per interest and item. */
  key: string;
  interest: { id: number; category: InterestCategory; subcategory: InterestSubcategory; whose: InterestWhose; description: string };
  /** null: a pack page outside every item's pages. */
  item: WarningItem | null;
  hits: WarningHit[];
  /** All matches found (hits lists at most a few). */
  hitCount: number;
  suggestedCategory: InterestCategory;
  guidance: string;
  dismissed: { reason: string; at: string } | null;
}

export interface MeetingWarnings {
  meetingId: number;
  active: InterestWarning[];
  dismissed: InterestWarning[];
  /** How many register entries were current at the meeting and checked. */
  interestsChecked: number;
  tookMs: number;
}

export interface MyDeclarationDraft {
  id?: number;
  meetingId: number;
  itemId: number | null;
  /** Free text when the item is not one of the meeting's items ("budget items"). */
  itemText: string;
  interestId: number | null;
  category: InterestCategory;
  /** What the interest is, as it goes on the slip. */
  nature: string;
  withdrew: boolean;
  dispensation: boolean;
  dispensationDetails: string;
}

export interface MyDeclarationView extends MyDeclarationDraft {
  id: number;
  meeting: { id: number; date: string | null; committeeName: string; councilName: string | null };
  item: WarningItem | null;
  interest: { id: number; description: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeclarationSlip {
  declaration: MyDeclarationView;
  memberName: string;
}

/** One declaration recorded in the minutes, with its meeting. */
export interface MinutesDeclarationRow {
  id: number;
  member: string;
  subject: string;
  /** The organisation or thing the subject names ("Millgate School"), for grouping. */
  subjectKey: string;
  itemLabel: string | null;
  nature: InterestNature;
  withdrew: boolean;
  /** Checked or corrected by the member; false: as Scrutineer read it from the minutes, not checked. */
  checked: boolean;
  meeting: { id: number; date: string | null; committeeId: number; committeeName: string };
}

export interface SubjectGroup {
  subject: string;
  meetingCount: number;
  declarations: MinutesDeclarationRow[];
}

export interface MemberGroup {
  member: string;
  meetingCount: number;
  subjects: SubjectGroup[];
}

export interface SubjectMembers {
  subject: string;
  members: Array<{ member: string; meetingCount: number }>;
  meetingCount: number;
}

export interface MeetingDeclarations {
  meeting: MinutesDeclarationRow['meeting'];
  declarations: MinutesDeclarationRow[];
}

export interface MyComparison {
  /** Declarations in the minutes under my name. */
  fromMinutes: MinutesDeclarationRow[];
  /** Declarations I recorded myself. */
  recorded: MyDeclarationView[];
  /** Subjects I declared that match no name or alias on my register: a gentle prompt. */
  unregistered: Array<{ subject: string; source: 'minutes' | 'mine'; meetingId: number; date: string | null; committeeName: string }>;
}

export interface EveryoneDeclarations {
  query: string;
  total: number;
  /** How many of them are as Scrutineer read them from the minutes, not checked by the member. */
  unchecked: number;
  byMember: MemberGroup[];
  bySubject: SubjectMembers[];
  byMeeting: MeetingDeclarations[];
  /** null when "My name" is not set. */
  mine: MyComparison | null;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Field-by-field problems with a draft, in words for the form; empty when it can be saved. */
export function interestProblems(d: InterestDraft): Partial<Record<keyof InterestDraft, string>> {
  const problems: Partial<Record<keyof InterestDraft, string>> = {};
  if (!INTEREST_CATEGORIES.includes(d.category)) problems.category = 'Choose a category.';
  else if (!SUBCATEGORIES[d.category].includes(d.subcategory)) problems.subcategory = 'Choose the kind of interest within this category.';
  if (d.description.trim() === '') problems.description = 'Describe the interest, as it would appear on the register.';
  if (d.names.every((n) => n.trim() === '') && d.addresses.every((a) => a.trim() === '')) {
    problems.names = 'Give at least one name as it would appear in papers (or an address or postcode), so papers can be checked.';
  }
  for (const key of ['startDate', 'endDate', 'changedDate', 'notifiedDate'] as const) {
    const value = d[key];
    if (value !== null && !ISO_DATE.test(value)) problems[key] = 'Enter a date, or leave it empty.';
  }
  if (!problems.startDate && !problems.endDate && d.startDate && d.endDate && d.endDate < d.startDate) {
    problems.endDate = 'The end date is before the start date.';
  }
  if (!problems.startDate && !problems.changedDate && d.startDate && d.changedDate && d.changedDate < d.startDate) {
    problems.changedDate = 'The date of the change is before the start date.';
  }
  return problems;
}
