/**
 * The seed documents (plain-text dumps of the public API references) and the JSON examples they
 * print, for tests that feed those examples to the client. The seeds live beside the repository,
 * at `../shared/seeds` (read-only in CI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS_DIR = join(root, '..', 'shared', 'seeds');

/** The text of the seed whose file name starts with `prefix` (e.g. `002_`); throws, saying where it looked. */
export function readSeed(prefix: string): string {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(`The seed documents are not at ${SEEDS_DIR} (expected ../shared/seeds beside the repository).`);
  }
  const name = readdirSync(SEEDS_DIR).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`No seed document ${prefix}* in ${SEEDS_DIR}.`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

/**
 * A printed example as JSON. Seed 002 renders JSON as a bullet list (`{- "key": value`,
 * `}, - "key"`, `[- {`): a `-` followed by a space outside strings is such a bullet (a negative
 * number has no space). Trailing commas, which several examples have, are removed.
 */
export function exampleJson(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === '-' && text[i + 1] === ' ') {
      i++;
      continue;
    }
    if (c === ',' && /^\s*[}\]]/.test(text.slice(i + 1))) continue;
    out += c;
  }
  return JSON.parse(out);
}

export interface Example {
  /** 1-based line of the example's first line in the seed. */
  line: number;
  /** The example as printed. */
  text: string;
  json: unknown;
  /** The few lines before it (the call it belongs to, when the seed names one). */
  before: string;
}

/**
 * Every JSON example of a seed: a block that starts a line with `{` or `[` and runs until its
 * brackets balance. One-line path templates such as `{brand_id}` are not JSON and are left out.
 */
export function examples(seed: string): Example[] {
  const lines = seed.split('\n');
  const found: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^[[{]/.test(lines[i]!) || /^\{\w+\}$/.test(lines[i]!.trim())) continue;
    let depth = 0;
    let inString = false;
    let end = i;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      for (let k = 0; k < line.length; k++) {
        const c = line[k]!;
        if (inString) {
          if (c === '\\') k++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') depth--;
      }
      if (depth <= 0) break;
    }
    const text = lines.slice(i, end + 1).join('\n');
    found.push({ line: i + 1, text, json: exampleJson(text), before: lines.slice(Math.max(0, i - 4), i).join('\n') });
    i = end;
  }
  return found;
}
