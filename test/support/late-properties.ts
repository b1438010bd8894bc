/**
 * Shared by the late-properties suites (issue 15): an element that upgrades with no attributes, as
 * a server-rendered page or a framework's first render leaves it, and the `dash-error`s it sends
 * while its properties arrive.
 */
import { fixture, html } from '@open-wc/testing';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every `dash-error` code dispatched while `run` goes (they bubble to the document). */
export async function collectErrors(run: (errors: string[]) => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const listener = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
  document.addEventListener('dash-error', listener);
  try {
    await run(errors);
  } finally {
    document.removeEventListener('dash-error', listener);
  }
  return errors;
}

/** A connected element of `tag` with no attributes, as a server-rendered page upgrades it. */
export async function bareElement<K extends keyof HTMLElementTagNameMap>(tag: K): Promise<HTMLElementTagNameMap[K]> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  container.append(el);
  return el;
}
