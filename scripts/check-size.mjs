#!/usr/bin/env node
// `npm run check:size`: the size budgets of issue 8, checked on gzip bytes (deterministic:
// same sources, same bytes). Fails when an element's JavaScript is over its budget.
// How the figures are made: bench/size/measure.mjs.
import { kB, measureSizes } from '../bench/size/measure.mjs';

const rows = (await measureSizes()).filter((row) => row.budget);
let failed = 0;
for (const row of rows) {
  if (row.missing) {
    console.log(`  - ${row.name}: entry ${row.entry} not found, not checked`);
    continue;
  }
  const figure = row.budget.on === 'after' ? row.after : row.before;
  const label = row.budget.on === 'after' ? `after ${row.interaction}` : 'before interaction';
  const verdict = row.overBudget ? '✗ over' : '✓ within';
  if (row.overBudget) failed++;
  console.log(
    `  ${verdict} ${row.name} ${label}: ${kB(figure.gzip)} gzip (budget ${kB(row.budget.gzip)}), ${kB(figure.brotli)} brotli`,
  );
}
console.log(failed ? `${failed} over budget.` : 'All within budget.');
process.exit(failed ? 1 : 0);
