/**
 * A local ModernGov stand-in for tests: an HTTPS server on 127.0.0.1 (test-only certificate from
 * tests/fixtures/tls) answering mgWebService.asmx with the real responses in ../shared/fixtures/moderngov
 * and mgConvert2PDF.aspx?ID= with PDFs generated here, plus switchable faults.
 *
 * - Gloucester is served at the root: GetCommittees, GetMeetings (Cabinet, 129; filtered by the
 *   sFromDate/sToDate window, which it requires in dd/mm/yyyy as strict real sites do), GetMeeting
 *   7837. Meetings the fixtures list but whose detail was not captured are answered as "agenda not
 *   yet published" (no items), built from their listing; nothing else is invented.
 * - Manchester is served under a sub-path (/manchester/), as some councils' sites are: its one
 *   captured meeting (Audit Committee, 4967), with a committee list and listing built from it
 *   (the committee id, 1, is the stand-in's own).
 * - Documents have ETag and Last-Modified and honour If-None-Match / If-Modified-Since.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makePdf } from './make-pdf';
import { SHARED_FIXTURES } from './temp-dir';

export const TLS_DIR = path.resolve(__dirname, '..', 'fixtures', 'tls');
export const STANDIN_CA_FILE = path.join(TLS_DIR, 'ca.crt');

const FIXTURES = path.join(SHARED_FIXTURES, 'moderngov');
const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');

export interface Faults {
  /** Delay before answering matching paths. */
  slow: { match: RegExp; ms: number } | null;
  /** Answer 500 (an ASP.NET error page) to matching paths. */
  error500: RegExp | null;
  /** Answer 503 with Retry-After to matching paths, this many times, then normally. */
  retryAfter: { match: RegExp; seconds: number; times: number } | null;
  /** Send only the first part of matching XML answers (a cleanly ended, incomplete document). */
  truncated: RegExp | null;
  /** Announce the full length, send half, and drop the connection. */
  dropped: RegExp | null;
  /** Answer matching paths with an HTML error page (status 200), as a site under maintenance does. */
  html: RegExp | null;
  /** Put a DTD with an entity declaration (an "XML bomb" in miniature) at the top of matching XML answers. */
  dtd: RegExp | null;
  /** The site is not ModernGov: every path gives its home page, or "not found". */
  notModernGov: 'home-page' | 'not-found' | null;
  /** Meeting ids published as cancelled. */
  cancelled: Set<number>;
  /** Attachment id → revision: a revised document's bytes change. */
  revisions: Map<number, number>;
  /** Send ETag/Last-Modified and honour conditional requests. */
  validators: boolean;
}

export interface StandinRequest {
  path: string;
  status: number;
  userAgent: string;
  conditional: boolean;
  /** Date.now() when it arrived. */
  at: number;
}

export interface StandIn {
  /** https://127.0.0.1:PORT: Gloucester. */
  url: string;
  /** https://127.0.0.1:PORT/manchester: Manchester, under a sub-path. */
  manchesterUrl: string;
  caFile: string;
  faults: Faults;
  requests: StandinRequest[];
  /** Most requests in flight at once (the client must keep to one per council). */
  maxConcurrent: number;
  /** Full (200) PDF bodies served, by attachment id. */
  pdfBodies(): number;
  /** The PDF the stand-in serves now for an attachment. */
  pdf(attachmentId: number): Promise<Uint8Array>;
  reset(): void;
  close(): Promise<void>;
}

interface SiteData {
  committees: string;
  meetingsFor(committeeId: number): { title: string; blocks: Array<{ id: number; date: string; block: string }> } | null;
  detail: Map<number, string>;
  documents: Map<number, string>;
}

function meetingBlocks(xml: string): Array<{ id: number; date: string; block: string }> {
  return [...xml.matchAll(/<meeting>[\s\S]*?<\/meeting>/g)].map((m) => ({
    id: Number(/<meetingid>(\d+)<\/meetingid>/.exec(m[0])?.[1]),
    date: /<meetingdate>([^<]+)<\/meetingdate>/.exec(m[0])?.[1] ?? '',
    block: m[0],
  }));
}

