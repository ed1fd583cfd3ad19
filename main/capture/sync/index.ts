/** The sync engine (DESIGN "How data flows" 1, 2, 4): its public surface. */
export { createCaptureEngine, UnknownSourceError } from './createCaptureEngine';
export { AttachmentUnavailableError } from './downloadAttachment';
export type {
  BatchSink,
  CaptureEngine,
  CaptureEngineOptions,
  CaptureSource,
  RetryPolicy,
  SourceStats,
  UnderstandBase,
  UnderstandFn,
} from './types';
