/**
 * Loaded by the test/demo server before the app's own script: connects to the WebSocket
 * binding with the token handed over in the URL fragment (never served in a file, so only the
 * browser the harness launched knows it), then removes the token from the address bar.
 */
import type { BlindcopyBridge } from '../../../shared/ipc/contract';
import { createWebSocketBridge } from './webSocketBridge';

declare global {
  interface Window {
    blindcopy?: BlindcopyBridge;
  }
}

const params = new URLSearchParams(location.hash.slice(1));
const token = params.get('bc-token') ?? '';
history.replaceState(null, '', location.pathname + location.search);
const socket = new WebSocket(`ws://${location.host}/__blindcopy_ipc?token=${encodeURIComponent(token)}`);
window.blindcopy = createWebSocketBridge(socket);
