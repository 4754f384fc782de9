import type { ProcedureDefinition } from './procedure';

export const AUDIT_FAMILIENGERECHTE_KOMMUNE: ProcedureDefinition = {
  id: 'audit-familiengerechte-kommune',
  name: 'Audit familiengerechte Kommune',
  phases: [
    { key: 'start-mandat', name: 'Start & Mandat' },
    { key: 'ist-analyse', name: 'Erhebung Status quo / IST-Analyse' },
    { key: 'analyse-strategie', name: 'Analyse & Strategieentwicklung' },
    { key: 'beteiligung', name: 'Beteiligungsphase', maxMonths: 3 },
    { key: 'ziele-massnahmen', name: 'Ziel- & Maßnahmendefinition', maxMonths: 3 },
    { key: 'ratsbeschluss', name: 'Ratsbeschluss Zielvereinbarung' },
    { key: 'zertifizierung', name: 'Begutachtung & Zertifizierung' },
    { key: 'umsetzung', name: 'Umsetzung', maxMonths: 36 },
    { key: 're-audit', name: 'Re-Audit / Bilanzierungsaudit' },
  ],
  auditSpan: { fromPhase: 'start-mandat', toPhase: 'zertifizierung', maxMonths: 12 },
  certificate: { phase: 'zertifizierung', validYears: 3 },
};
