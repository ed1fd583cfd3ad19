/** The capture engine's "understand" step (DESIGN "How data flows" 3): its public surface. */
export { understandMessage } from './understandMessage';
export { isTooLarge, rejectTooLarge, MAX_CAPTURE_BYTES, type EnvelopeInfo } from './rejections';
export type { DnsResolver, UnderstandContext, Understood } from './context';
