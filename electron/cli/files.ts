import { readFileSync, writeFileSync } from 'node:fs';
import type { FileOutput } from '../../shared/contract/common';
import { CliError, printJson } from './output';

/** A file the user named, read whole; one that cannot be read is a usage error (exit 2). */
export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`Die Datei ${path} kann nicht gelesen werden: ${(error as Error).message}`, 2);
  }
}

/**
 * Writes a file the backend produced and prints where and how big. `keepExisting` refuses to
 * replace a file that is there already (a usage error, exit 2); otherwise a failed write exits 1.
 */
export function writeFileOutput(path: string, file: FileOutput, options: { keepExisting?: boolean } = {}): void {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  try {
    writeFileSync(path, bytes, options.keepExisting ? { flag: 'wx' } : {});
  } catch (error) {
    throw new CliError(`Die Datei ${path} kann nicht geschrieben werden: ${(error as Error).message}`, options.keepExisting ? 2 : 1);
  }
  printJson({ file: path, bytes: bytes.length });
}
