import { describe, expect, it } from 'vitest';
import { AUDIT_TERMS, roundLabel, termsOf } from '../../shared/catalogue/terminology';
import { shippedCatalogue } from '../helpers/catalogues';

describe('termsOf', () => {
  it.each([
    ['audit', 'agreement', 'Zielvereinbarung'],
    ['audit', 'nextRound', 'Re-Audit'],
    ['bw', 'agreement', 'Handlungskonzept'],
    ['bw', 'resolutionOfAgreement', 'Gemeinderatsbeschluss zum Handlungskonzept'],
    ['bw', 'certificate', 'Qualitätssiegel'],
    ['bw', 'auditor', 'Prozessbegleitung'],
    ['bw', 'nextRound', 'Fortschreibung'],
  ] as const)('%s: %s is „%s“', (which, key, word) => {
    expect(termsOf(shippedCatalogue(which))[key]).toBe(word);
  });

  it('takes the audit’s word for every term a catalogue leaves out', () => {
    expect(termsOf({ terminology: { report: 'Bericht' } })).toEqual({ ...AUDIT_TERMS, report: 'Bericht' });
    expect(termsOf({})).toEqual(AUDIT_TERMS);
  });

  it.each([
    ['erstaudit', 'Erstverfahren'],
    ['reaudit', 'Fortschreibung'],
  ] as const)('the Managementverfahren calls the round %s „%s“', (round, label) => {
    expect(roundLabel(termsOf(shippedCatalogue('bw')), round)).toBe(label);
  });
});
