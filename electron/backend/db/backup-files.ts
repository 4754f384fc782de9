import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BACKUP_KINDS, type BackupEntry, type BackupKind } from '../../../shared/backups/rotation';

const BACKUP_DIR_NAME = 'backups';

/** 2026-11-21T10-15-30-123Z__import__1a2b3c4d.sqlite: sortable, readable, unique, no path characters. */
const FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z__([a-z]+)__([0-9a-f]{8})\.sqlite$/;

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

export function backupFileName(kind: BackupKind, createdAt: string): string {
  return `${createdAt.replace(/[:.]/g, '-')}__${kind}__${randomUUID().slice(0, 8)}.sqlite`;
}

/** The entry a backup file name stands for; null for anything that is not one of ours. */
export function parseBackupFileName(name: string): BackupEntry | null {
  const match = FILE_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, kind] = match;
  if (!BACKUP_KINDS.includes(kind as BackupKind)) return null;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { id: name, kind: kind as BackupKind, createdAt };
}
