import { scheduleBackgroundSync, startSyncScheduler } from '../../../main/sync/scheduler';

describe('background sync schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('first run after a short delay, then every interval; sooner again after a failed run; stop ends it', async () => {
    const outcomes = [{ ok: true }, { ok: false }, { ok: true }];
    const at: number[] = [];
    const start = Date.now();
    const schedule = startSyncScheduler({
      firstDelayMs: 1000,
      intervalMs: 10_000,
      retryAfterFailureMs: 3000,
      run: async () => {
        at.push(Date.now() - start);
        return outcomes.shift() ?? { ok: true };
      },
    });
    await jest.advanceTimersByTimeAsync(999);
    expect(at).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(at).toEqual([1000]);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(at).toEqual([1000, 11_000]);
    // That run failed (offline?): the next comes after 3 s, not 10.
    await jest.advanceTimersByTimeAsync(3000);
    expect(at).toEqual([1000, 11_000, 14_000]);
    schedule.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(at).toHaveLength(3);
  });

  test('wired to sync.run as a background run that waits; SCRUTINEER_NO_BACKGROUND_SYNC=1 turns it off', async () => {
    const calls: unknown[] = [];
    const runSync = async (input: unknown) => {
      calls.push(input);
      return { report: { status: 'done' } };
    };
    scheduleBackgroundSync(runSync, { SCRUTINEER_NO_BACKGROUND_SYNC: '1' });
    await jest.advanceTimersByTimeAsync(3600_000);
    expect(calls).toEqual([]);
    const schedule = scheduleBackgroundSync(runSync, {});
    await jest.advanceTimersByTimeAsync(20_000);
    expect(calls).toEqual([{ background: true, wait: true }]);
    schedule.stop();
  });
});
