import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useState } from 'react';
import type { Agreement, MeasureOutput } from '../../../../shared/contract';
import { formatEuro } from '../../../../shared/domain/german-numbers';
import { errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAmendment, useGoalsStore } from './goals-store';
import { InlineAdd } from './InlineAdd';
import { MeasureEditor } from './MeasureEditor';
import { MeasureRow } from './MeasureRow';

export interface TreeFilter {
  fieldId: string;
  priority: string;
  status: string;
}

function matches(measure: MeasureOutput, filter: TreeFilter): boolean {
  return (!filter.priority || measure.priority === filter.priority) && (!filter.status || measure.status === filter.status || (filter.status === 'verspätet' && measure.late));
}

function NewMeasure({ caseId, goalId, linkableItems, linkableQuestions }: { caseId: string; goalId: string; linkableItems: Agreement['linkableItems']; linkableQuestions: { id: string; text: string }[] }) {
  const change = useGoalsStore((state) => state.change);
  const amendment = useAmendment();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button secondary small" onClick={() => setOpen(true)} data-testid="new-measure">
        + Maßnahme
      </button>
    );
  }
  return (
    <MeasureEditor
      initial={null}
      linkableItems={linkableItems}
      linkableQuestions={linkableQuestions}
      submitLabel="Maßnahme anlegen"
      onCancel={() => setOpen(false)}
      onSubmit={async (measure) => {
        await change('goals.addMeasure', { caseId, goalId, measure, amendment });
        setOpen(false);
      }}
    />
  );
}

export function GoalTree({ data, filter, questionsByField }: { data: Agreement; filter: TreeFilter; questionsByField: Map<string, { id: string; text: string }[]> }) {
  // After the resolution the tree changes by recorded amendments, also once the certificate is granted.
  const changeable = data.editable || data.amendable;
  const change = useGoalsStore((state) => state.change);
  const amendment = useAmendment();
  const [error, setError] = useState<string | null>(null);
  const run = (promise: Promise<void>) => promise.then(() => setError(null)).catch((failure: unknown) => setError(errorMessage(failure)));
  const add = (kind: 'strategic' | 'goal', parentId: string) => (title: string) =>
    change('goals.addNode', { caseId: data.caseId, kind, parentId, title, amendment }).catch((failure: unknown) => {
      throw new Error(errorMessage(failure));
    });
  // Removing a strategic goal or goal takes everything below it, so it is confirmed first.
  const [pendingRemoval, setPendingRemoval] = useState<{ kind: 'strategic' | 'goal'; id: string; label: string; count: number } | null>(null);
  const remove = (kind: 'strategic' | 'goal', id: string, label: string, count: number) => setPendingRemoval({ kind, id, label, count });
  const filtering = Boolean(filter.priority || filter.status);

  return (
    <div className="goal-tree" data-testid="goal-tree">
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {data.fields
        .filter((field) => !filter.fieldId || field.id === filter.fieldId)
        .map((field) => (
          <section key={field.id} id={fixElementId.goalField(field.id)} className="card goal-field" aria-labelledby={`goals-${field.id}`} data-testid={`goals-field-${field.id}`}>
            <header className="goal-field-head">
              <h2 id={`goals-${field.id}`}>
                {field.code} {field.name}
              </h2>
              <span className="muted" data-testid={`field-budget-${field.id}`}>
                Budget {formatEuro(field.budget)}
              </span>
            </header>
            {field.strategicGoals.map((strategic) => (
              <div key={strategic.id} className="strategic-goal">
                <h3>
                  <span className="measure-number">{strategic.number}</span> {strategic.title}
                  {changeable && (
                    <button
                      type="button"
                      className="icon-button danger"
                      onClick={() => remove('strategic', strategic.id, `Strategisches Ziel ${strategic.number} „${strategic.title}“`, strategic.goals.reduce((sum, goal) => sum + goal.measures.length, 0))}
                      aria-label={`Strategisches Ziel ${strategic.number} löschen`}
                      data-testid={`remove-strategic-${strategic.number}`}
                    >
                      ✕
                    </button>
                  )}
                </h3>
                {strategic.goals.map((goal) => {
                  const shown = goal.measures.filter((measure) => matches(measure, filter));
                  return (
                    <div key={goal.id} id={fixElementId.goal(goal.id)} className="goal" data-testid={`goal-${goal.number}`}>
                      <h4>
                        <span className="measure-number">{goal.number}</span> {goal.title}
                        {changeable && (
                          <button
                            type="button"
                            className="icon-button danger"
                            onClick={() => remove('goal', goal.id, `Ziel ${goal.number} „${goal.title}“`, goal.measures.length)}
                            aria-label={`Ziel ${goal.number} löschen`}
                            data-testid={`remove-goal-${goal.number}`}
                          >
                            ✕
                          </button>
                        )}
                      </h4>
                      <ol className="measures">
                        {shown.map((measure) => (
                          <MeasureRow
                            key={`${measure.id}-${measure.number}`}
                            caseId={data.caseId}
                            goalId={goal.id}
                            measure={measure}
                            index={goal.measures.indexOf(measure)}
                            count={goal.measures.length}
                            editable={changeable && !filtering}
                            linkableItems={data.linkableItems.filter((item) => item.fieldId === field.id)}
                            linkableQuestions={questionsByField.get(field.id) ?? []}
                          />
                        ))}
                      </ol>
                      {changeable && !filtering && (
                        <NewMeasure
                          caseId={data.caseId}
                          goalId={goal.id}
                          linkableItems={data.linkableItems.filter((item) => item.fieldId === field.id)}
                          linkableQuestions={questionsByField.get(field.id) ?? []}
                        />
                      )}
                    </div>
                  );
                })}
                {changeable && <InlineAdd label="Neues Ziel …" testId={`new-goal-${strategic.number}`} onAdd={add('goal', strategic.id)} />}
              </div>
            ))}
            {changeable && <InlineAdd label="Neues strategisches Ziel …" testId={`new-strategic-${field.id}`} onAdd={add('strategic', field.id)} />}
          </section>
        ))}
      <ConfirmDialog
        open={pendingRemoval !== null}
        title="Wirklich löschen?"
        message={
          pendingRemoval
            ? `${pendingRemoval.label} wird mit ${pendingRemoval.count === 1 ? 'einer Maßnahme' : `${pendingRemoval.count} Maßnahmen`} darunter gelöscht.`
            : ''
        }
        confirmLabel="Löschen"
        onCancel={() => setPendingRemoval(null)}
        onConfirm={() => {
          if (pendingRemoval) void run(change('goals.remove', { caseId: data.caseId, kind: pendingRemoval.kind, id: pendingRemoval.id, amendment }));
          setPendingRemoval(null);
        }}
      />
    </div>
  );
}
