import type { HandlerSlice } from '../dispatcher';
import type { EventBus } from '../events';
import type { BackupsService } from './backups.service';

/** Backups and restore; a restore tells every window to show the restored data. */
export function backupsHandlers({ backups, events }: { backups: BackupsService; events: EventBus }): HandlerSlice<'backups'> {
  return {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.read': ({ backupId }) => backups.read(backupId),
    'backups.restore': async (input) => {
      const result = 'backupId' in input ? await backups.restoreBackup(input.backupId) : await backups.restoreUpload(input.fileName, input.contentBase64);
      events.emit('data.restored', { restoredFrom: result.restoredFrom });
      return result;
    },
  };
}
