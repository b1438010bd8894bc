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
});