function documentTitles(xml: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of xml.matchAll(/<linkeddoc>[\s\S]*?<attachmentid>(\d+)<\/attachmentid>\s*<title>([^<]*)<\/title>/g)) map.set(Number(m[1]), m[2] ?? '');
  return map;
}

function gloucester(): SiteData {
  const listing = read('gloucester/GetMeetings.xml');
  const detail = read('gloucester/GetMeeting_7837.xml');
  return {
    committees: read('gloucester/GetCommittees.xml'),
    meetingsFor: (id) => (id === 129 ? { title: 'Cabinet', blocks: meetingBlocks(listing) } : null),
    detail: new Map([[7837, detail]]),
    documents: documentTitles(detail),
  };
}

function manchester(): SiteData {
  const detail = read('manchester/GetMeeting_4967.xml');
  const title = /<refertocommittee>([^<]+)<\/refertocommittee>/.exec(detail)?.[1] ?? 'Audit Committee';
  const date = /<meetingdate>([^<]+)<\/meetingdate>/.exec(detail)?.[1] ?? '';
  const time = /<meetingtime>([^<]+)<\/meetingtime>/.exec(detail)?.[1] ?? '';
  const block = `<meeting>\n        <meetingid>4967</meetingid>\n        <meetingdate>${date}</meetingdate>\n        <meetingstatus>Confirmed</meetingstatus>\n        <meetingtime>${time}</meetingtime>\n      </meeting>`;
  return {
    committees: `<?xml version="1.0" encoding="utf-8"?>\n<committees>\n  <committeescount> 1</committeescount>\n  <committee>\n    <committeeid>1</committeeid>\n    <committeetitle>${title}</committeetitle>\n    <committeedeleted>False</committeedeleted>\n    <committeeexpired>False</committeeexpired>\n  </committee>\n</committees>`,
    meetingsFor: (id) => (id === 1 ? { title, blocks: [{ id: 4967, date, block }] } : null),
    detail: new Map([[4967, detail]]),
    documents: documentTitles(detail),
  };
}

const ukDate = (text: string | null): number | null => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text ?? '');
  return m ? Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : null;
};

const ERROR_PAGE = (title: string) =>
  `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>Server Error in '/' Application.</h1><p>${title}</p></body></html>`;
const HOME_PAGE = '<!DOCTYPE html><html lang="en"><head><title>Welcome to Example Council</title></head><body><h1>Example Council</h1><p>Bins, parking and council tax.</p></body></html>';

function withStatus(xml: string, cancelled: boolean): string {
  return cancelled ? xml.replace(/<meetingstatus>[^<]*<\/meetingstatus>/g, '<meetingstatus>Cancelled</meetingstatus>') : xml;
}

/** An upcoming meeting whose agenda is not yet published: what ModernGov gives before papers go out. */
function unpublishedMeeting(block: string): string {
  const pick = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(block)?.[1] ?? '';
  return `<?xml version="1.0" encoding="utf-8"?>\n<meeting>\n  <meetingid>${pick('meetingid')}</meetingid>\n  <meetingdate>${pick('meetingdate')}</meetingdate>\n  <meetingstatus>${pick('meetingstatus')}</meetingstatus>\n  <isdisplayallowed>True</isdisplayallowed>\n  <meetingtime>${pick('meetingtime')}</meetingtime>\n  <agendapublished>False</agendapublished>\n  <decisionpublished>False</decisionpublished>\n  <minutepublished>False</minutepublished>\n  <agendaitems>\n  </agendaitems>\n  <attendees>\n  </attendees>\n</meeting>`;
}

/** The PDF for an attachment: its title, two pages of text, and in later revisions a page inserted at the front. */
export async function standinPdf(attachmentId: number, title: string, revision: number): Promise<Uint8Array> {
  const pages: string[][] = [];
  if (revision > 1) pages.push([`${title}`, `Revision ${revision}: an additional cover note was added at the front.`]);
  pages.push([title, `Report reference ${attachmentId}.`, 'This report sets out the options for local government reorganisation.']);
  pages.push(['The council should consider the financial case for each option carefully.', 'Appendix tables follow.', `Document ${attachmentId}, page two.`]);
  return makePdf(pages);
}

