import { Parser } from 'htmlparser2';

/**
 * HTML → structured plain text. Nothing from the page can execute or survive as markup:
 * script/style/noscript/template/head (and embedded objects) are dropped with their content,
 * attributes are never copied into the text, and entities are decoded to characters.
 * Block elements become paragraph breaks, <br> a line break, <li> "• ", table rows one line each.
 *
 * Two structural hints are read from attributes, and only ever turn into fixed strings:
 * - an <img> whose alt is a ModernGov file icon ("pdf icon", "docx icon") becomes that fixed label,
 *   so "Minutes pdf icon PDF 128 KB" reads the same as a browser copy;
 * - ModernGov classes (mgAiTitleTxt, mgItemTitle, mgSubItemTitleTxt, mgItemNumberCell…) force a line break.
 */

const DROP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'audio', 'video', 'select', 'button', 'textarea', 'title', 'frameset', 'frame', 'applet']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'hr', 'body', 'html', 'center']);
const ICON_ALT = /^(pdf|docx?|word|xlsx?|excel|pptx?|html?|rtf|odt|generic)\s+icon$/i;
const MG_CLASS = /\bmg(?:AiTitleTxt|ItemTitle|SubItemTitleTxt|ItemNumberCell|MeetingTitle|SubTitleTxt|Heading|ItemHeading)\b/;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”',
  ndash: '–', mdash: '—', pound: '£', euro: '€', middot: '·', bull: '•', hellip: '…', copy: '©',
};

/** Decodes entities left over from double escaping ("&#39;" after one pass). One pass, no recursion. */
export function decodeLeftoverEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return all;
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let dropDepth = 0;
  const stack: { name: string; forcedBlock: boolean }[] = [];
  const br = (s: string) => out.push(s);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const forcedBlock = MG_CLASS.test(attribs.class ?? '');
        stack.push({ name, forcedBlock });
        if (dropDepth > 0 || DROP.has(name)) {
          if (DROP.has(name)) dropDepth++;
          return;
        }
        if (BLOCK.has(name) || forcedBlock) br('\n\n');
        else if (name === 'br') br('\n');
        else if (name === 'li') br('\n• ');
        else if (name === 'tr') br('\n');
        else if (name === 'td' || name === 'th') br(' ');
        else if (name === 'img') {
          const alt = (attribs.alt ?? '').trim();
          const m = ICON_ALT.exec(alt);
          if (m && m[1]) br(` ${m[1].toLowerCase()} icon `);
        }
      },
      ontext(data) {
        if (dropDepth > 0) return;
        out.push(data.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        // Pop to the matching element (htmlparser2 also closes implied elements).
        let entry: { name: string; forcedBlock: boolean } | undefined;
        while ((entry = stack.pop()) !== undefined) {
          if (entry.name === name) break;
        }
        if (DROP.has(name)) {
          if (dropDepth > 0) dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (BLOCK.has(name) || entry?.forcedBlock || name === 'li' || name === 'tr') br('\n\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const text = decodeLeftoverEntities(out.join(''))
    .replace(/<\/?[a-z][a-z0-9-]{0,30}\b[^<>]{0,500}>/gi, ' ')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ');
  return text.trim();
}

/** A short HTML fragment (a title) as one line of text. */
export function htmlInline(s: string): string {
  return htmlToText(s).replace(/\s+/g, ' ').trim();
}
