import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeekKey, startBackupDue, type BackupEntry, type BackupKind } from '../../shared/backups/rotation';

const at = (createdAt: string, kind: BackupKind = 'start'): BackupEntry => ({ id: `${createdAt}-${kind}`, kind, createdAt });
const days = (from: string, count: number, kind: BackupKind = 'start') =>
  Array.from({ length: count }, (_, index) => at(new Date(Date.parse(`${from}T08:00:00Z`) - index * 86_400_000).toISOString(), kind));

describe('isoWeekKey', () => {
  it.each([
    ['2026-11-21T10:00:00Z', '2026-W47'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T00:00:00Z', '2026-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2021-01-03T00:00:00Z', '2020-W53'],
    ['2026-11-23T00:00:00Z', '2026-W48'],
  ])('%s lies in %s', (instant, week) => {
    expect(isoWeekKey(instant)).toBe(week);
  });
});

describe('backupsToKeep', () => {
  it('keeps everything while there are few backups', () => {
    const backups = days('2026-11-21', 3);
    expect(backupsToKeep(backups)).toEqual(new Set(backups.map((backup) => backup.id)));
  });

  it('keeps one backup for each of the last 7 days and then one per week for 4 weeks', () => {
    const backups = days('2026-11-21', 60);
    const kept = [...backupsToKeep(backups)].sort().reverse();
    expect(kept.map((id) => id.slice(0, 10))).toEqual([
      '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16', '2026-11-15',
      // Weeks 47 and 46 are already held by daily ones (21st and 15th); weeks 45 and 44 add their Sundays.
      '2026-11-08', '2026-11-01',
    ]);
  });

  it("keeps the day's start-up backup when an event backup is taken later that day, so the next start takes none", () => {
    const backups = [at('2026-11-21T18:00:00.000Z', 'import'), at('2026-11-21T08:00:00.000Z', 'start'), ...days('2026-11-20', 30)];
    const kept = backupsToKeep(backups);
    expect(kept.has('2026-11-21T08:00:00.000Z-start')).toBe(true);
    expect(kept.has('2026-11-21T18:00:00.000Z-import')).toBe(true);
    expect(startBackupDue(backups.filter((backup) => kept.has(backup.id)), '2026-11-21T20:00:00.000Z')).toBe(false);
  });

  it('keeps the newest of a day, not the first', () => {
    const backups = [at('2026-11-21T07:00:00.000Z', 'start'), at('2026-11-21T18:00:00.000Z', 'start'), ...days('2026-11-20', 20)];
    const kept = backupsToKeep(backups, { daily: 1, weekly: 0, recentEvents: 0 });
    expect([...kept]).toEqual(['2026-11-21T18:00:00.000Z-start']);
  });

  it('counts only days that have backups, so a long pause keeps older ones', () => {
    const backups = [...days('2026-11-21', 2), ...days('2026-06-01', 5)];
    expect(backupsToKeep(backups, { daily: 7, weekly: 0, recentEvents: 0 }).size).toBe(7);
  });

  it('keeps the newest event backups beyond the daily ones, and every manual backup', () => {
    const imports = Array.from({ length: 15 }, (_, index) => at(`2026-11-21T${String(index + 5).padStart(2, '0')}:00:00.000Z`, 'import'));
    const manual = [at('2020-01-01T00:00:00.000Z', 'manual'), at('2021-01-01T00:00:00.000Z', 'manual')];
    const kept = backupsToKeep([...imports, ...manual], { daily: 7, weekly: 4, recentEvents: 10 });
    expect(kept.size).toBe(12);
    for (const backup of manual) expect(kept.has(backup.id)).toBe(true);
    expect(kept.has(imports[4]!.id)).toBe(false);
    expect(kept.has(imports[5]!.id)).toBe(true);
  });
});

describe('startBackupDue', () => {
  it.each([
    { backups: [], due: true },
    { backups: [at('2026-11-21T06:00:00.000Z')], due: false },
    { backups: [at('2026-11-20T23:00:00.000Z')], due: true },
    { backups: [at('2026-11-21T06:00:00.000Z', 'import')], due: true },
  ])('with $backups.length backups: $due', ({ backups, due }) => {
    expect(startBackupDue(backups, '2026-11-21T12:00:00.000Z')).toBe(due);
  });
});
