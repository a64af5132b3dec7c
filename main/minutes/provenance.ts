import { Parser } from 'htmlparser2';

/**
 * Where a file comes from and whose it is: the page's own address, the ModernGov meeting id in it,
 * the council's domain (from that address or a header e-mail) and the council's name as the header,
 * first line or page title states it. Pure string work: nothing is fetched, nothing is guessed.
 */

const MAX_ADDRESS = 2048;

/** An http(s) address, normalised (no fragment, lower-case host); null for anything else. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (s.length > MAX_ADDRESS || !/^https?:\/\/[^\s]+$/i.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  url.hash = '';
  return url.toString();
}

export interface HtmlMeta {
  /** The <title> text, one line. */
  title: string | null;
  /** canonical link, og:url, <base href>, or the "saved from url=" comment, in that order. */
  sourceAddress: string | null;
}

/** Reads the page's <title> and its own address from the markup (attributes only ever become a checked URL). */
export function readHtmlMeta(html: string): HtmlMeta {
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  let base: string | null = null;
  let inTitle = false;
  let title = '';
  let sawTitle = false;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'title' && !sawTitle) inTitle = true;
        else if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && !canonical) canonical = normaliseAddress(a.href);
        else if (name === 'meta' && /^og:url$/i.test(a.property ?? a.name ?? '') && !ogUrl) ogUrl = normaliseAddress(a.content);
        else if (name === 'base' && !base) base = normaliseAddress(a.href);
      },
      ontext(data) {
        if (inTitle && title.length < 1000) title += data;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          sawTitle = true;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // The address and title live in the head; the first 200 kB is plenty.
  parser.write(html.length > 200000 ? html.slice(0, 200000) : html);
  parser.end();
  const saved = /<!--\s*saved from url=\(\d{1,5}\)(https?:\/\/[^\s>]{1,2048}?)\s*-->/i.exec(html.slice(0, 20000))?.[1];
  const t = title.replace(/\s+/g, ' ').trim();
  return { title: t || null, sourceAddress: canonical ?? ogUrl ?? base ?? normaliseAddress(saved) };
}

/** In copied text, a first or last non-empty line that is nothing but an http(s) address. */
export function addressLineOf(text: string): { address: string | null; text: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] ?? '').trim() !== '') { last = i; break; }
  for (const i of [first, last]) {
    if (i < 0) continue;
    const address = normaliseAddress(lines[i]);
    if (address) return { address, text: lines.filter((_, k) => k !== i).join('\n') };
  }
  return { address: null, text };
}

/** Pages about one whole meeting (not an item, issue or list page). */
const MEETING_PAGE = /\/(?:ieListDocuments|CeListDocuments|mgMeetingAttendance|ieListMeetings|mgMeetingMinutes|ieMeetingDetails)\.aspx$/i;

/** The ModernGov meeting id (MId=, MeetingId=) of a whole-meeting page address. */
export function remoteMeetingIdOf(address: string | null): string | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!MEETING_PAGE.test(url.pathname)) return null;
  for (const [k, v] of url.searchParams) {
    if (/^(?:mid|meetingid)$/i.test(k) && /^\d{1,12}$/.test(v.trim())) return String(Number(v.trim()));
  }
  return null;
}

/** Second-level suffixes under which a name is registered one label further down. */
const SECOND_LEVEL = new Set([
  'gov.uk', 'gov.wales', 'llyw.cymru', 'gov.scot', 'org.uk', 'co.uk', 'ac.uk', 'sch.uk', 'nhs.uk', 'police.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'me.uk', 'mod.uk', 'parliament.uk', 'gov.im', 'gov.je', 'gov.gg',
]);
/** Hosted council platforms: each council has its own first label ("rbwm.moderngov.co.uk"). */
const HOSTED = ['moderngov.co.uk', 'cmis.uk.com'];
/** Domains that say nothing about the council: webmail, reserved examples, the NHS mail service. */
const NOT_COUNCIL = /(?:^|\.)(?:gmail\.com|googlemail\.com|hotmail\.[a-z.]+|outlook\.[a-z.]+|live\.[a-z.]+|msn\.com|yahoo\.[a-z.]+|ymail\.com|aol\.[a-z.]+|icloud\.com|me\.com|btinternet\.com|btopenworld\.com|sky\.com|talktalk\.net|virginmedia\.com|ntlworld\.com|protonmail\.com|proton\.me|gmx\.[a-z.]+|mail\.com|nhs\.net|example\.[a-z.]+|example|localhost|invalid|test)$/;
/** Labels that mark a separately run sub-site (a parish or town council under a county's domain). */
const OWN_SITE_LABEL = /^(?:parish|parishes|town|towncouncil|community|pc|tc)$/i;

