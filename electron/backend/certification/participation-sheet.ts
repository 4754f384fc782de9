import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { Agreement, IdeaStore, Participation } from '../../../shared/contract';
import { IDEA_STATUS_LABELS, PARTICIPANT_GROUP_LABELS, PARTICIPANT_GROUPS } from '../../../shared/vocabulary/participation';
import type { DataCell, DataSheet } from '../xlsx/assessment-workbook';

/**
 * The sheet `Beteiligung`: one event or idea per row under stable headers, so that the
 * association can compare what participation produced across municipalities.
 */
export function participationSheet(catalogue: Catalogue, participation: Participation, ideas: IdeaStore, agreement: Agreement): DataSheet {
  const fieldName = new Map(catalogue.fields.map((field) => [field.id, `${field.code} ${field.name}`]));
  const measureNumber = new Map(agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures.map((measure) => [measure.id, measure.number] as const)))));
  const eventRow = (event: Participation['events'][number]): DataCell[] => [
    'Veranstaltung',
    event.id,
    event.formatId,
    event.formatName,
    event.heldOn ? { date: event.heldOn } : null,
    event.title,
    event.priorityFields.join(', '),
    event.priorityFields.map((id) => fieldName.get(id) ?? id).join('; '),
    event.participantTotal,
    ...PARTICIPANT_GROUPS.map((group) => event.participants[group] ?? 0),
    '',
    '',
    null,
    '',
    '',
    '',
  ];
  const ideaRow = (idea: IdeaStore['ideas'][number]): DataCell[] => [
    'Idee',
    idea.id,
    '',
    '',
    null,
    idea.text,
    idea.fieldId,
    fieldName.get(idea.fieldId) ?? idea.fieldId,
    null,
    ...PARTICIPANT_GROUPS.map(() => null),
    IDEA_STATUS_LABELS[idea.status],
    idea.status,
    idea.votes,
    idea.measureId ? (measureNumber.get(idea.measureId) ?? '') : '',
    idea.measureId ?? '',
    idea.eventId ?? '',
  ];
  return {
    name: 'Beteiligung',
    columns: [
      { title: 'Art', width: 14, kind: 'text' },
      { title: 'ID', width: 38, kind: 'text' },
      { title: 'Format-ID', width: 20, kind: 'text' },
      { title: 'Format', width: 26, kind: 'text' },
      { title: 'Datum', width: 12, kind: 'date' },
      { title: 'Titel oder Text', width: 50, kind: 'text' },
      { title: 'Feld-ID', width: 12, kind: 'text' },
      { title: 'Feld', width: 30, kind: 'text' },
      { title: 'Teilnehmende gesamt', width: 14, kind: 'number' },
      ...PARTICIPANT_GROUPS.map((group) => ({ title: PARTICIPANT_GROUP_LABELS[group], width: 12, kind: 'number' as const })),
      { title: 'Stand', width: 22, kind: 'text' },
      { title: 'Stand-ID', width: 16, kind: 'text' },
      { title: 'Punkte', width: 10, kind: 'number' },
      { title: 'Maßnahme', width: 12, kind: 'text' },
      { title: 'Maßnahmen-ID', width: 38, kind: 'text' },
      { title: 'Veranstaltungs-ID', width: 38, kind: 'text' },
    ],
    rows: [...participation.events.map(eventRow), ...ideas.ideas.map(ideaRow)],
  };
}
