import type { Catalogue } from '../catalogue/catalogue-schema';
import type { PhaseDates } from '../domain/timeline';

interface FormatWarning {
  phaseKey: string | null;
  kind: 'format-fehlt';
  severity: 'warnung';
  message: string;
}

/**
 * A required format without any event, once its time is over: its phase has ended or a later
 * phase has begun (a format of no phase: once the certificate's phase has begun).
 */
export function missingFormatWarnings(procedure: Pick<Catalogue, 'phases' | 'participation' | 'certificate'>, stored: readonly PhaseDates[], eventFormatIds: ReadonlySet<string>): FormatWarning[] {
  const byKey = new Map(stored.map((phase) => [phase.key, phase]));
  const keys = procedure.phases.map((phase) => phase.key);
  const begunAfter = (index: number) => keys.slice(index + 1).some((key) => byKey.get(key)?.actualStart);
  const isOver = (phaseKey: string | undefined): boolean => {
    if (phaseKey === undefined) return Boolean(byKey.get(procedure.certificate.phase)?.actualStart);
    const index = keys.indexOf(phaseKey);
    return index >= 0 && (Boolean(byKey.get(phaseKey)?.actualEnd) || begunAfter(index));
  };
  return procedure.participation.formats
    .filter((format) => format.required && !eventFormatIds.has(format.id) && isOver(format.phase))
    .map((format) => {
      const phaseName = procedure.phases.find((phase) => phase.key === format.phase)?.name;
      return {
        phaseKey: format.phase ?? null,
        kind: 'format-fehlt',
        severity: 'warnung',
        message: `${format.name}: vorgesehen${phaseName ? ` in der Phase „${phaseName}“` : ''}, aber keine Veranstaltung erfasst.`,
      };
    });
}
