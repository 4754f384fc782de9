import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Idea, IdeaStore } from '../../../../shared/contract';
import { countOf } from '../../../../shared/domain/german-plural';
import { call, errorMessage } from '../../api/client';
import { useCaseData } from '../../api/use-case-data';
import { DataPending } from '../../components/DataPending';
import { useIdeasStore } from './ideas-store';

/** What the last actions did, so that each can be taken back (newest first). */
type Undoable = { kind: 'add'; id: string; text: string } | { kind: 'vote'; id: string; delta: 1 | -1; text: string };

const IDEAS_AREAS = ['participation', 'goals', 'case'] as const;

interface Column {
  key: string;
  title: string;
  /** The field new ideas of this column go to. */
  fieldId: string;
  cluster: string;
  ideas: Idea[];
}

function columnsOf(data: IdeaStore, byCluster: boolean): Column[] {
  if (!byCluster) {
    return data.fields.map((field) => ({ key: field.id, title: `${field.code} ${field.name}`, fieldId: field.id, cluster: '', ideas: data.ideas.filter((idea) => idea.fieldId === field.id) }));
  }
  const clusters = [...new Set(data.ideas.map((idea) => idea.cluster))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'de')));
  return clusters.map((cluster) => {
    const ideas = data.ideas.filter((idea) => idea.cluster === cluster);
    return { key: `cluster-${cluster}`, title: cluster || 'Ohne Thema', fieldId: ideas[0]?.fieldId ?? data.fields[0]?.id ?? '', cluster, ideas };
  });
}

interface IdeaCardProps {
  text: string;
  votes: number;
  status: Idea['status'];
  row: number;
  ideaId: string;
  onKeyDown(event: KeyboardEvent<HTMLElement>, ideaId: string): void;
}

/** One idea on the board; with hundreds on screen, a vote redraws only the idea it changed. */
const IdeaCard = memo(
  function IdeaCard({ text, votes, status, row, ideaId, onKeyDown }: IdeaCardProps) {
    return (
      <div className={`werkstatt-idea status-${status}`} tabIndex={0} data-row={row} role="group" aria-label={`${text}: ${countOf(votes, 'Punkt', 'Punkte')}. Plus und Minus vergeben Punkte.`} onKeyDown={(event) => onKeyDown(event, ideaId)} data-testid="werkstatt-idea">
        <span className="werkstatt-text">{text}</span>
        <span className="werkstatt-votes" aria-hidden="true" data-testid="werkstatt-votes">
          {votes}
        </span>
      </div>
    );
  },
  (before, after) => before.text === after.text && before.votes === after.votes && before.status === after.status && before.row === after.row && before.ideaId === after.ideaId,
);

/**
 * The Werkstatt-Modus for the projector in a workshop room: one column per field (or per topic),
 * large type, Enter adds the idea typed, + and − vote on the focused idea, Strg+Z takes the last
 * action back. Every action is stored at once, one after another, before the next is sent.
 */
