import { contentSecurityPolicy, securityHeaders } from '../../../main/serve/csp';

const directives = () =>
  new Map(
    contentSecurityPolicy()
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values] as const;
      }),
  );

describe('Content Security Policy', () => {
  it('never allows eval anywhere', () => {
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
  });

  it('allows no inline script', () => {
    const scriptSrc = directives().get('script-src') ?? directives().get('default-src');
    expect(scriptSrc).toEqual(["'self'"]);
    expect(scriptSrc?.join(' ')).not.toContain('unsafe-inline');
  });

  it('names no remote origin and no wildcard', () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toMatch(/wss?:/);
    expect(csp).not.toMatch(/(^|\s)\*/);
    expect(csp).not.toMatch(/(^|\s)(file|filesystem):/);
  });

  it('locks down objects, base URI, forms and framing', () => {
    const d = directives();
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('frame-src')).toEqual(["'none'"]);
  });

  it('is sent with the usual hardening headers', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
