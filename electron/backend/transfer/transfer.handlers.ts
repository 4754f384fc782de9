import type { BackupsService } from '../backups/backups.service';
import type { HandlerSlice } from '../dispatcher';
import type { TransferService } from './transfer.service';

/** Moving a case between laptops. Taking one over takes an import backup first. */
export function transferHandlers({ transfer, backups }: { transfer: TransferService; backups: BackupsService }): HandlerSlice<'transfer'> {
  return {
    'transfer.exportCase': ({ caseId }) => transfer.exportCase(caseId),
    'transfer.previewCase': ({ fileName, contentBase64 }) => transfer.preview(fileName, contentBase64),
    'transfer.importCase': async ({ fileName, contentBase64, mode }) => {
      let backupBefore: { id: string; createdAt: string } | null = null;
      const result = await transfer.importCase(fileName, contentBase64, mode, async () => {
        const backup = await backups.create('import');
        backupBefore = { id: backup.id, createdAt: backup.createdAt };
      });
      return { ...result, backupBefore };
    },
  };
}
