/** createBatcher: calls made in the same moment become one request, at most `maxItems` each. */
import { expect } from '@open-wc/testing';
import { createBatcher } from '../../src/upload/batcher.js';

describe('upload: createBatcher', () => {
  it('merges calls of the same task into one run, answering each in order', async () => {
    const runs: number[][] = [];
    const double = createBatcher(async (items: number[]) => {
      runs.push(items);
      return items.map((n) => n * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).to.deep.equal([2, 4, 6]);
    expect(runs).to.deep.equal([[1, 2, 3]]);
    expect(await double(4)).to.equal(8);
    expect(runs).to.deep.equal([[1, 2, 3], [4]]);
  });

  it('sends a full batch at once and the rest in the next one', async () => {
    const runs: number[][] = [];
    const echo = createBatcher(
      async (items: number[]) => {
        runs.push(items);
        return items;
      },
      0,
      100,
    );
    const all = Array.from({ length: 250 }, (_, i) => i);
    expect(await Promise.all(all.map(echo))).to.deep.equal(all);
    expect(runs.map((run) => run.length)).to.deep.equal([100, 100, 50]);
  });

  it('asks how many items a batch may hold as it fills, with the runs still unanswered', async () => {
    const runs: number[][] = [];
    const answers: (() => void)[] = [];
    const held = createBatcher(
      (items: number[]) =>
        new Promise<number[]>((resolve) => {
          runs.push(items);
          answers.push(() => resolve(items));
        }),
      0,
      (unanswered) => (unanswered === 0 ? 6 : 100),
    );
    const first = Array.from({ length: 250 }, (_, i) => i);
    const done = Promise.all(first.map(held));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(
      runs.map((run) => run.length),
      'a small first run, full ones behind it',
    ).to.deep.equal([6, 100, 100, 44]);
    answers.forEach((answer) => answer());
    expect(await done).to.deep.equal(first);
    // Everything answered: the next burst starts small again.
    const next = Promise.all([1, 2, 3, 4, 5, 6, 7].map(held));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs.slice(4).map((run) => run.length)).to.deep.equal([6, 1]);
    answers.slice(4).forEach((answer) => answer());
    expect(await next).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fails only the item answered with an Error, and every item when the run fails', async () => {
    const check = createBatcher(async (items: number[]) => items.map((n) => (n < 0 ? new Error(`negative ${n}`) : n)));
    const results = await Promise.allSettled([check(1), check(-1), check(2)]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    const broken = createBatcher<number, number>(() => Promise.reject(new Error('down')));
    const failed = await Promise.allSettled([broken(1), broken(2)]);
    expect(failed.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
  });
});
