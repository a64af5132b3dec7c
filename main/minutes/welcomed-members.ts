/**
 * Attendance told in a sentence at the top of the minutes, with no list: "The chairman, Chris Norrington, welcomed
 * councillors Nicholas Levett-Scrivener, Peter Dance, … and Roger Benstead." The chair named beside their post and the
 * councillors welcomed are the members present. Only a sentence that welcomes councillors (or members) by name, every
 * one of them a person's name; guests welcomed ("welcomed Mrs X from the police") are not members and are not read.
 */
import type { Attendee } from './attendance';
import { isPersonName } from './attendance';

const WELCOMED_RE =
  /(?:^|[.:]\s+|\n|^\d{1,2}\.\s+)(?:\d{1,2}\.\s+)?The\s+(chair(?:man|person|woman)?|mayor),\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+welcomed\s+(?:the\s+)?(?:councillors|members|cllrs)\s+([^.]{3,600}?)\.(?:\s|$)/i;

/** How far down the minutes the sentence may stand. */
const TOP_CHARACTERS = 1500;

export function welcomedMembers(text: string): Attendee[] {
  const m = WELCOMED_RE.exec(text.slice(0, TOP_CHARACTERS));
  if (!m?.[2] || !m[3]) return [];
  const names = m[3].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0 || !names.every((n) => isPersonName(n))) return [];
  return [{ name: m[2], status: 'present', role: /mayor/i.test(m[1] ?? '') ? 'Mayor' : 'Chair' }, ...names.map((name): Attendee => ({ name, status: 'present', role: null }))];
}