const freshFaults = (): Faults => ({
  slow: null,
  error500: null,
  retryAfter: null,
  truncated: null,
  dropped: null,
  html: null,
  dtd: null,
  notModernGov: null,
  cancelled: new Set(),
  revisions: new Map(),
  validators: true,
});

export async function startStandin(): Promise<StandIn> {
  const sites: Array<{ prefix: string; data: SiteData }> = [
    { prefix: '/manchester', data: manchester() },
    { prefix: '', data: gloucester() },
  ];
  const requests: StandinRequest[] = [];
  const pdfCache = new Map<string, Uint8Array>();
  const state = { faults: freshFaults(), inFlight: 0, maxConcurrent: 0 };
  const retryCounts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();

  const pdfFor = async (data: SiteData, id: number): Promise<Uint8Array | null> => {
    const title = data.documents.get(id);
    if (title === undefined) return null;
    const revision = state.faults.revisions.get(id) ?? 1;
    const key = `${id}:${revision}`;
    let bytes = pdfCache.get(key);
    if (!bytes) {
      bytes = await standinPdf(id, title, revision);
      pdfCache.set(key, bytes);
    }
    return bytes;
  };

  const server = https.createServer(
    { key: fs.readFileSync(path.join(TLS_DIR, 'server.key')), cert: fs.readFileSync(path.join(TLS_DIR, 'server.crt')) },
    (req, res) => {
      state.inFlight++;
      state.maxConcurrent = Math.max(state.maxConcurrent, state.inFlight);
      res.on('close', () => state.inFlight--);
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const full = `${url.pathname}${url.search}`;
      const record: StandinRequest = {
        path: full,
        status: 0,
        userAgent: req.headers['user-agent'] ?? '',
        conditional: Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']),
        at: Date.now(),
      };
      requests.push(record);
      const f = state.faults;
      const send = (status: number, body: string | Uint8Array, type: string, headers: Record<string, string> = {}) => {
        record.status = status;
        if (status === 200 && type.includes('xml') && typeof body === 'string' && f.dtd?.test(full)) {
          body = body.replace(/^(\s*<\?xml[^>]*\?>)?/, '$1\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>');
        }
        const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
        if (status === 200 && type.includes('xml') && f.truncated?.test(full)) {
          // A clean end after part of the document (no Content-Length: chunked), as a broken proxy does.
          res.writeHead(200, { 'Content-Type': type, ...headers });
          res.end(buffer.subarray(0, Math.floor(buffer.length * 0.6)));
          return;
        }
        if (status === 200 && f.dropped?.test(full)) {
          res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(buffer.length), ...headers });
          res.write(buffer.subarray(0, Math.floor(buffer.length / 2)), () => res.socket?.destroy());
          return;
        }
        res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(buffer.length), ...headers });
        res.end(buffer);
      };

      const answer = async () => {
        if (f.notModernGov === 'home-page') return send(200, HOME_PAGE, 'text/html; charset=utf-8');
        if (f.notModernGov === 'not-found') return send(404, ERROR_PAGE('The resource cannot be found.'), 'text/html');
        if (f.retryAfter?.match.test(full)) {
          const n = retryCounts.get(full) ?? 0;
          if (n < f.retryAfter.times) {
            retryCounts.set(full, n + 1);
            return send(503, ERROR_PAGE('Service Unavailable'), 'text/html', { 'Retry-After': String(f.retryAfter.seconds) });
          }
        }
        if (f.error500?.test(full)) return send(500, ERROR_PAGE('Runtime Error'), 'text/html');
        if (f.html?.test(full)) return send(200, ERROR_PAGE('Site under maintenance'), 'text/html; charset=utf-8');

        const site = sites.find((s) => full.startsWith(`${s.prefix}/`));
        if (!site) return send(404, ERROR_PAGE('Not found'), 'text/html');
        const rest = url.pathname.slice(site.prefix.length);
        const xml = (body: string) => send(200, body, 'text/xml; charset=utf-8');
        const method = /^\/mgWebService\.asmx\/(\w+)$/i.exec(rest)?.[1];
        if (method === 'GetCommittees') return xml(site.data.committees);
        if (method === 'GetMeetings') {
          const from = ukDate(url.searchParams.get('sFromDate'));
          const to = ukDate(url.searchParams.get('sToDate'));
          // Strict, as some real sites are: both dates are required, in dd/mm/yyyy.
          if (from === null || to === null) return send(500, ERROR_PAGE('String was not recognized as a valid DateTime.'), 'text/html');
          const committeeId = Number(url.searchParams.get('lCommitteeId'));
          const found = site.data.meetingsFor(committeeId);
          const blocks = (found?.blocks ?? []).filter((b) => {
            const at = ukDate(b.date);
            return at !== null && at >= from && at <= to;
          });
          const body = blocks.map((b) => withStatus(b.block, f.cancelled.has(b.id))).join('\n      ');
          return xml(
            `<?xml version="1.0" encoding="utf-8"?>\n<getmeetings>\n  <meetingscount> ${blocks.length}</meetingscount>\n  <committeescount> 1</committeescount>\n  <committee>\n    <committeeid>${committeeId}</committeeid>\n    <committeetitle>${found?.title ?? ''}</committeetitle>\n    <committeemeetingcount> ${blocks.length}</committeemeetingcount>\n    <committeemeetings>\n      ${body}\n    </committeemeetings>\n  </committee>\n</getmeetings>`,
          );
        }
        if (method === 'GetMeeting') {
          const id = Number(url.searchParams.get('lMeetingId'));
          const captured = site.data.detail.get(id);
          if (captured) return xml(withStatus(captured, f.cancelled.has(id)));
          const listed = [129, 1].flatMap((c) => site.data.meetingsFor(c)?.blocks ?? []).find((b) => b.id === id);
          if (listed) return xml(unpublishedMeeting(withStatus(listed.block, f.cancelled.has(id))));
          return send(500, ERROR_PAGE('Object reference not set to an instance of an object.'), 'text/html');
        }
        if (/^\/mgConvert2PDF\.aspx$/i.test(rest)) {
          const id = Number(url.searchParams.get('ID'));
          const bytes = await pdfFor(site.data, id);
          if (!bytes) return send(404, ERROR_PAGE('Document not found'), 'text/html');
          const revision = f.revisions.get(id) ?? 1;
          const etag = `"${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
          const lastModified = new Date(Date.UTC(2025, 10, 13 + revision)).toUTCString();
          const headers: Record<string, string> = f.validators ? { ETag: etag, 'Last-Modified': lastModified } : {};
          if (f.validators && req.headers['if-none-match'] === etag) {
            record.status = 304;
            res.writeHead(304, headers);
            return res.end();
          }
          return send(200, bytes, 'application/pdf', headers);
        }
        return send(404, ERROR_PAGE('The resource cannot be found.'), 'text/html');
      };

      const go = () =>
        answer().catch((error: Error) => {
          if (!res.headersSent) send(500, ERROR_PAGE(error.message), 'text/html');
        });
      if (f.slow?.match.test(full)) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          void go();
        }, f.slow.ms);
        timers.add(timer);
      }
      else void go();
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `https://127.0.0.1:${port}`;
  return {
    url,
    manchesterUrl: `${url}/manchester`,
    caFile: STANDIN_CA_FILE,
    get faults() {
      return state.faults;
    },
    set faults(value: Faults) {
      state.faults = value;
    },
    requests,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    pdfBodies: () => requests.filter((r) => /mgConvert2PDF/i.test(r.path) && r.status === 200).length,
    pdf: async (id) => {
      for (const s of sites) {
        const bytes = await pdfFor(s.data, id);
        if (bytes) return bytes;
      }
      throw new Error(`no document ${id} on the stand-in`);
    },
    reset() {
      state.faults = freshFaults();
      requests.length = 0;
      retryCounts.clear();
      state.maxConcurrent = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } as StandIn;
}
