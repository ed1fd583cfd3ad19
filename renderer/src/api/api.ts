/**
 * The renderer's door to main: window.blindcopy, put there by the preload in the app, or by the
 * WebSocket bridge script in tests and the demo. The renderer never knows which.
 */
import { createApi } from '../../../shared/ipc/client';
import type { BlindcopyApi, BlindcopyBridge } from '../../../shared/ipc/contract';
import { failure } from '../../../shared/failures/failure';

declare global {
  interface Window {
    blindcopy?: BlindcopyBridge;
  }
}

let cached: BlindcopyApi | undefined;

export function api(): BlindcopyApi {
  if (cached) return cached;
  const bridge = window.blindcopy;
  if (!bridge) throw failure('internal', 'The Blindcopy core is not connected.');
  cached = createApi(bridge);
  return cached;
}
