/** Why a backup was taken. Only "manual" backups are the auditor's own and never rotated away. */
export const BACKUP_KINDS = ['start', 'migration', 'import', 'delete', 'restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  start: 'Beim Start (täglich)',
  migration: 'Vor einer Datenbank-Aktualisierung',
  import: 'Vor einem Import',
  delete: 'Vor dem Löschen eines Auditfalls',
  restore: 'Vor einer Wiederherstellung',
  manual: 'Manuell',
};

export interface BackupEntry {
  id: string;
  kind: BackupKind;
  /** ISO 8601 instant, UTC. */
  createdAt: string;
}

interface RotationPolicy {
  /** The newest start-up backup of each of the last N days that have one (an event backup never takes its place). */
  daily: number;
  /** The newest backup of each of the last N ISO weeks that have backups. */
  weekly: number;
  /** The newest N backups taken before a migration, import, deletion or restore. */
  recentEvents: number;
}

const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, recentEvents: 10 };

/** ISO 8601 week, e.g. "2026-W47" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(instant: string): string {
  const date = new Date(`${instant.slice(0, 10)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const weekYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 24 * 3600 * 1000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

function newestPerPeriod(backups: BackupEntry[], period: (entry: BackupEntry) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of backups) {
    const key = period(backup);
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > count) break;
    kept.push(backup.id);
  }
  return kept;
}

/**
 * The backups a rotation keeps. Periods count only days and weeks that have backups, so a laptop
 * left in a drawer for a month comes back with its old backups intact. Manual backups stay.
 */
export function backupsToKeep(backups: BackupEntry[], policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const automatic = newestFirst.filter((backup) => backup.kind !== 'manual');
  const events = automatic.filter((backup) => backup.kind !== 'start');
  const starts = automatic.filter((backup) => backup.kind === 'start');
  return new Set([
    ...newestFirst.filter((backup) => backup.kind === 'manual').map((backup) => backup.id),
    // Start-up backups only: were an event backup the day's newest, the start-up one would go and the next start take another.
    ...newestPerPeriod(starts, (backup) => backup.createdAt.slice(0, 10), policy.daily),
    ...newestPerPeriod(automatic, (backup) => isoWeekKey(backup.createdAt), policy.weekly),
    ...events.slice(0, policy.recentEvents).map((backup) => backup.id),
  ]);
}

/** Whether a start-up backup is due: at most one a day. */
export function startBackupDue(backups: BackupEntry[], now: string): boolean {
  return !backups.some((backup) => backup.kind === 'start' && backup.createdAt.slice(0, 10) === now.slice(0, 10));
}
