import { AUDIT_FAMILIENGERECHTE_KOMMUNE } from './audit-familiengerechte-kommune';
import type { ProcedureDefinition } from './procedure';

export type { PhaseDefinition, ProcedureDefinition } from './procedure';

export const PROCEDURES: readonly ProcedureDefinition[] = [AUDIT_FAMILIENGERECHTE_KOMMUNE];

export const DEFAULT_PROCEDURE_ID = AUDIT_FAMILIENGERECHTE_KOMMUNE.id;

export function findProcedure(id: string): ProcedureDefinition | undefined {
  return PROCEDURES.find((procedure) => procedure.id === id);
}
