import { BUNDESLAENDER, isBundeslandCode, type BundeslandCode } from './bundeslaender';
import type { CaseKind } from '../vocabulary/cases';

/**
 * The Amtlicher Gemeindeschlüssel (AGS) has 8 digits: Land (2), Regierungsbezirk (1),
 * Kreis (2), Gemeinde (3). A Kreis is keyed by its first five digits, so in the 8-digit form
 * its Gemeinde part is 000.
 */
type AuditedBodyKind = CaseKind;

type AgsCheck = { ok: true; bundesland: BundeslandCode } | { ok: false; message: string };

export function normalizeAgs(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function checkAgs(raw: string, kind?: AuditedBodyKind): AgsCheck {
  const ags = normalizeAgs(raw);
  if (ags.length === 0) {
    return { ok: false, message: 'Bitte den Amtlichen Gemeindeschlüssel (AGS) angeben.' };
  }
  if (!/^\d{8}$/.test(ags)) {
    return { ok: false, message: 'Der AGS besteht aus genau 8 Ziffern, z. B. 05711000.' };
  }
  const landCode = ags.slice(0, 2);
  if (!isBundeslandCode(landCode)) {
    return {
      ok: false,
      message: `Der AGS beginnt mit ${landCode}; gültig sind 01 bis 16 (der Schlüssel des Bundeslandes).`,
    };
  }
  if (kind === 'kreis' && !ags.endsWith('000')) {
    return {
      ok: false,
      message: 'Der AGS eines Kreises endet auf 000 (die ersten fünf Ziffern bezeichnen den Kreis).',
    };
  }
  return { ok: true, bundesland: landCode };
}

export function bundeslandMismatchMessage(ags: string, chosen: BundeslandCode): string | null {
  const check = checkAgs(ags);
  if (!check.ok || check.bundesland === chosen) return null;
  return `Der AGS ${normalizeAgs(ags)} gehört zu ${BUNDESLAENDER[check.bundesland]}, nicht zu ${BUNDESLAENDER[chosen]}.`;
}
