import { createHandlers } from '../../../main/api/handlers';
import { dispatch } from '../../../main/api/dispatch';
import { deleteInterest, getProfile, listRegister, notificationStatus, saveInterest, saveProfile } from '../../../main/interests/register';
import type { Store } from '../../../main/store/database';
import { interestProblems } from '../../../shared/types/interests';
import { withTempStore } from '../../helpers/temp-dir';
import { draft } from './setup';

const status = (startDate: string | null, notifiedDate: string | null, onDate = '2025-06-01', extra: { changedDate?: string; tookOffice?: string } = {}) =>
  notificationStatus({ startDate, changedDate: extra.changedDate ?? null, notifiedDate }, extra.tookOffice ?? null, onDate);

describe('the 28-day notification flag', () => {
  test('notified on day 28 is in time; day 29 is one day late', () => {
    expect(status('2025-01-01', '2025-01-29').status).toEqual({ state: 'on-time', days: 28 });
    expect(status('2025-01-01', '2025-01-30').status).toEqual({ state: 'late', days: 29, daysLate: 1 });
    expect(status('2025-01-01', '2025-03-01').status).toEqual({ state: 'late', days: 59, daysLate: 31 });
    // Told before it started (a known new job): in time.
    expect(status('2025-01-01', '2024-12-20').status).toEqual({ state: 'on-time', days: 0 });
  });

  test('not yet notified: days left, then days overdue, counted from today', () => {
    expect(status('2025-01-01', null, '2025-01-29').status).toEqual({ state: 'due', daysLeft: 0, deadline: '2025-01-29' });
    expect(status('2025-01-01', null, '2025-01-10').status).toEqual({ state: 'due', daysLeft: 19, deadline: '2025-01-29' });
    expect(status('2025-01-01', null, '2025-01-30').status).toEqual({ state: 'overdue', daysLate: 1, deadline: '2025-01-29' });
  });

  test('a change restarts the 28 days, and an older notification does not cover it', () => {
    expect(status('2020-01-01', '2020-01-05', '2025-06-01', { changedDate: '2025-05-01' }).status).toEqual({ state: 'overdue', daysLate: 3, deadline: '2025-05-29' });
    expect(status('2020-01-01', '2025-05-29', '2025-06-01', { changedDate: '2025-05-01' }).status).toEqual({ state: 'on-time', days: 28 });
    expect(status('2020-01-01', '2025-05-30', '2025-06-01', { changedDate: '2025-05-01' }).status).toEqual({ state: 'late', days: 29, daysLate: 1 });
  });

  test('interests held on taking office are due 28 days after it, not after they began', () => {
    const r = status('2015-03-01', '2023-05-20', '2025-06-01', { tookOffice: '2023-05-04' });
    expect(r.deadlineFrom).toBe('2023-05-04');
    expect(r.status).toEqual({ state: 'on-time', days: 16 });
    expect(status(null, null).status).toEqual({ state: 'unknown' });
  });

  test('across the clocks changing, days are calendar days', () => {
    expect(status('2025-03-01', '2025-03-29').status).toEqual({ state: 'on-time', days: 28 });
    expect(status('2025-10-01', '2025-10-30').status).toEqual({ state: 'late', days: 29, daysLate: 1 });
  });
});

describe('the register', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('save creates, save with an id updates, delete removes; names are trimmed and de-duplicated', () => {
    const created = saveInterest(store.db, draft({ names: [' Millgate School ', 'Millgate', 'millgate', ''] }), '2025-01-01');
    expect(created).toMatchObject({ id: expect.any(Number), names: ['Millgate School', 'Millgate'], current: true, notification: { state: 'on-time', days: 9 } });
    const updated = saveInterest(store.db, { ...draft({ notifiedDate: '2024-10-15', endDate: '2024-12-31' }), id: created.id }, '2025-01-01');
    expect(updated).toMatchObject({ id: created.id, endDate: '2024-12-31', current: false, notification: { state: 'late', days: 44, daysLate: 16 } });
    expect(listRegister(store.db).interests).toHaveLength(1);
    deleteInterest(store.db, created.id);
    expect(listRegister(store.db).interests).toEqual([]);
    expect(() => deleteInterest(store.db, created.id)).toThrow(/not on your register/);
    expect(() => saveInterest(store.db, { ...draft(), id: 999 })).toThrow(/not on your register/);
  });

  test('the profile holds "My name" and the date of taking office', () => {
    expect(getProfile(store.db)).toEqual({ name: '', tookOffice: null });
    saveProfile(store.db, { name: '  Dr Sarah Moore ', tookOffice: '2023-05-04' });
    expect(listRegister(store.db).profile).toEqual({ name: 'Dr Sarah Moore', tookOffice: '2023-05-04' });
  });

  test('the API refuses bad drafts with messages for the form, and never logs the register', async () => {
    const handlers = createHandlers(store);
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const info = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const bad = await dispatch(handlers, 'interests.save', { ...draft(), subcategory: 'land' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/subcategory/) } });
      const backwards = await dispatch(handlers, 'interests.save', draft({ startDate: '2025-02-01', endDate: '2025-01-01' }));
      expect(backwards).toMatchObject({ ok: false, error: { message: expect.stringMatching(/endDate.*end date is before the start date/) } });
      const nameless = await dispatch(handlers, 'interests.save', draft({ names: [' '], addresses: [] }));
      expect(nameless).toMatchObject({ ok: false, error: { message: expect.stringMatching(/names/) } });
      const good = await dispatch(handlers, 'interests.save', draft());
      expect(good).toMatchObject({ ok: true, value: { description: 'School governor, Millgate School' } });
      const missing = await dispatch(handlers, 'interests.delete', { interestId: 4242 });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const listed = await dispatch(handlers, 'interests.list', {});
      expect(listed).toMatchObject({ ok: true, value: { interests: [{ names: ['Millgate School', 'Millgate'] }] } });
      for (const spy of [log, warn, info]) expect(spy).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      warn.mockRestore();
      info.mockRestore();
    }
  });

  test('interestProblems: what the form shows', () => {
    expect(interestProblems(draft())).toEqual({});
    expect(interestProblems(draft({ description: ' ', changedDate: '2024-01-01', notifiedDate: '14/01/2025' }))).toEqual({
      description: expect.any(String),
      changedDate: 'The date of the change is before the start date.',
      notifiedDate: 'Enter a date, or leave it empty.',
    });
  });
});
