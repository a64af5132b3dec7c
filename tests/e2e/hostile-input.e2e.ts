import fs from 'node:fs';
import path from 'node:path';
import { expectAxeClean, fixture, openApp, startHarness, type Harness } from './harness';

const GOOD = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';

/** A council page someone tampered with: every way HTML can try to run script. */
const HOSTILE_HTML = `<!doctype html>
<html><head><title>Agenda and minutes</title>
<script>window.__pwned = 'script tag'; alert('pwned by script');</script>
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">
</head>
<body onload="window.__pwned='onload'; alert('onload')">
<h1>Agenda and minutes</h1>
<h2>Overview and Scrutiny Committee - Tuesday, 4 March 2025 6:00 pm</h2>
<p>Venue: <img src="x" onerror="window.__pwned='img onerror'; alert('onerror')">Town Hall</p>
<table class="mgItemTable">
<tr><td>1.</td><td><a href="javascript:window.__pwned='link';alert('link')">Apologies <script>window.__pwned='inline'</script>for Absence</a>
<p>Minutes:</p><p>Apologies were received from Councillor <b onmouseover="window.__pwned='hover'">Smith</b>.</p>
<iframe src="javascript:parent.__pwned='iframe'"></iframe>
<svg onload="window.__pwned='svg'"><script>window.__pwned='svg script'</script></svg>
</td></tr>
<tr><td>2.</td><td>&lt;img src=x onerror=alert(1)&gt; Budget <style>body{display:none}</style>
<p>Minutes:</p><p>RESOLVED: That the report be noted. <a href="JaVaScRiPt:alert('x')">more</a></p></td></tr>
</table></body></html>`;

describe('bad and hostile files through the Import input', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness();
    dir = fs.mkdtempSync(path.join(h.dataDir, 'upload-'));
    fs.writeFileSync(path.join(dir, 'empty.html'), '');
    // A real PNG header and chunk, renamed to .html.
    fs.writeFileSync(
      path.join(dir, 'photo.html'),
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3a1c60000000049454e44ae426082', 'hex'),
    );
    fs.writeFileSync(path.join(dir, 'hostile.html'), HOSTILE_HTML);
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('bad files fail with a reason, the good one imports, and nothing in them runs', async () => {
    await h.page
      .locator('input[type=file]')
      .setInputFiles([path.join(dir, 'empty.html'), path.join(dir, 'photo.html'), path.join(dir, 'hostile.html'), fixture(GOOD)]);
    await h.page.locator('.import-panel__summary').waitFor();
    const rows = (await h.page.locator('.import-result').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(rows).toHaveLength(4);
    const row = (name: string) => rows.find((r) => r.includes(name)) ?? '';
    expect(row('empty.html')).toMatch(/^Failed .*empty/i);
    expect(row('photo.html')).toMatch(/^Failed .*PNG/i);
    // The hostile page either fails with a reason or imports as inert text.
    expect(row('hostile.html')).toMatch(/^(Failed .+\S|Imported |Updated )/);
    expect(row(GOOD)).toMatch(/^Imported /);

    // Visit every page the import produced, so any stored markup gets rendered.
    const meetingLinks = await h.page.locator('.import-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of meetingLinks) {
      await h.page.evaluate((hash) => {
        location.hash = hash;
      }, href);
      await h.page.locator('h1 .page-heading__main').waitFor();
      await h.page.mouse.move(200, 400);
      await h.page.mouse.move(600, 600);
      // No element from the file became live markup.
      const live = await h.page.evaluate(() => ({
        scripts: document.querySelectorAll('main script, main iframe, main img, main svg, main style').length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
        handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      }));
      expect(live).toEqual({ scripts: 0, jsLinks: 0, handlers: 0 });
      await expectAxeClean(h.page, `the meeting page for ${href}`);
    }
    await h.page.goto(`${h.server.origin}/`); // same tab; the token stays in sessionStorage
    await h.page.getByRole('heading', { level: 1 }).waitFor();

    expect(await h.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(h.dialogs).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
