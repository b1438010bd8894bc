#!/usr/bin/env node
// `npm run check:size`: the size budgets of issue 17, checked on gzip bytes (deterministic:
// same sources, same bytes). Fails when an element's JavaScript is over its budget, or when a
// budgeted row could not be measured. How the figures are made: bench/size/measure.mjs.
import { kB, measureSizes } from '../bench/size/measure.mjs';

console.log('Size budgets (gzip -9; 1 KB = 1024 bytes):');

const rows = (await measureSizes()).filter((row) => row.budget);
let failed = 0;
for (const row of rows) {
  if (row.missing) {
    failed++;
    console.log(`  ✗ ${row.name}: entry ${row.entry} not found in the build, not measured`);
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
console.log(failed ? `${failed} over budget or not measured.` : 'All within budget.');
process.exit(failed ? 1 : 0);