/** The registrable part of a council's host: service sub-domains (democracy., moderngov., www.…) removed. */
export function registrableDomain(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(h) || /^\d+(?:\.\d+){3}$/.test(h)) return null;
  if (NOT_COUNCIL.test(h)) return null;
  const labels = h.split('.');
  for (const hosted of HOSTED) {
    if (h.endsWith(`.${hosted}`)) {
      const own = labels[labels.length - hosted.split('.').length - 1];
      return own && own !== 'www' ? `${own}.${hosted}` : null;
    }
  }
  const lastTwo = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL.has(lastTwo) ? 3 : 2;
  if (labels.length < keep) return null;
  const removed = labels.slice(0, -keep);
  // benniworth.parish.lincolnshire.gov.uk is Benniworth's site, not Lincolnshire's.
  if (removed.some((l) => OWN_SITE_LABEL.test(l))) return labels.filter((l, i) => !(i === 0 && l === 'www')).join('.');
  return labels.slice(-keep).join('.');
}

export function domainOfAddress(address: string | null): string | null {
  if (!address) return null;
  try {
    return registrableDomain(new URL(address).hostname);
  } catch {
    return null;
  }
}

const EMAIL_RE = /\b[A-Za-z0-9._%+'-]{1,64}@((?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24})\b/g;

/** The first council-like domain among e-mail addresses in the given (header/contact) lines. */
export function domainOfEmails(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const m of line.matchAll(EMAIL_RE)) {
      const d = m[1] ? registrableDomain(m[1]) : null;
      if (d) return d;
    }
  }
  return null;
}

// --- council names -------------------------------------------------------------------------

/** A capitalised name word (Welsh/Gaelic letters, hyphens, apostrophes, "St."). */
const W = "[\\p{Lu}][\\p{L}'’.-]*";
/** Small words that can sit inside a name ("Bath and North East Somerset", "Kingston upon Thames"). */
const J = "(?:and|&|upon|on|of|the|in|le|de|y|yr|na|nan|an|a')";
const NAME = `${W}(?:\\s+(?:${J}\\s+)?${W}){0,6}`;
const KIND = '(?:City|County|Borough|District|County\\s+Borough|Metropolitan\\s+Borough|Metropolitan\\s+District|Town|Parish|Community|Regional|Island|Islands)';
const COUNCIL_PATTERNS: RegExp[] = [
  new RegExp(`^(?:the\\s+)?(?:Royal\\s+Borough|London\\s+Borough|Borough|City\\s+and\\s+County|City|County)\\s+of\\s+${NAME}(?:\\s+Council)?`, 'u'),
  // A police and crime panel is a joint committee of councils, not an authority: it is the committee, never the council.
  new RegExp(`^(?:the\\s+)?${NAME}\\s+(?:Combined\\s+Authority|Fire\\s+and\\s+Rescue\\s+Authority|Fire\\s+Authority|National\\s+Park\\s+Authority|Corporation)(?=$|[\\s,.;:|–—-])`, 'u'),
  new RegExp(`^(?:the\\s+)?${NAME}\\s+(?:${KIND}\\s+)?Council(?=$|[\\s,.;:|–—-])`, 'u'),
  /^(?:Cyngor|Comhairle)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}/iu,
];
/** The words COUNCIL_PATTERNS need, in any case ("… of …", "Authority", "Corporation", "Council", "Cyngor", "Comhairle"). */
const COUNCIL_HINT_RE = /\b(?:of|authority|corporation|council|cyngor|comhairle)\b/i;
/** First words that make "X Council" a kind of meeting, not a council's name. */
const GENERIC_FIRST = /^(?:the\s+)?(?:Parish|Town|City|County|District|Borough|Community|Full|Annual|Extraordinary|Ordinary|Special|Budget|Statutory|Reconvened|Adjourned|Joint|Youth|Minutes|Agenda|Meeting|Notes|Draft|Council|Local|Speaking|Our|Your|Home|Welcome|About|Contact|Browse|Committee|Committees|Councillors|Agendas|Most|All|Some|Many|Each|Every|Any|This|That|These|Those|No|Other|Previous|Next|Future|Recent)\b/i;
/** Words that end a Welsh/Gaelic name: the rest of the line is something else ("dogfennau", a date, a dash). */
const CELTIC_STOP = /\s+(?:dogfennau|rhaglen|cofnodion|agenda|minutes|documents|dydd|[-–—|,:]|\d).*$/iu;

const SMALL_WORDS = new Set(['and', 'upon', 'on', 'of', 'the', 'in', 'le', 'de', 'y', 'yr', 'na', 'nan', 'an']);

