import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLane } from '../../src/upload/lane.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createLane', () => {
  it('runs at most `limit` tasks at once, the rest in the order they came', async () => {
    const lane = createLane(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) => async () => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      return n * 10;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => lane(task(n))));
    assert.deepEqual(results, [10, 20, 30, 40, 50]);
    assert.equal(most, 2);
    assert.deepEqual(started, [1, 2, 3, 4, 5]);
  });

  it('a failing task rejects alone and frees its place', async () => {
    const lane = createLane(1);
    const failed = lane(async () => {
      await tick();
      throw new Error('refused');
    });
    const next = lane(async () => 'next');
    await assert.rejects(failed, /refused/);
    assert.equal(await next, 'next');
  });

  it('hands a finished place to the next in line, so a task arriving meanwhile never runs beside them', async () => {
    const lane = createLane(1);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
    };
    const first = lane(task);
    const second = lane(task);
    await first; // the place went to `second` when `first` finished
    const third = lane(task); // arrives before `second` has run a step
    await Promise.all([second, third]);
    assert.equal(most, 1);
  });

  it('a task given up while it waits leaves the line: it never runs and its place is not lost', async () => {
    const lane = createLane(1);
    const ran: string[] = [];
    let release!: () => void;
    const blocker = lane(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    const given = lane(async () => void ran.push('given up'), controller.signal);
    const after = lane(async () => void ran.push('after'));
    controller.abort(new Error('paused'));
    await assert.rejects(given, /paused/);
    release();
    await Promise.all([blocker, after]);
    assert.deepEqual(ran, ['after']);
    await assert.rejects(
      lane(async () => 'late', controller.signal),
      /paused/,
      'an aborted signal does not queue',
    );
  });
});
