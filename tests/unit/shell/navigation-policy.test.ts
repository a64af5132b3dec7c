import {
  APP_ENTRY_URL,
  MAX_URL_LENGTH,
  isAppUrl,
  navigationDecision,
  windowOpenDecision,
} from '../../../main/shell/navigation-policy';

describe('navigationDecision', () => {
  it.each([
    APP_ENTRY_URL,
    'app://scrutineer/',
    'app://scrutineer/index.html#/meeting/3',
    'app://scrutineer/assets/index-abc.js?v=1',
    'app://SCRUTINEER/index.html',
  ])('allows our own page %s', (url) => {
    expect(navigationDecision(url)).toBe('allow');
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/',
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'app://other/index.html',
    'app://scrutineer.evil.example/index.html',
    'app://scrutineer@evil/index.html',
    'app://user:pass@scrutineer/index.html',
    'app://scrutineer:8080/index.html',
    'blob:app://scrutineer/1234',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'mailto:clerk@council.gov.uk',
    'scrutineer://index.html',
    ' app://scrutineer/',
    'app://scrutineer/\u0000',
    'app:\\\\scrutineer\\index.html',
    'not a url',
    '',
    `app://scrutineer/${'a'.repeat(MAX_URL_LENGTH)}`,
  ])('denies %s', (url) => {
    expect(navigationDecision(url)).toBe('deny');
  });

  it('denies values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['app://scrutineer/']]) expect(navigationDecision(value)).toBe('deny');
  });
});

describe('windowOpenDecision', () => {
  it.each([
    'https://www.legislation.gov.uk/ukpga/2000/22',
    'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2',
    'https://example.com:8443/path#frag',
  ])('sends https: links to the system browser: %s', (url) => {
    expect(windowOpenDecision(url)).toBe('open-external');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hello',
    'app://scrutineer/index.html',
    'app://other/',
    'mailto:clerk@council.gov.uk',
    'ftp://example.com/',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'https://user:secret@example.com/',
    'https://',
    'https://exa mple.com/',
    '',
    `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`,
  ])('refuses %s', (url) => {
    expect(windowOpenDecision(url)).toBe('deny');
  });
});
