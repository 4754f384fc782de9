/** The only two IPC channels between the preload and the main process. */
export const IPC_INVOKE_CHANNEL = 'familienaudit:invoke';
export const IPC_EVENT_CHANNEL = 'familienaudit:event';
