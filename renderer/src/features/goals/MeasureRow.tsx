import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useState } from 'react';
import type { MeasureOutput } from '../../../../shared/contract';
import { formatGermanMonth } from '../../../../shared/domain/german-dates';
import { formatEuro } from '../../../../shared/domain/german-numbers';
import { errorMessage } from '../../api/client';
import { useAmendment, useGoalsStore } from './goals-store';
import { MeasureEditor } from './MeasureEditor';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EvidenceClip } from '../evidence/EvidenceClip';

interface MeasureRowProps {
  caseId: string;
  goalId: string;
  measure: MeasureOutput;
  index: number;
  count: number;
  editable: boolean;
  linkableItems: { id: string; kind: string; text: string }[];
  linkableQuestions: { id: string; text: string }[];
}

export function MeasureRow({ caseId, goalId, measure, index, count, editable, linkableItems, linkableQuestions }: MeasureRowProps) {
  const change = useGoalsStore((state) => state.change);
  const load = useGoalsStore((state) => state.load);
  const amendment = useAmendment();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const run = (promise: Promise<void>) => promise.then(() => setError(null)).catch((failure: unknown) => setError(errorMessage(failure)));
  const move = (toPosition: number) => run(change('goals.move', { caseId, kind: 'measure', id: measure.id, parentId: goalId, toPosition, amendment }));

  if (editing) {
    return (
      <li className="measure editing" id={fixElementId.measure(measure.id)} data-testid={`measure-${measure.number}`}>
        <MeasureEditor
          initial={measure}
          linkableItems={linkableItems}
          linkableQuestions={linkableQuestions}
          submitLabel="Maßnahme speichern"
          onCancel={() => setEditing(false)}
          onSubmit={async (input, expectedUpdatedAt) => {
            await change('goals.updateMeasure', { caseId, measureId: measure.id, measure: input, amendment, ...(expectedUpdatedAt ? { expectedUpdatedAt } : {}) });
            setEditing(false);
          }}
          onReload={() => load(caseId)}
        />
      </li>
    );
  }

  return (
    <li
      className={`measure status-${measure.status} ${measure.late ? 'late' : ''}`}
      id={fixElementId.measure(measure.id)}
      data-testid={`measure-${measure.number}`}
      draggable={editable}
      onDragStart={(event) => event.dataTransfer.setData('application/x-familienaudit-measure', JSON.stringify({ id: measure.id, goalId }))}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const dragged = event.dataTransfer.getData('application/x-familienaudit-measure');
        if (!dragged) return;
        const { id } = JSON.parse(dragged) as { id: string };
        if (id !== measure.id) void run(change('goals.move', { caseId, kind: 'measure', id, parentId: goalId, toPosition: index, amendment }));
      }}
    >
      <span className="measure-number">{measure.number}</span>
      <div className="measure-main">
        <strong data-testid="measure-title">{measure.title}</strong>
        <span className="muted small">
          {[measure.responsibleUnit, measure.responsiblePerson].filter(Boolean).join(', ') || 'ohne Zuständigkeit'}
          {' · '}
          {measure.startMonth || measure.endMonth ? `${formatGermanMonth(measure.startMonth) || '?'} – ${formatGermanMonth(measure.endMonth) || '?'}` : 'ohne Zeitraum'}
          {measure.carriedFrom && ' · aus der Vorrunde übernommen'}
        </span>
        <EvidenceClip caseId={caseId} place={`measure:${measure.id}`} label={`Maßnahme ${measure.number}`} />
        {measure.fromIdeas.length > 0 && (
          <span className="small from-ideas" data-testid="measure-ideas">
            Aus der Beteiligung: {measure.fromIdeas.map((idea) => `„${idea.text}“`).join(', ')}
          </span>
        )}
      </div>
      <span className="measure-budget number" data-testid="measure-budget">
        {measure.budget === null ? '–' : `${formatEuro(measure.budget)}`}
        {measure.budgetNote && <small className="muted block">{measure.budgetNote}</small>}
      </span>
      <span className={`badge priority-${measure.priority}`}>{measure.priority}</span>
      <span className={`badge status-${measure.status}`} data-testid="measure-status">
        {measure.status}
        {measure.late && ' · verspätet'}
      </span>
      {editable && (
        <span className="item-actions">
          <button type="button" className="icon-button" onClick={() => setEditing(true)} aria-label={`Maßnahme ${measure.number} bearbeiten`} data-testid="measure-edit">
            ✎
          </button>
          <button type="button" className="icon-button" disabled={index === 0} onClick={() => void move(index - 1)} aria-label="Nach oben">
            ↑
          </button>
          <button type="button" className="icon-button" disabled={index === count - 1} onClick={() => void move(index + 1)} aria-label="Nach unten">
            ↓
          </button>
          <button
            type="button"
            className="icon-button danger"
            onClick={() => setConfirmRemoval(true)}
            aria-label={`Maßnahme ${measure.number} löschen`}
            data-testid="measure-remove"
          >
            ✕
          </button>
        </span>
      )}
      <ConfirmDialog
        open={confirmRemoval}
        title="Maßnahme löschen?"
        message={`Maßnahme ${measure.number} „${measure.title}“ wird gelöscht.`}
        confirmLabel="Löschen"
        testIdPrefix="measure-remove-confirm"
        onCancel={() => setConfirmRemoval(false)}
        onConfirm={() => {
          setConfirmRemoval(false);
          void run(change('goals.remove', { caseId, kind: 'measure', id: measure.id, amendment }));
        }}
      />
      {error && (
        <p className="error-text full-row" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
