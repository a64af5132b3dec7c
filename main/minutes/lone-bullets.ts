/**
 * A list of people copied from a web page often keeps each bullet on a line of its own, the person on the next line:
 * "-" / "Mr John Edge (Chair)" / "-" / "Ms Erica Cassin". The bullet is put back in front of its person
 * ("- Mr John Edge (Chair)"), so the list reads as the bulleted list it was printed as.
 *
 * An entry of such a list may carry how the person attended in square brackets ("Mr Ben Francis [online] [left at 16:18
 * due to connection issues]"); those notes are dropped from a bulleted line that opens with a person's style, as the
 * attendance readers drop "(via Zoom)".
 */
// Only before a person's style: a dash alone on its line also parts a web page's list of items whose numbers were lost
// ("-" / "Election of Chair" / …), which the item reader reads as it is.
const STYLE = String.raw`(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Revd?)\.?\s`;
const LONE_BULLET_RE = new RegExp(String.raw`^([-–•·*▪◦])[ \t]*\n(?=[ \t]*${STYLE})`, 'gm');
const ATTENDANCE_NOTE_RE =
  /\s*\[(?:on-?line|virtual(?:ly)?|remote(?:ly)?|in\s+person|by\s+(?:tele)?phone|via\s+[^\]\n]{1,30}|(?:left|arrived|joined|departed)\b[^\]\n]{0,80})\]/gi;
const STYLED_BULLET_LINE_RE = new RegExp(String.raw`^[-–•·*▪◦]\s+${STYLE}[^\n]{2,200}$`, 'gm');

export function rejoinLoneBullets(text: string): string {
  if (!/^[-–•·*▪◦][ \t]*$/m.test(text)) return text;
  return text.replace(LONE_BULLET_RE, '$1 ').replace(STYLED_BULLET_LINE_RE, (line) => line.replace(ATTENDANCE_NOTE_RE, ''));
}