/** "BATH AND NORTH EAST SOMERSET COUNCIL" → "Bath and North East Somerset Council" (same length). */
function titleCase(s: string): string {
  return s.replace(/\p{L}[\p{L}'’]*/gu, (w, offset: number) => {
    const lower = w.toLowerCase();
    if (offset > 0 && SMALL_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

function cleanName(s: string): string {
  return s.replace(/^the\s+/i, '').replace(/\s+/g, ' ').replace(/[\s,.;:–—-]+$/, '').trim();
}

/** A council's name at the start of a short heading line or title segment, as printed; null if none. */
export function councilAtStart(line: string): string | null {
  const t = line.replace(/\s+/g, ' ').trim();
  // Every pattern below needs one of these words: most lines have none and are not read further.
  if (!t || t.length > 160 || !COUNCIL_HINT_RE.test(t)) return null;
  // A heading in capitals ("KESTON VALE DISTRICT COUNCIL"): read in title case, returned as printed.
  if (/\p{Lu}{3}/u.test(t) && t === t.toUpperCase()) {
    const titled = titleCase(t);
    const found = councilAtStart(titled);
    // "THE RUGBY COUNCIL": the name found may have left "The" out, so it is cut from where it begins.
    const at = found ? titled.indexOf(found) : -1;
    return found ? t.slice(Math.max(at, 0), Math.max(at, 0) + found.length) : null;
  }
  for (const re of COUNCIL_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    let name = m[0];
    if (/^(?:Cyngor|Comhairle)\b/i.test(name)) {
      name = name.replace(CELTIC_STOP, '');
      // A Welsh word for a meeting or a building follows "Cyngor" in running text; a name is capitalised.
      // "Cyngor Cymuned" alone (the place's name on the next line) names no council.
      if (!/^(?:Cyngor|Comhairle)\s+\p{Lu}/u.test(name) || name.split(/\s+/).length < 2 || /^cyngor\s+(?:cymuned|tref|sir|dinas)$/i.test(name.trim())) continue;
    } else if (GENERIC_FIRST.test(name) && !/^(?:the\s+)?(?:Royal\s+Borough|London\s+Borough|Borough|City\s+and\s+County|City|County)\s+of\b/i.test(name)) {
      continue;
    }
    const cleaned = cleanName(name);
    if (cleaned.split(/\s+/).length >= 2) return cleaned;
  }
  return null;
}

/** Lines that describe a place or a person, where a council's name is part of an address or a job. */
const NOT_HEADING = /^(?:venue|lleoliad|location|place|contact|cyswllt|enquiries|email|e-mail|tel|telephone|address|present|apologies|in attendance|yn bresennol)\b/i;

/**
 * The council named in the header area: a line that is (or starts with) a council's name, or the
 * "meeting of the X Council" of a printed heading. The body is never read: other councils are
 * mentioned there ("Councillor Evans (Ceredigion County Council)").
 */
/** "Clerk to", "Locum Clerk to the", "Proper Officer of": a signature line before the council's name. */
export const CLERK_TO_RE = /^(?:(?:locum|acting|interim|deputy|assistant)\s+)?(?:clerk|proper\s+officer|responsible\s+financial\s+officer)\s+(?:to|of)\s+(?:the\s+)?(?=\p{Lu})/iu;

export function councilFromHeaderLines(lines: readonly string[]): string | null {
  // A column of councils (a joint body's members) names no one council as the page's.
  const named = new Set(lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length <= 80 && /council$/i.test(l) && councilAtStart(l) === l).map((l) => l.toLowerCase()));
  if (named.size >= 3) return null;
  let celtic: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line || NOT_HEADING.test(line)) continue;
    // "Locum Clerk to Chawleigh Parish Council" under the summons: the council is the one the clerk serves.
    const first = line.replace(CLERK_TO_RE, '');
    const segments = line.length <= 160 ? [first, ...line.split(/\s+[|–—-]\s+/).slice(1)] : [];
    const of = /\bmeeting\s+of\s+(?:the\s+)?(.{3,120}?)\s+(?:held|will\s+be\s+held|to\s+be\s+held|on\s+\p{L}+day)\b/iu.exec(line.slice(0, 400));
    if (of && of[1]) segments.push(of[1]);
    for (const seg of segments) {
      const name = councilAtStart(seg);
      if (!name) continue;
      // A bilingual header names the council twice; the English name is preferred.
      if (/^(?:Cyngor|Comhairle)\b/i.test(name)) celtic = celtic ?? name;
      else return name;
    }
  }
  return celtic;
}

/** The council in a page title ("Agenda for Cabinet on … | West Suffolk Council"). */
export function councilFromTitle(title: string | null): string | null {
  if (!title) return null;
  const segments = title.split(/\s+[|–—:-]\s+|\s*\|\s*/);
  let celtic: string | null = null;
  for (const seg of segments) {
    const name = councilAtStart(seg.trim());
    if (!name || name.length !== cleanName(seg).length) continue; // the whole segment must be the name
    if (/^(?:Cyngor|Comhairle)\b/i.test(name)) celtic = celtic ?? name;
    else return name;
  }
  return celtic;
}
