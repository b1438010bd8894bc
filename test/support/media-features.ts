/**
 * Emulated media features the stock `emulateMedia()` command cannot set (forced colours,
 * prefers-contrast), through test/support/media-features-plugin.js. Each call replaces every
 * emulated feature, including a colour scheme set by `emulateMedia()`; `resetMediaFeatures()`
 * clears them all.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  'forced-colors'?: 'active' | 'none';
  'prefers-color-scheme'?: 'light' | 'dark';
  'prefers-contrast'?: 'more' | 'less' | 'custom' | 'no-preference';
  'prefers-reduced-motion'?: 'reduce' | 'no-preference';
}

export async function emulateMediaFeatures(features: MediaFeatures): Promise<void> {
  await executeServerCommand('emulate-media-features', features);
}

/** Forced colours (Windows High Contrast), on a dark or light system palette. */
export function emulateForcedColors(scheme: 'light' | 'dark' = 'dark'): Promise<void> {
  return emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-color-scheme': scheme });
}

export function resetMediaFeatures(): Promise<void> {
  return emulateMediaFeatures({});
}

/**
 * The page behaves as the focused window (or, `false`, as it really is): a test of focus styles
 * does not depend on which page of a long run has system focus.
 */
export async function emulateFocus(enabled = true): Promise<void> {
  await executeServerCommand('emulate-focus', { enabled });
}
