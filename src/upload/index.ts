/**
 * The upload engine's entry point, loaded by the element only when the first file is added, so a
 * page that never uploads never downloads it. Its chunk holds the engine, Uppy and the Dash flow:
 * upload start is one request and one gzip stream (separate small chunks each cost a round trip
 * and compress worse). The Dash Social flow is its own chunk, so a Dash guest upload never loads it.
 */
import { DashFlow, type DashFlowOptions } from './dash-flow.js';
import { UploadEngine, type EngineCallbacks, type EngineOptions } from './engine.js';
import type { UploadFlow } from './flow.js';
import type { SocialFlowOptions } from './social-flow.js';

/** Which backend the files go to, and how. A plain object, so it can cross the lazy boundary. */
export type UploadSpec = Omit<EngineOptions, 'flow'> &
  (({ target: 'dash' } & DashFlowOptions) | ({ target: 'dash-social' } & SocialFlowOptions));

async function createFlow(spec: UploadSpec): Promise<UploadFlow> {
  if (spec.target === 'dash-social') {
    // Lazy: only links with target="dash-social" use it, so a Dash guest upload never loads it.
    const { SocialFlow } = await import('./social-flow.js');
    return new SocialFlow(spec);
  }
  return new DashFlow(spec);
}

export async function createEngine(spec: UploadSpec, callbacks: EngineCallbacks): Promise<UploadEngine> {
  const flow = await createFlow(spec);
  return new UploadEngine({ flow, concurrency: spec.concurrency, retryDelays: spec.retryDelays }, callbacks);
}

export type { UploadEngine };
