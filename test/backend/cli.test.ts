import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli', () => {
  it('creates, lists and shows cases as JSON', () => {
    const dir = tempDir();
    const created = cli(['--data-dir', dir, 'cases', 'create', '--name', 'Musterstadt', '--ags', '05711000', '--kind', 'kommune']);
    expect(created.code, created.stderr).toBe(0);
    const { id, municipalityName } = JSON.parse(created.stdout) as { id: string; municipalityName: string };
    expect(municipalityName).toBe('Musterstadt');

    const listed = cli(['--data-dir', dir, 'cases', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((item) => item.id)).toEqual([id]);

    const shown = cli(['cases', 'show', id, '--json'], { FAMILIENAUDIT_DATA_DIR: dir });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id, ags: '05711000', phases: expect.any(Array) });
  }, 60_000);

  it.each([
    { args: ['cases', 'create', '--name', 'X', '--ags', '123', '--kind', 'kommune'], stderr: /Der AGS besteht aus genau 8 Ziffern/ },
    { args: ['cases', 'create', '--name', 'X'], stderr: /required option '--ags <ags>'[\s\S]*Usage: familienaudit cases create/ },
    { args: ['cases', 'create', '--name', 'X', '--ags', '05711000', '--kind', 'dorf'], stderr: /Allowed choices are kommune, kreis/ },
    { args: ['cases', 'show', '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50'], stderr: /Der Auditfall wurde nicht gefunden/ },
    { args: ['unbekannt'], stderr: /unknown command 'unbekannt'/ },
  ])('refuses $args with exit code 2 and a message on stderr', ({ args, stderr }) => {
    const result = cli(['--data-dir', tempDir(), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
  }, 60_000);
});
