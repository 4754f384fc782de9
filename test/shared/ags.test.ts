import { describe, expect, it } from 'vitest';
import { bundeslandMismatchMessage, checkAgs } from '../../shared/domain/ags';

describe('checkAgs', () => {
  it.each([
    { ags: '05711000', kind: 'kommune', expected: { ok: true, bundesland: '05' } },
    { ags: '09162000', kind: 'kommune', expected: { ok: true, bundesland: '09' } },
    { ags: '05 711 000', kind: 'kommune', expected: { ok: true, bundesland: '05' } },
    { ags: '05.711.000', kind: 'kommune', expected: { ok: true, bundesland: '05' } },
    { ags: '05766000', kind: 'kreis', expected: { ok: true, bundesland: '05' } },
    { ags: '16077001', kind: 'kommune', expected: { ok: true, bundesland: '16' } },
  ] as const)('accepts $ags as $kind', ({ ags, kind, expected }) => {
    expect(checkAgs(ags, kind)).toEqual(expected);
  });

  it.each([
    { ags: '', kind: 'kommune', message: /Bitte den Amtlichen Gemeindeschlüssel/ },
    { ags: '0571100', kind: 'kommune', message: /genau 8 Ziffern/ },
    { ags: '057110001', kind: 'kommune', message: /genau 8 Ziffern/ },
    { ags: '05A11000', kind: 'kommune', message: /genau 8 Ziffern/ },
    { ags: '17123000', kind: 'kommune', message: /beginnt mit 17/ },
    { ags: '00123000', kind: 'kommune', message: /beginnt mit 00/ },
    { ags: '05766012', kind: 'kreis', message: /endet auf 000/ },
  ] as const)('rejects $ags as $kind', ({ ags, kind, message }) => {
    const result = checkAgs(ags, kind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('bundeslandMismatchMessage', () => {
  it.each([
    { ags: '05711000', chosen: '05', expected: null },
    { ags: '05711000', chosen: '09', expected: 'Der AGS 05711000 gehört zu Nordrhein-Westfalen, nicht zu Bayern.' },
    { ags: 'kaputt', chosen: '09', expected: null },
  ] as const)('$ags in $chosen', ({ ags, chosen, expected }) => {
    expect(bundeslandMismatchMessage(ags, chosen)).toBe(expected);
  });
});
