import { RenderQueue } from '../../../renderer/features/reader/renderQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the reader render queue', () => {
  test('runs one job at a time, lowest priority number first, then in the order queued', async () => {
    const ran: string[] = [];
    const queue = new RenderQueue();
    const job = (name: string) => async () => {
      ran.push(name);
      await tick();
    };
    queue.schedule(2, job('page 7'));
    queue.schedule(0, job('page 5'));
    queue.schedule(1, job('page 6'));
    queue.schedule(0.5, job('text 5'));
    queue.schedule(1, job('page 4'));
    for (let i = 0; i < 10; i++) await tick();
    expect(ran).toEqual(['page 5', 'text 5', 'page 6', 'page 4', 'page 7']);
  });

  test('a cancelled job never runs; a new priority moves a waiting job', async () => {
    const ran: number[] = [];
    const queue = new RenderQueue();
    const job = (n: number) => async () => {
      ran.push(n);
    };
    const first = queue.schedule(0, job(1));
    const second = queue.schedule(1, job(2));
    const third = queue.schedule(2, job(3));
    first.cancel();
    third.setPriority(0);
    for (let i = 0; i < 5; i++) await tick();
    expect(ran).toEqual([3, 2]);
    second.cancel(); // after it ran: no effect
    expect(queue.waiting).toBe(0);
  });

  test('a failing job does not stop the queue, and onIdle runs when it empties', async () => {
    let idle = 0;
    const ran: string[] = [];
    const queue = new RenderQueue(() => idle++);
    queue.schedule(0, () => Promise.reject(new Error('page could not be drawn')));
    queue.schedule(1, () => {
      throw new Error('thrown, not rejected');
    });
    queue.schedule(2, async () => {
      ran.push('next');
    });
    for (let i = 0; i < 5; i++) await tick();
    expect(ran).toEqual(['next']);
    expect(idle).toBe(1);
  });
});
