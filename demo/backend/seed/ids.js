import { createHash, randomUUID } from 'node:crypto';

/** A deterministic UUID-shaped id: the same seed data gets the same ids on every start. */
export function stableId(...parts) {
  const hex = createHash('sha1').update(parts.join(':')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const newId = () => randomUUID();

/** mulberry32: a small seeded PRNG so generated data is identical on every start. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    sample: (list, n) => [...list].sort(() => next() - 0.5).slice(0, n),
  };
}
