import { openApp, startHarness, type Harness } from './harness';

describe('the preview bridge, from the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const call = (headers: Record<string, string>) =>
    h.page.evaluate(async (extra) => {
      const response = await fetch('/api/library.overview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...extra },
        body: '{}',
      });
      return { status: response.status, body: await response.text() };
    }, headers);

  test('a call without the token gets 401 and no data', async () => {
    const reply = await call({});
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('councils');
  });

  test('a call with a wrong token gets 401', async () => {
    const reply = await call({ Authorization: 'Bearer not-the-token' });
    expect(reply.status).toBe(401);
  });

  test('the app itself, holding the token, is answered', async () => {
    const token = await h.page.evaluate(() => sessionStorage.getItem('scrutineer.previewToken'));
    expect(token).toBe(h.server.token);
    const reply = await call({ Authorization: `Bearer ${token ?? ''}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { councils: [], toCheck: [], binCount: 0 } });
  });

  test('pages are served with the strict CSP', async () => {
    const response = await h.page.request.get(`${h.server.origin}/`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
  });
});
