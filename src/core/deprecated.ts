/** The deprecated names already reported on this page: each is reported once. */
const reported = new Set<string>();

/**
 * Warns once per page that `tag`'s attribute or property `name` is deprecated, naming what
 * replaces it. The old name keeps working; the warning is for the developer, not the visitor.
 */
export function warnDeprecated(tag: string, name: string, replacement: string): void {
  const key = `${tag} ${name}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`<${tag}>: \`${name}\` is deprecated; use \`${replacement}\` instead.`);
}
