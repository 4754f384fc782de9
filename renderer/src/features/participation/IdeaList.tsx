import { useState } from 'react';
import { Link } from 'react-router';
import type { Agreement, Idea, IdeaStore } from '../../../../shared/contract';
import { countOf } from '../../../../shared/domain/german-plural';
import { MANUAL_IDEA_STATUSES, type ManualIdeaStatus } from '../../../../shared/participation/ideas';
import { IDEA_STATUS_LABELS } from '../../../../shared/vocabulary/participation';
import { call, errorMessage } from '../../api/client';
import { useCaseData } from '../../api/use-case-data';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { useGoalsStore } from '../goals/goals-store';
import { IdeaImport } from './IdeaImport';
import { useIdeasStore } from './ideas-store';

const IDEA_AREAS = ['participation', 'goals'] as const;

function goalOptions(agreement: Agreement) {
  return agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.map((goal) => ({ id: goal.id, fieldId: field.id, label: `${goal.number} ${goal.title}` }))));
}

function measureOptions(agreement: Agreement) {
  return agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures.map((measure) => ({ id: measure.id, label: `${measure.number} ${measure.title}` })))));
}

/** Turns an idea into a new measure under a goal, or links it to an existing one; after the resolution as an amendment. */
function ToMeasure({ idea, agreement, onDone }: { idea: Idea; agreement: Agreement; onDone(): void }) {
  const submit = useIdeasStore((state) => state.submit);
  const loadGoals = useGoalsStore((state) => state.load);
  const goals = goalOptions(agreement);
  const [target, setTarget] = useState(goals.find((goal) => goal.fieldId === idea.fieldId)?.id ?? goals[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const adopted = agreement.adopted !== null;

  const save = async () => {
    setFailure(null);
    const parsed = parseGermanDate(date);
    if (adopted && (!parsed.ok || parsed.value === null)) return setFailure(parsed.ok ? 'Bitte das Datum der Änderung angeben.' : parsed.message);
    try {
      if (target.startsWith('measure:')) await submit(() => call('participation.linkIdea', { caseId: agreement.caseId, id: idea.id, measureId: target.slice('measure:'.length) }));
      else await submit(() => call('participation.ideaToMeasure', { caseId: agreement.caseId, id: idea.id, goalId: target, amendment: adopted ? { date: parsed.ok ? parsed.value : null, reason } : null }));
      await loadGoals(agreement.caseId);
      onDone();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <div className="idea-to-measure" data-testid="idea-to-measure">
      <FormField label="Neue Maßnahme unter dem Ziel, oder bestehende Maßnahme">
        <select value={target} onChange={(event) => setTarget(event.target.value)} data-testid="idea-target">
          <optgroup label="Neue Maßnahme unter">
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Mit bestehender Maßnahme verknüpfen">
            {measureOptions(agreement).map((measure) => (
              <option key={measure.id} value={`measure:${measure.id}`}>
                {measure.label}
              </option>
            ))}
          </optgroup>
        </select>
      </FormField>
      {adopted && !target.startsWith('measure:') && (
        <>
          <DateField label="Geändert am" value={date} onChange={(event) => setDate(event.target.value)} data-testid="idea-amendment-date" />
          <FormField label="Grund der Änderung">
            <input value={reason} onChange={(event) => setReason(event.target.value)} data-testid="idea-amendment-reason" />
          </FormField>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button primary small" onClick={() => void save()} disabled={!target} data-testid="idea-to-measure-save">
          Übernehmen
        </button>
        <button type="button" className="button secondary small" onClick={onDone}>
          Abbrechen
        </button>
        {goals.length === 0 && <span className="muted small">Zuerst ein Ziel in der Zielvereinbarung anlegen.</span>}
        {failure && (
          <span className="error-text" role="alert">
            {failure}
          </span>
        )}
      </div>
    </div>
  );
}

/** The idea's topic, for the Werkstatt-Modus's columns by topic; stored when the field is left. */
function TopicField({ data, idea }: { data: IdeaStore; idea: Idea }) {
  const change = useIdeasStore((state) => state.change);
  const [failure, setFailure] = useState<string | null>(null);
  const save = (cluster: string) => {
    if (cluster.trim() === idea.cluster) return;
    setFailure(null);
    change('participation.updateIdea', { caseId: data.caseId, id: idea.id, idea: { text: idea.text, fieldId: idea.fieldId, eventId: idea.eventId, group: idea.group, cluster } }).catch((error: unknown) => setFailure(errorMessage(error)));
  };
  return (
    <>
      <input
        key={idea.cluster}
        defaultValue={idea.cluster}
        maxLength={120}
        aria-label={`Thema der Idee „${idea.text}“`}
        disabled={data.lockReason !== null}
        onBlur={(event) => save(event.target.value)}
        onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        className="topic-input"
        data-testid="idea-topic"
      />
      {failure && (
        <small className="error-text" role="alert">
          {failure}
        </small>
      )}
    </>
  );
}

function StatusChoice({ data, idea }: { data: IdeaStore; idea: Idea }) {
  const change = useIdeasStore((state) => state.change);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const set = (status: ManualIdeaStatus, why = '') =>
    change('participation.setIdeaStatus', { caseId: data.caseId, id: idea.id, status, reason: why })
      .then(() => setRejecting(false))
      .catch((error: unknown) => setFailure(errorMessage(error)));
  if (idea.status === 'uebernommen') return <span>{IDEA_STATUS_LABELS.uebernommen}</span>;
  return (
    <div className="idea-status">
      <select
        value={rejecting ? 'verworfen' : idea.status}
        aria-label={`Stand der Idee „${idea.text}“`}
        disabled={data.lockReason !== null}
        onChange={(event) => {
          const status = event.target.value as ManualIdeaStatus;
          if (status === 'verworfen') setRejecting(true);
          else void set(status);
        }}
        data-testid="idea-status"
      >
        {MANUAL_IDEA_STATUSES.map((status) => (
          <option key={status} value={status}>
            {IDEA_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      {idea.status === 'verworfen' && !rejecting && <small className="muted block">{idea.statusReason}</small>}
      {rejecting && (
        <span className="inline-reason">
          <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Begründung" aria-label="Begründung für das Verwerfen" data-testid="idea-reason" />
          <button type="button" className="button secondary small" onClick={() => void set('verworfen', reason)} data-testid="idea-reject">
            Verwerfen
          </button>
        </span>
      )}
      {failure && (
        <small className="error-text" role="alert">
          {failure}
        </small>
      )}
    </div>
  );
}

/** Every idea by its dots, with its status, and the measure it became or a way to make it one. */
export function IdeaList({ caseId }: { caseId: string }) {
  const { data, error } = useCaseData(useIdeasStore, caseId, IDEA_AREAS);
  const { data: agreement } = useCaseData(useGoalsStore, caseId, IDEA_AREAS);
  const [converting, setConverting] = useState<string | null>(null);
  if (!data) return error ? <p className="alert error">{error}</p> : <p className="muted">Lädt …</p>;
  const fieldCode = new Map(data.fields.map((field) => [field.id, field.code]));
  const ranked = [...data.ideas].sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt));
  const locked = data.lockReason !== null;

  return (
    <section className="card" aria-labelledby="ideas-title" data-testid="idea-list">
      <div className="section-header">
        <h2 id="ideas-title">Ideenspeicher</h2>
        <Link to={`/werkstatt/${caseId}`} className="button primary" data-testid="open-werkstatt">
          Werkstatt-Modus
        </Link>
      </div>
      <p className="muted">
        {countOf(data.totals.ideas, 'Idee', 'Ideen')} · {countOf(data.totals.votes, 'Punkt', 'Punkte')} · {countOf(data.ideas.filter((idea) => idea.measureId).length, 'Idee', 'Ideen')} in Maßnahmen übernommen
      </p>
      <IdeaImport data={data} />
      {ranked.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Idee</th>
              <th scope="col">Feld</th>
              <th scope="col">Thema</th>
              <th scope="col" className="number">Punkte</th>
              <th scope="col">Stand</th>
              <th scope="col">Maßnahme</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((idea) => (
              <tr key={idea.id} data-testid="idea-row">
                <th scope="row">{idea.text}</th>
                <td>{fieldCode.get(idea.fieldId) ?? idea.fieldId}</td>
                <td>
                  <TopicField data={data} idea={idea} />
                </td>
                <td className="number">{idea.votes}</td>
                <td>
                  <StatusChoice data={data} idea={idea} />
                </td>
                <td>
                  {idea.measureLabel ? (
                    <Link to={`/faelle/${caseId}/ziele?fokus=massnahme-${idea.measureId}`} data-testid="idea-measure">
                      {idea.measureLabel}
                    </Link>
                  ) : converting === idea.id && agreement ? (
                    <ToMeasure idea={idea} agreement={agreement} onDone={() => setConverting(null)} />
                  ) : (
                    <button type="button" className="link-button" disabled={locked || converting !== null} onClick={() => setConverting(idea.id)} data-testid="idea-make-measure">
                      Zur Maßnahme machen …
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
