import { DatabaseOpenError } from '../errors';
import { adviseOnOpenFailure, type OpenFailureAdvice } from './open-failure';
import { replaceDatabaseFile } from './recovery';

interface OpenWithRecoveryOptions<T> {
  dataDir: string;
  nativeBinding?: string;
  open(): Promise<T>;
  /** Shows the advice and asks whether to restore the offered backup. */
  confirmRestore(advice: OpenFailureAdvice): Promise<boolean>;
}

/**
 * Opens the data folder; when the database cannot be used, offers the newest intact backup and,
 * if the auditor agrees, sets the old database aside and opens the backup instead.
 * Without a backup, or when declined, the original error is thrown with the advice attached.
 */
export async function openWithRecovery<T>(options: OpenWithRecoveryOptions<T>): Promise<T> {
  try {
    return await options.open();
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    const advice = adviseOnOpenFailure(error, options.dataDir, options.nativeBinding);
    if (!advice.backup || !(await options.confirmRestore(advice))) throw new DatabaseOpenError(error.reason, advice.message);
    replaceDatabaseFile(options.dataDir, advice.backup.file, new Date(), options.nativeBinding);
    return options.open();
  }
}
