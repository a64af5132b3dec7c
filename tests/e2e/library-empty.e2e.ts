import { expectAxeClean, mainText, openApp, startHarness, type Harness } from './harness';

describe('an empty library', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('shows the first step to take, and passes axe', async () => {
    await openApp(h);
    expect(await h.page.getByRole('heading', { level: 1 }).innerText()).toBe('Library');
    expect(await mainText(h.page)).toContain(
      "Your library is empty. Import a council's 'Agenda and minutes' page (saved as HTML, copied as text, or the minutes PDF) with Import, or drop the files here.",
    );
    expect(await h.page.title()).toBe('Library – Scrutineer');
    // The token left the address bar once the client had stored it.
    expect(h.page.url()).not.toContain('token=');
    await expectAxeClean(h.page, 'the empty library');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
