import fs from 'node:fs';
import { fixture, openApp, startHarness, type Harness } from './harness';

const MEETING = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';

describe('dropping files on the window', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('shows a drop zone while dragging and imports what is dropped', async () => {
    const text = fs.readFileSync(fixture(MEETING), 'utf8');
    const dataTransfer = await h.page.evaluateHandle(
      ({ name, text }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'text/plain' }));
        return dt;
      },
      { name: MEETING, text },
    );
    await h.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await h.page.locator('.drop-overlay').waitFor();
    expect(await h.page.locator('.app').getAttribute('class')).toContain('app--dragging');

    await h.page.dispatchEvent('main', 'drop', { dataTransfer });
    await h.page.locator('.import-panel__summary').waitFor();
    expect(await h.page.locator('.drop-overlay').count()).toBe(0);
    const row = (await h.page.locator('.import-result').innerText()).replace(/\s+/g, ' ');
    expect(row).toMatch(new RegExp(`^Imported ${MEETING.replace(/\./g, '\\.')}`));
    // The library behind the results refreshed without a reload.
    await h.page.getByRole('link', { name: /Scrutiny Commission/ }).first().waitFor();
  });
});
