/** Dates and times as printed in UK minutes → ISO "YYYY-MM-DD" and 24-hour "HH:MM". */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // Welsh month names (Ionawr…Rhagfyr), cheap to support
  ionawr: 1, chwefror: 2, mawrth: 3, ebrill: 4, mai: 5, mehefin: 6, gorffennaf: 7, awst: 8, medi: 9, hydref: 10, tachwedd: 11, rhagfyr: 12,
};

const MONTH_WORD = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)';
/** English and Welsh ordinal suffixes: 1st, 20th; 1af, 2il, 3ydd, 5ed, 9fed, 11eg, 21ain. */
const ORDINAL = '(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)';
/**
 * "20 March 2024", "20th of March, 2024", "15thMay 2019" and "24th MARCH2014" (copies that lost a space), "20 th September 2017"
 * (a PDF's raised suffix set apart), Welsh "9fed Hydref, 2014", the formal "the 27th day of June 2023".
 */
// ("Wednesday 29 th . July 2020": a spaced ordinal with a stray full stop after it.)
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:(?:${ORDINAL}|\\s(?:st|nd|rd|th))(?:\\s?\\.)?(?:\\s*day)?(?:\\s+of)?\\s*|(?:\\s+of)?\\s+)${MONTH_WORD}\\.?,?\\s*(\\d{4})(?!\\d)`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
/** "2nd DECEMEBER 2019", "7th DECMEBER 2017": a month's name mistyped, between a day and a year (checked by misspeltMonth). */
const LOOSE_DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{5,11})\.?,?\s*(\d{4})(?!\d)/giu;
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Edits (insert, delete, change, swap two letters) from a to b. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] ?? Infinity;
}

/** The month a mistyped name stands for: its first letter and at most two edits from one long month name ("August" one), and from no other; short names ("Marsh") too like other words to guess. */
function misspeltMonth(word: string): number | undefined {
  const w = word.toLowerCase();
  const near = FULL_MONTHS.map((m, k) => ({ k, dist: m[0] === w[0] ? editDistance(w, m) : Infinity, m })).filter((x) => x.m.length >= 6 && x.dist > 0 && x.dist <= (x.m.length >= 7 ? 2 : 1));
  return near.length === 1 ? (near[0] as { k: number }).k + 1 : undefined;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** First date found in the text (UK day-first order for numeric dates). */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const s = text.length > 4000 ? text.slice(0, 4000) : text;
  // Every form below has a four-digit year.
  if (!/\d{4}/.test(s)) return null;
  const candidates: { iso: string; index: number; length: number }[] = [];
  const a = DAY_MONTH_YEAR.exec(s);
  if (a && a[1] && a[2] && a[3]) {
    const iso = isoDate(Number(a[3]), monthNumber(a[2]) ?? 0, Number(a[1]));
    if (iso) candidates.push({ iso, index: a.index, length: a[0].length });
  }
  const b = MONTH_DAY_YEAR.exec(s);
  if (b && b[1] && b[2] && b[3]) {
    const iso = isoDate(Number(b[3]), monthNumber(b[1]) ?? 0, Number(b[2]));
    if (iso) candidates.push({ iso, index: b.index, length: b[0].length });
  }
  const c = NUMERIC.exec(s);
  if (c && c[1] && c[2] && c[3]) {
    const iso = isoDate(Number(c[3]), Number(c[2]), Number(c[1]));
    if (iso) candidates.push({ iso, index: c.index, length: c[0].length });
  }
  // A mistyped month only where it comes before any date read above.
  const first = Math.min(...candidates.map((x) => x.index), s.length);
  LOOSE_DAY_MONTH_YEAR.lastIndex = 0;
  for (let m = LOOSE_DAY_MONTH_YEAR.exec(s); m && m.index < first; m = LOOSE_DAY_MONTH_YEAR.exec(s)) {
    const month = misspeltMonth(m[2] ?? '');
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    if (iso) {
      candidates.push({ iso, index: m.index, length: m[0].length });
      break;
    }
  }
  candidates.sort((x, y) => x.index - y.index);
  return candidates[0] ?? null;
}

const TIME_12 = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?/i;
const TIME_24 = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*[ap]\.?\s?m)/i;
/** "AT 1000 HOURS", "1430 hrs": the 24-hour clock without its colon. */
const TIME_HOURS = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b/i;
const NOON = /\b(?:12\s+)?(noon|midday)\b/i;

/** First time of day in the text: "5:30 pm", "6.00 p.m.", "20:02", "12 noon" → "HH:MM". */
export function findTime(text: string): { hhmm: string; index: number } | null {
  const s = text.length > 2000 ? text.slice(0, 2000) : text;
  const found: { hhmm: string; index: number }[] = [];
  const m12 = TIME_12.exec(s);
  if (m12 && m12[1] && m12[3]) {
    let h = Number(m12[1]);
    const min = m12[2] ? Number(m12[2]) : 0;
    if (h >= 1 && h <= 12 && min < 60) {
      const pm = m12[3].toLowerCase() === 'p';
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      found.push({ hhmm: `${pad(h)}:${pad(min)}`, index: m12.index });
    }
  }
  const m24 = TIME_24.exec(s);
  if (m24 && m24[1] && m24[2]) {
    // "14.01.2025" is a date, not a time
    const after = s.slice(m24.index + m24[0].length, m24.index + m24[0].length + 1);
    // "… 2020, 10:30." ends a sentence: a dot after the time is a date only when a digit follows it.
    const dated = after === '/' || (after === '.' && /\d/.test(s.charAt(m24.index + m24[0].length + 1)));
    if (!dated) found.push({ hhmm: `${pad(Number(m24[1]))}:${m24[2]}`, index: m24.index });
  }
  const hours = TIME_HOURS.exec(s);
  if (hours && hours[1] && hours[2]) found.push({ hhmm: `${hours[1]}:${hours[2]}`, index: hours.index });
  const noon = NOON.exec(s);
  if (noon) found.push({ hhmm: '12:00', index: noon.index });
  found.sort((x, y) => x.index - y.index);
  return found[0] ?? null;
}

export { MONTH_WORD, ORDINAL };
