/**
 * The upload engine's entry point, loaded by the element only when the first file is added —
 * together with Uppy, so a page that never uploads never downloads either.
 */
import { DashFlow, type DashFlowOptions } from './dash-flow.js';
import { UploadEngine, type EngineCallbacks, type EngineOptions } from './engine.js';
import { SocialFlow, type SocialFlowOptions } from './social-flow.js';

/** Which backend the files go to, and how. A plain object, so it can cross the lazy boundary. */
export type UploadSpec = Omit<EngineOptions, 'flow'> &
  (({ target: 'dash' } & DashFlowOptions) | ({ target: 'dash-social' } & SocialFlowOptions));

export function createEngine(spec: UploadSpec, callbacks: EngineCallbacks): UploadEngine {
  const flow = spec.target === 'dash' ? new DashFlow(spec) : new SocialFlow(spec);
  return new UploadEngine({ flow, limit: spec.limit, retryDelays: spec.retryDelays }, callbacks);
}

export type { UploadEngine };
