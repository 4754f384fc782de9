import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * A note beside the database, written after a clean close: the file's size and modification
 * time then. If the next open finds the note and the file unchanged (and no write-ahead log
 * left over), the app closed it properly and nothing touched it since, so the full page check
 * at start-up can be skipped; after a crash, or when a sync tool or anything else changed the
 * file, it runs. The note is removed on open, so a crash never leaves one behind.
 */
const markerOf = (file: string) => `${file}.sauber-geschlossen`;

interface FileState {
  size: number;
  mtimeMs: number;
}

function stateOf(file: string): FileState {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs };
}

/** True when the database was closed cleanly and is unchanged since; takes the note away either way. */
export function takeCleanCloseMarker(file: string): boolean {
  const marker = markerOf(file);
  if (!existsSync(marker)) return false;
  let unchanged: boolean;
  try {
    const noted = JSON.parse(readFileSync(marker, 'utf8')) as Partial<FileState>;
    const now = stateOf(file);
    unchanged = noted.size === now.size && noted.mtimeMs === now.mtimeMs && !existsSync(`${file}-wal`);
  } catch {
    unchanged = false;
  }
  try {
    rmSync(marker, { force: true });
  } catch {
    // A folder that cannot be written is reported by the open itself.
  }
  return unchanged;
}

export function writeCleanCloseMarker(file: string): void {
  try {
    if (existsSync(`${file}-wal`)) return;
    writeFileSync(markerOf(file), JSON.stringify(stateOf(file)));
  } catch {
    // Without the note the next start simply checks every page.
  }
}