export function WorkshopModePage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data, error } = useCaseData(useIdeasStore, id, IDEAS_AREAS);
  const submit = useIdeasStore((state) => state.submit);
  const [byCluster, setByCluster] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [undoStack, setUndoStack] = useState<Undoable[]>([]);
  const [pending, setPending] = useState(0);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>({ kind: 'ok', text: 'Alles gespeichert' });
  const board = useRef<HTMLDivElement>(null);
  const eventId = search.get('veranstaltung');

  if (!data) return <DataPending error={error} />;
  const event = data.events.find((candidate) => candidate.id === eventId) ?? null;
  const columns = columnsOf(data, byCluster);
  const locked = data.lockReason !== null;

  async function run<R extends IdeaStore>(request: () => Promise<R>, done: string): Promise<R | null> {
    setPending((count) => count + 1);
    try {
      const answer = await submit(request);
      setStatus({ kind: 'ok', text: done });
      return answer;
    } catch (failure) {
      setStatus({ kind: 'error', text: `Nicht gespeichert: ${errorMessage(failure)}` });
      return null;
    } finally {
      setPending((count) => count - 1);
    }
  }

  async function add(column: Column) {
    const text = (drafts[column.key] ?? '').trim();
    if (!text || locked) return;
    setDrafts((current) => ({ ...current, [column.key]: '' }));
    const saved = await run(() => call('participation.addIdea', { caseId: id, idea: { text, fieldId: column.fieldId, eventId: event?.id ?? null, cluster: column.cluster } }), `Gespeichert: „${text}“`);
    if (saved) setUndoStack((stack) => [{ kind: 'add', id: saved.savedId, text }, ...stack]);
    else setDrafts((current) => ({ ...current, [column.key]: text }));
  }

  async function vote(idea: Idea, delta: 1 | -1) {
    if (locked || (delta === -1 && idea.votes === 0)) return;
    const saved = await run(() => call('participation.vote', { caseId: id, id: idea.id, delta }), `${delta > 0 ? 'Punkt für' : 'Punkt weg von'} „${idea.text}“`);
    if (saved) setUndoStack((stack) => [{ kind: 'vote', id: idea.id, delta, text: idea.text }, ...stack]);
  }

  async function undo() {
    const [last, ...rest] = undoStack;
    if (!last || locked) return;
    const request = last.kind === 'add' ? () => call('participation.removeIdea', { caseId: id, id: last.id }) : () => call('participation.vote', { caseId: id, id: last.id, delta: last.delta === 1 ? -1 : 1 });
    const saved = await run(request, `Rückgängig: ${last.kind === 'add' ? `„${last.text}“ entfernt` : `Punkt für „${last.text}“ zurückgenommen`}`);
    if (saved) setUndoStack(rest);
  }

  /** Arrow keys move between the ideas like a grid (over empty columns); + and − vote on the focused one. */
  function onIdeaKey(keyEvent: KeyboardEvent<HTMLElement>, idea: Idea, columnIndex: number, row: number) {
    const ideasIn = (column: number) => [...(board.current?.querySelectorAll<HTMLElement>(`[data-column="${column}"] [data-row]`) ?? [])];
    const across = (step: 1 | -1) => {
      for (let column = columnIndex + step; column >= 0 && column < columns.length; column += step) {
        const ideas = ideasIn(column);
        if (ideas.length > 0) return ideas[Math.min(row, ideas.length - 1)]?.focus();
      }
    };
    if (keyEvent.key === '+' || keyEvent.key === '=') void vote(idea, 1);
    else if (keyEvent.key === '-' || keyEvent.key === '−') void vote(idea, -1);
    else if (keyEvent.key === 'ArrowDown') ideasIn(columnIndex)[row + 1]?.focus();
    else if (keyEvent.key === 'ArrowUp') (row === 0 ? board.current?.querySelector<HTMLElement>(`[data-column="${columnIndex}"] input`) : ideasIn(columnIndex)[row - 1])?.focus();
    else if (keyEvent.key === 'ArrowRight') across(1);
    else if (keyEvent.key === 'ArrowLeft') across(-1);
    else return;
    keyEvent.preventDefault();
  }

  // A card keeps the handler of its last drawing; it finds its idea by id and its neighbours in the page.
  const onCardKey = (keyEvent: KeyboardEvent<HTMLElement>, ideaId: string) => {
    const columnIndex = columns.findIndex((column) => column.ideas.some((idea) => idea.id === ideaId));
    const row = columns[columnIndex]?.ideas.findIndex((idea) => idea.id === ideaId) ?? -1;
    const idea = columns[columnIndex]?.ideas[row];
    if (idea) onIdeaKey(keyEvent, idea, columnIndex, row);
  };

  function onBoardKey(keyEvent: KeyboardEvent<HTMLElement>) {
    const typing = keyEvent.target instanceof HTMLInputElement && keyEvent.target.value !== '';
    if ((keyEvent.ctrlKey || keyEvent.metaKey) && keyEvent.key.toLowerCase() === 'z' && !typing) {
      keyEvent.preventDefault();
      void undo();
    }
  }

  return (
    <div className="werkstatt" data-testid="werkstatt" onKeyDown={onBoardKey}>
      <header className="werkstatt-header">
        <div>
          <h1>Ideenspeicher{event ? ` – ${event.label}` : ''}</h1>
          <p className="werkstatt-total" data-testid="werkstatt-total" aria-live="polite">
            {countOf(data.totals.ideas, 'Idee', 'Ideen')} · {countOf(data.totals.votes, 'Punkt', 'Punkte')}
          </p>
        </div>
        <div className="werkstatt-controls">
          <label>
            Veranstaltung{' '}
            <select
              value={event?.id ?? ''}
              onChange={(change) => setSearch(change.target.value ? { veranstaltung: change.target.value } : {}, { replace: true })}
              data-testid="werkstatt-event"
            >
              <option value="">ohne Veranstaltung</option>
              {data.events.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button secondary" aria-pressed={byCluster} onClick={() => setByCluster(!byCluster)} data-testid="werkstatt-by-cluster">
            {byCluster ? 'Nach Feldern' : 'Nach Themen'}
          </button>
          <button type="button" className="button secondary" onClick={() => void undo()} disabled={undoStack.length === 0 || locked} data-testid="werkstatt-undo">
            Rückgängig (Strg+Z)
          </button>
          <button type="button" className="button secondary" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            Vollbild
          </button>
          <Link to={`/faelle/${id}/beteiligung`} className="button primary" data-testid="werkstatt-close">
            Beenden
          </Link>
        </div>
      </header>
      <p className={`werkstatt-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="werkstatt-status">
        {pending > 0 ? 'Speichert …' : status.text}
      </p>
      {locked && <p className="alert warning">{data.lockReason}</p>}
      <div className="werkstatt-board" ref={board} style={{ gridTemplateColumns: `repeat(${Math.max(columns.length, 1)}, minmax(13rem, 1fr))` }}>
        {columns.map((column, columnIndex) => (
          <section key={column.key} className="werkstatt-column" data-column={columnIndex} aria-labelledby={`werkstatt-col-${columnIndex}`} data-testid={`werkstatt-column-${column.key}`}>
            <h2 id={`werkstatt-col-${columnIndex}`}>{column.title}</h2>
            {!byCluster && (
              <input
                value={drafts[column.key] ?? ''}
                onChange={(change) => setDrafts((current) => ({ ...current, [column.key]: change.target.value }))}
                onKeyDown={(keyEvent) => {
                  if (keyEvent.key === 'Enter') {
                    keyEvent.preventDefault();
                    void add(column);
                  } else if (keyEvent.key === 'ArrowDown') {
                    keyEvent.preventDefault();
                    board.current?.querySelector<HTMLElement>(`[data-column="${columnIndex}"] [data-row="0"]`)?.focus();
                  }
                }}
                placeholder="Neue Idee …"
                aria-label={`Neue Idee für ${column.title}`}
                maxLength={2000}
                disabled={locked}
                data-testid="werkstatt-input"
              />
            )}
            <ul className="werkstatt-ideas">
              {column.ideas.map((idea, row) => (
                <li key={idea.id}>
                  <IdeaCard text={idea.text} votes={idea.votes} status={idea.status} row={row} ideaId={idea.id} onKeyDown={onCardKey} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="werkstatt-help">Tab und Pfeiltasten wählen eine Idee · + und − vergeben Punkte · Enter speichert eine neue Idee · Strg+Z nimmt die letzte Aktion zurück</p>
    </div>
  );
}
