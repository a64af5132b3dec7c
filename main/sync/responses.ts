/** Reading the web service's answers: XML as text, refusing HTML error pages and non-ModernGov sites with a clear reason. */
import { MinutesFormatError } from '../minutes/errors';
import { htmlInline } from '../minutes/html-to-text';
import { SyncError } from './errors';
import type { CouncilClient, FetchResult } from './http';

/** Largest web-service answer accepted: a very long meeting is about 2 MB. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;
export const XML_ACCEPT = 'text/xml, application/xml;q=0.9, */*;q=0.1';

export const SERVICE = 'mgWebService.asmx';

/** dd/mm/yyyy, as the web service wants dates. */
export function serviceDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2048)) || /<html[\s>]/i.test(text.slice(0, 512));
}

function pageTitle(text: string): string | null {
  const match = /<title[^>]*>([\s\S]{0,300}?)<\/title>/i.exec(text);
  const title = match?.[1] ? htmlInline(match[1]).slice(0, 100) : '';
  return title || null;
}

function decode(body: Buffer): string {
  return new TextDecoder('utf-8').decode(body).replace(/^\uFEFF/, '');
}

/** The text of an XML answer, or a SyncError saying what came instead. `what` names the request for messages. */
export function xmlText(result: FetchResult, what: string, host: string): string {
  if (result.status === 404) {
    throw new SyncError(
      'not-moderngov',
      `${host} has no ModernGov web service where Scrutineer looked (${SERVICE} answered “not found”). Check the address: it is usually the site’s home, such as https://democracy.example.gov.uk.`,
      404,
    );
  }
  if (result.status === 304 || result.status < 200 || result.status >= 300) {
    throw new SyncError('http-status', `The council’s site answered ${result.status} when asked for ${what}.`, result.status);
  }
  const text = decode(result.body);
  if (looksLikeHtml(text)) {
    const title = pageTitle(text);
    throw new SyncError(
      'html-page',
      `The council’s site sent a web page${title ? ` (“${title}”)` : ''} instead of ${what}. It may be down for maintenance; nothing stored was changed and sync will try again later.`,
    );
  }
  if (text.trim() === '') throw new SyncError('malformed', `The council’s site sent an empty answer for ${what}.`);
  if (declaresDtd(text)) throw unsafeXml(what);
  return text;
}

/** A DTD or an entity declaration (an "XML bomb", or a reference to another file), in the answer itself. */
const declaresDtd = (xml: string) => /<!DOCTYPE|<!ENTITY/i.test(xml);

/** Not damage, and trying again will not help: said as what it is. */
const unsafeXml = (what: string) =>
  new SyncError(
    'unsafe-xml',
    `The council’s site sent ${what} as XML that declares a DTD or entities (<!DOCTYPE> or <!ENTITY>), which Scrutineer refuses for safety: ModernGov never sends them. It was not read, and nothing stored was changed.`,
  );

/** Parses an answer with one of moderngov-xml's readers, turning a format error into a SyncError. */
export function parseAnswer<T>(text: string, what: string, parse: (xml: string) => T): T {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof MinutesFormatError) {
      // A DTD inside a wrapped answer (<string>&lt;!DOCTYPE …</string>) is found only by the parser.
      if (/declares a DTD or entities/.test(error.message)) throw unsafeXml(what);
      throw new SyncError('malformed', `${what.charAt(0).toUpperCase()}${what.slice(1)} arrived incomplete or damaged (${error.message.replace(/^.*?: /, '')}). Nothing stored was changed; sync will try again.`);
    }
    throw error;
  }
}

export async function getXml<T>(client: CouncilClient, pathAndQuery: string, what: string, parse: (xml: string) => T): Promise<{ value: T; text: string; bytes: Buffer }> {
  const result = await client.get(`${SERVICE}/${pathAndQuery}`, { accept: XML_ACCEPT, maxBytes: MAX_XML_BYTES, what });
  const text = xmlText(result, what, client.host);
  return { value: parseAnswer(text, what, parse), text, bytes: result.body };
}
