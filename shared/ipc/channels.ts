/** Channel names of the Electron transport. Zod-free, so the preload bundle stays tiny. */
export const IPC_INVOKE_CHANNEL = 'blindcopy:invoke';
export const IPC_EVENT_CHANNEL = 'blindcopy:event';
