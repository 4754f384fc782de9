import { formatGermanDate } from '../../../../shared/domain/dates';
import { formatGermanDecimal, formatGermanInteger } from '../../../../shared/domain/german-numbers';
import { countOf } from '../../../../shared/domain/german-plural';
import { IDEA_STATUS_LABELS, IDEA_STATUSES, PARTICIPANT_GROUP_LABELS, PARTICIPANT_GROUPS } from '../../../../shared/vocabulary/participation';
import { ReportTable } from './ReportSections';
import type { ReportData } from './use-report-data';

/** What participation produced: the events with their participants, the ideas by field and status, and the measures they became. */
export function ParticipationSection({ data }: { data: ReportData }) {
  const { participation, summary, detail } = data;
  const groups = PARTICIPANT_GROUPS.filter((group) => (summary.participants[group] ?? 0) > 0);
  const fields = participation.fields.filter((field) => (summary.ideasByField[field.id]?.total ?? 0) > 0);
  const share = summary.measures === 0 ? '–' : `${formatGermanDecimal(summary.shareFromParticipation * 100, 0)} %`;
  return (
    <section className="report-section page-break" data-testid="report-participation">
      <h2>4. Beteiligung</h2>
      {detail.motto && <p>Motto: „{detail.motto}“</p>}
      <p data-testid="report-participation-summary">
        {countOf(summary.events, 'Veranstaltung', 'Veranstaltungen')} ({summary.eventsHeld} mit Datum und Teilnehmenden, davon {summary.citizenEventsHeld} mit Bürgerinnen und Bürgern),{' '}
        {formatGermanInteger(summary.participants.total ?? 0)} Teilnehmende, {countOf(summary.ideas, 'Idee', 'Ideen')}; {summary.measuresFromParticipation} von {countOf(summary.measures, 'Maßnahme', 'Maßnahmen')} ({share}) aus der Beteiligung.
      </p>
      {participation.events.length > 0 && (
        <ReportTable columns={[['Datum', '14%'], ['Format', '30%'], ['Titel', '34%'], ['Teilnehmende', '22%']]}>
          <tbody>
            {participation.events.map((event) => (
              <tr key={event.id}>
                <td>{event.heldOn ? formatGermanDate(event.heldOn) : '–'}</td>
                <td>{event.formatName}</td>
                <td>{event.title || '–'}</td>
                <td className="number">{formatGermanInteger(event.participantTotal)}</td>
              </tr>
            ))}
          </tbody>
        </ReportTable>
      )}
      {groups.length > 0 && <p>Teilnehmende nach Gruppe: {groups.map((group) => `${PARTICIPANT_GROUP_LABELS[group]} ${formatGermanInteger(summary.participants[group] ?? 0)}`).join(' · ')}</p>}
      {fields.length > 0 && (
        <ReportTable columns={[[detail.fieldLabel, '46%'], ['Ideen', '12%'], ['Stand', '42%']]}>
          <tbody>
            {fields.map((field) => {
              const counts = summary.ideasByField[field.id]!;
              const states = IDEA_STATUSES.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${IDEA_STATUS_LABELS[status]}`);
              return (
                <tr key={field.id}>
                  <td>
                    {field.code} {field.name}
                  </td>
                  <td className="number">{counts.total}</td>
                  <td>{states.join(' · ')}</td>
                </tr>
              );
            })}
          </tbody>
        </ReportTable>
      )}
    </section>
  );
}
