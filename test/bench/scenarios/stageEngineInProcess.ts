/**
 * A stage's engine in the calling thread, for the profiler (which sees one thread): the engine
 * module itself, without the app's worker. Fetch only replaces understandMessage here.
 */
import { createCaptureEngine, type UnderstandFn } from '../../../main/capture/sync';
import type { StageEngineFactory } from './engineStages';

/** Stands in for understandMessage: every message "rejected" with no work done. */
const skipUnderstanding: UnderstandFn = async (raw, ctx) => ({ kind: 'rejected', rejected: { source: ctx.source, reason: 'unparseable', size: raw.length } });

export const inProcessStageEngine: StageEngineFactory = ({ tuning, ...common }, mode) =>
  createCaptureEngine({ ...common, clock: { now: () => Date.now() }, ...(mode === 'fetch-only' ? { understand: skipUnderstanding } : {}), ...tuning });
