/**
 * The upload engine's entry point, loaded by the element only when the first file is added —
 * together with Uppy, so a page that never uploads never downloads either. Each flow is its own
 * chunk: a Dash guest upload never loads the Dash Social code, and the other way round.
 */
import type { DashFlowOptions } from './dash-flow.js';
import { loadUppy, UploadEngine, type EngineCallbacks, type EngineOptions } from './engine.js';
import type { UploadFlow } from './flow.js';
import type { SocialFlowOptions } from './social-flow.js';

/** Which backend the files go to, and how. A plain object, so it can cross the lazy boundary. */
export type UploadSpec = Omit<EngineOptions, 'flow'> &
  (({ target: 'dash' } & DashFlowOptions) | ({ target: 'dash-social' } & SocialFlowOptions));

async function createFlow(spec: UploadSpec): Promise<UploadFlow> {
  if (spec.target === 'dash-social') {
    const { SocialFlow } = await import('./social-flow.js');
    return new SocialFlow(spec);
  }
  const { DashFlow } = await import('./dash-flow.js');
  return new DashFlow(spec);
}

export async function createEngine(spec: UploadSpec, callbacks: EngineCallbacks): Promise<UploadEngine> {
  // Uppy starts loading alongside the flow rather than after it: one round trip, not two.
  const [flow] = await Promise.all([createFlow(spec), loadUppy()]);
  return new UploadEngine({ flow, limit: spec.limit, retryDelays: spec.retryDelays }, callbacks);
}

export type { UploadEngine };
