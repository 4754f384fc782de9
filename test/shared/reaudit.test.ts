import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/contract/cases';
import { caseInputSchema } from '../../shared/contract/cases';
import { reauditInput } from '../../shared/domain/reaudit';

const previous = {
  id: '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50',
  municipalityName: 'Altstadt',
  ags: '05711000',
  kind: 'kommune',
  landkreis: 'Kreis Beispiel',
  bundesland: '05',
  population: 41200,
  catalogueId: 'audit-familiengerechte-kommune',
  catalogueVersion: 1,
  modules: [{ id: 'praevention', name: 'Prävention' }],
  auditRound: 'erstaudit',
  previousCaseId: null,
  auditor: 'A. Prüferin',
  projectLead: { name: 'Frau Leitung', role: 'Amtsleitung', contact: 'leitung@altstadt.de' },
  notes: 'Notizen der ersten Runde',
} as unknown as CaseDetail;

describe('reauditInput', () => {
  it('fills the next round from the previous one and links them, without the old round\'s notes', () => {
    const input = reauditInput(previous);
    expect(input).toEqual({
      municipalityName: 'Altstadt',
      ags: '05711000',
      kind: 'kommune',
      landkreis: 'Kreis Beispiel',
      bundesland: '05',
      population: 41200,
      catalogueId: 'audit-familiengerechte-kommune',
      modules: ['praevention'],
      auditRound: 'reaudit',
      previousCaseId: previous.id,
      auditor: 'A. Prüferin',
      projectLead: { name: 'Frau Leitung', role: 'Amtsleitung', contact: 'leitung@altstadt.de' },
    });
    expect(caseInputSchema.safeParse(input).success).toBe(true);
  });
});
