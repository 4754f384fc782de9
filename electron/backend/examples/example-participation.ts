import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ParticipantCounts } from '../../../shared/contract/participation';
import { addMonths, wholeMonthsBetween } from '../../../shared/domain/dates';
import type { Random } from './random-source';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** When a phase of the example ran; `end` is null while it is under way. */
export interface PhaseSpan {
  begin: string;
  end: string | null;
}

const MEMBERS: MethodInput<'participation.saveMember'>['member'][] = [
  { name: 'Bürgermeisterin Beispiel', group: 'verwaltung', role: 'Bürgermeister/in' },
  { name: 'Frau Beispiel', group: 'verwaltung', role: 'Projektleitung', contact: 'familie@beispiel.de' },
  { name: 'Herr Muster', group: 'gemeinderat', role: 'Fraktion (Vertreter/in)' },
  { name: 'Frau Engagiert', group: 'buergerschaft', role: 'Elternbeirat' },
  { name: 'Herr Betrieb', group: 'wirtschaft', role: 'Gewerbeverein' },
  { name: 'Frau Träger', group: 'traeger', role: 'Familienzentrum' },
];

const PROTOCOL = [
  'Begrüßung durch die Bürgermeisterin; die Prozessbegleitung stellt den Ablauf vor.',
  '',
  'Ergebnisse:',
  '- Mehr Betreuung am Nachmittag und in den Ferien',
  '- Treffpunkte für Jung und Alt in den Ortsteilen',
  '- Ein Bürgerbus für die Abendstunden',
  '',
  'Nächste Schritte:',
  '1. Ideen in der Projektgruppe bündeln',
  '2. Ergebnisse im Gemeinderat vorstellen',
].join('\n');

const IDEAS = ['Betreuung auch in den Ferien', 'Treffpunkt für Jung und Alt', 'Bürgerbus am Abend', 'Mehr Bänke und Schatten auf dem Marktplatz', 'Familienwegweiser im Internet', 'Sichere Schulwege', 'Nachbarschaftshilfe organisieren', 'Spielplatz im Neubaugebiet'];

function countsFor(citizens: boolean, random: Random): ParticipantCounts {
  return citizens
    ? { buerger: random.int(30, 90), jugend: random.int(5, 25), vereine: random.int(3, 10), unternehmen: random.int(1, 4), verwaltung: random.int(2, 5), politik: random.int(2, 6) }
    : { verwaltung: random.int(4, 9), politik: random.int(2, 5), vereine: random.int(1, 4), experten: random.int(1, 3) };
}

/**
 * The facilitator’s side of the example: the project group, and one event of every
 * format in the middle of its phase (a Strategiewerkstatt twice, as rounds hold several), each
 * with participants by group and a protocol; formats after the certificate are held once a year
 * before `today`.
 */
export async function addParticipation(call: Call, caseId: string, catalogue: Catalogue, phases: ReadonlyMap<string, PhaseSpan>, today: string, random: Random): Promise<void> {
  const citizensEvent = await addEvents(call, caseId, catalogue, phases, today, random);
  await addIdeas(call, caseId, catalogue, citizensEvent, random);
}

/** The ideas of the citizens' workshop with their dots; the two with most dots became measures of the agreement. */
async function addIdeas(call: Call, caseId: string, catalogue: Catalogue, eventId: string | null, random: Random): Promise<void> {
  const ids: string[] = [];
  for (const [index, text] of IDEAS.entries()) {
    const field = catalogue.fields[index % catalogue.fields.length]!;
    ids.push((await call('participation.addIdea', { caseId, idea: { text, fieldId: field.id, eventId, group: index % 3 === 0 ? 'jugend' : 'buerger', votes: random.int(0, 12) } })).savedId);
  }
  const store = await call('participation.ideas', { caseId });
  const ranked = [...store.ideas].sort((a, b) => b.votes - a.votes);
  const agreement = await call('goals.get', { caseId });
  const used = new Set<string>();
  for (const idea of ranked.slice(0, 2)) {
    const measures = agreement.fields.find((field) => field.id === idea.fieldId)?.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)) ?? [];
    const measure = measures.find((candidate) => !used.has(candidate.id));
    if (!measure) continue;
    used.add(measure.id);
    await call('participation.linkIdea', { caseId, id: idea.id, measureId: measure.id });
  }
  const rejected = ranked.at(-1);
  if (rejected) await call('participation.setIdeaStatus', { caseId, id: rejected.id, status: 'verworfen', reason: 'Im Haushalt derzeit nicht darstellbar' });
  const kept = ranked[2];
  if (kept) await call('participation.setIdeaStatus', { caseId, id: kept.id, status: 'aufgenommen', reason: '' });
}

/** One event per format, the citizens' one returned for its ideas. */
async function addEvents(call: Call, caseId: string, catalogue: Catalogue, phases: ReadonlyMap<string, PhaseSpan>, today: string, random: Random): Promise<string | null> {
  let citizensEvent: string | null = null;
  const firstPhase = phases.get(catalogue.phases[0]!.key);
  for (const member of MEMBERS) await call('participation.saveMember', { caseId, member: { ...member, from: firstPhase?.begin ?? null } });
  const priorityFields = catalogue.fields.slice(0, 3).map((field) => field.id);
  for (const format of catalogue.participation.formats) {
    const span = format.phase ? phases.get(format.phase) : firstPhase;
    if (!span) continue;
    const end = span.end ?? addMonths(span.begin, 12);
    const months = Math.max(wholeMonthsBetween(span.begin, end), 1);
    const sessions = format.id === 'strategiewerkstatt' ? 2 : 1;
    for (let session = 1; session <= sessions; session += 1) {
      const heldOn = addMonths(span.begin, Math.floor((months * session) / (sessions + 1)));
      if (heldOn >= today) continue;
      const saved = await call('participation.saveEvent', {
        caseId,
        event: {
          formatId: format.id,
          title: sessions > 1 ? `${format.name} ${session}` : format.citizens ? 'Wie wollen wir hier künftig leben?' : '',
          heldOn,
          place: format.citizens ? 'Stadthalle' : 'Rathaus, Sitzungssaal',
          moderation: 'Prozessbegleitung',
          agenda: 'Begrüßung; Rückblick; Arbeit in Gruppen; Ergebnisse und nächste Schritte',
          participants: countsFor(format.citizens, random),
          organisations: format.citizens ? [] : [{ organisation: 'Jugendamt', role: 'Fachbereichsleitung' }, { organisation: 'Familienzentrum', role: 'Leitung' }],
          priorityFields: format.choosesPriorities ? priorityFields : [],
          protocol: PROTOCOL,
        },
      });
      if (format.citizens && citizensEvent === null) citizensEvent = saved.savedId;
    }
  }
  return citizensEvent;
}
