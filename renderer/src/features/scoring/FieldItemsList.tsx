import { useState } from 'react';
import { ITEM_KIND_LABELS, type FieldItem, type ItemKind } from '../../../../shared/contract';
import { errorMessage } from '../../api/client';
import { useScoringStore } from './scoring-store';

interface FieldItemsListProps {
  caseId: string;
  fieldId: string;
  kind: ItemKind;
  items: FieldItem[];
  editable: boolean;
}

function ItemRow({ caseId, item, index, count, editable }: { caseId: string; item: FieldItem; index: number; count: number; editable: boolean }) {
  const change = useScoringStore((state) => state.change);
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  const run = (promise: Promise<void>) => promise.then(() => setError(null)).catch((failure: unknown) => setError(errorMessage(failure)));

  return (
    <li className="item-row" data-testid={`item-${item.id}`}>
      {/* A text area as tall as its text, so every entry shows in full. */}
      <textarea
        rows={1}
        value={text}
        disabled={!editable}
        aria-label={`${ITEM_KIND_LABELS[item.kind]}, Eintrag ${index + 1}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text.trim() === item.text) return;
          if (text.trim() === '') {
            setError('Ein Eintrag braucht Text. Zum Entfernen „Löschen“ wählen.');
            return;
          }
          void run(change('scoring.updateItem', { caseId, itemId: item.id, text }));
        }}
        data-testid="item-text"
      />
      {editable && (
        <span className="item-actions">
          <button type="button" className="icon-button" disabled={index === 0} aria-label="Nach oben" onClick={() => void run(change('scoring.moveItem', { caseId, itemId: item.id, toPosition: index - 1 }))} data-testid="item-up">
            ↑
          </button>
          <button type="button" className="icon-button" disabled={index === count - 1} aria-label="Nach unten" onClick={() => void run(change('scoring.moveItem', { caseId, itemId: item.id, toPosition: index + 1 }))} data-testid="item-down">
            ↓
          </button>
          <button type="button" className="icon-button danger" aria-label="Löschen" onClick={() => void run(change('scoring.deleteItem', { caseId, itemId: item.id }))} data-testid="item-delete">
            ✕
          </button>
        </span>
      )}
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </li>
  );
}

/** Stärken, Schwächen or Handlungsbedarf of one field, in the auditor's order. */
export function FieldItemsList({ caseId, fieldId, kind, items, editable }: FieldItemsListProps) {
  const change = useScoringStore((state) => state.change);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const own = items.filter((item) => item.kind === kind);

  async function add() {
    if (draft.trim() === '') {
      setError('Bitte einen Text eingeben.');
      return;
    }
    try {
      await change('scoring.addItem', { caseId, fieldId, kind, text: draft });
      setDraft('');
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="items-list" aria-labelledby={`${fieldId}-${kind}`} data-testid={`items-${kind}`}>
      <h3 id={`${fieldId}-${kind}`}>
        {ITEM_KIND_LABELS[kind]} <span className="count">{own.length}</span>
      </h3>
      <ol>
        {own.map((item, index) => (
          <ItemRow key={`${item.id}-${item.text}`} caseId={caseId} item={item} index={index} count={own.length} editable={editable} />
        ))}
      </ol>
      {editable && (
        <form
          className="item-add"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <input value={draft} onChange={(event) => setDraft(event.target.value)} aria-label={`Neuer Eintrag: ${ITEM_KIND_LABELS[kind]}`} placeholder="Neuer Eintrag …" data-testid={`new-${kind}`} />
          <button type="submit" className="button secondary small" data-testid={`add-${kind}`}>
            Hinzufügen
          </button>
        </form>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
