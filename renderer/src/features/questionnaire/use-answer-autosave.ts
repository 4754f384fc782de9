import { useCallback, useRef, useState } from 'react';
import { useFlushOnLeave } from '../../components/use-flush-on-leave';
import type { AnswerRecord } from '../../../../shared/contract';
import { errorMessage, isStaleWrite } from '../../api/client';
import { useQuestionnaireStore, type AnswerPatch } from './questionnaire-store';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; field: 'value' | 'stichtag'; message: string }
  /** `stale`: another window changed the answer since this one loaded it; nothing was stored. */
  | { kind: 'failed'; message: string; stale?: boolean }
  /** Not stored yet for a passing reason (a locked database); the value is kept and sent again. */
  | { kind: 'retrying'; message: string };

export type PatchResult = { ok: true; patch: AnswerPatch } | { ok: false; field: 'value' | 'stichtag'; message: string };

// Short enough that an answer is stored within 100 ms of the last keystroke (npm run bench).
const TYPING_DELAY_MS = 60;

const NO_ANSWER = { value: null, referenceDate: null, comment: '' };

function fingerprint(patch: Pick<AnswerPatch, 'value' | 'referenceDate' | 'comment'>): string {
  return JSON.stringify([patch.value, patch.referenceDate, patch.comment]);
}

/** Statuses in which the input holds something the user typed that is not stored (or not yet known to be). */
const UNSETTLED: ReadonlySet<SaveStatus['kind']> = new Set(['saving', 'invalid', 'failed', 'retrying']);

/**
 * Saves an answer as soon as it is complete and valid: at once for choices, shortly after the
 * last keystroke for typed text, and immediately when the field is left or the page is hidden.
 * Invalid input is never sent; its German message stays until it is corrected.
 */
export function useAnswerAutosave(answer: AnswerRecord | undefined) {
  const save = useQuestionnaireStore((state) => state.save);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  /** A change is waiting for its save (typing delay); what the input shows is then not stored. */
  const [waiting, setWaiting] = useState(false);
  const saved = useRef(fingerprint(answer ?? NO_ANSWER));
  const pending = useRef<(() => PatchResult) | null>(null);
  const timer = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const build = pending.current;
    pending.current = null;
    setWaiting(false);
    if (!build) return;
    const result = build();
    if (!result.ok) {
      setStatus({ kind: 'invalid', field: result.field, message: result.message });
      return;
    }
    const print = fingerprint(result.patch);
    if (print === saved.current) {
      setStatus((current) => (current.kind === 'invalid' ? { kind: 'saved' } : current));
      return;
    }
    setStatus({ kind: 'saving' });
    save(result.patch, (message) => setStatus({ kind: 'retrying', message }))
      .then(() => {
        saved.current = print;
        setStatus({ kind: 'saved' });
      })
      .catch((error: unknown) => setStatus({ kind: 'failed', message: errorMessage(error), stale: isStaleWrite(error) }));
  }, [save]);

  /** Queue a save; `immediately` for choices and when leaving a field. */
  const schedule = useCallback(
    (build: () => PatchResult, immediately: boolean) => {
      pending.current = build;
      setWaiting(true);
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (immediately) flush();
      else timer.current = window.setTimeout(flush, TYPING_DELAY_MS);
    },
    [flush],
  );

  /** The input now shows this stored answer (another window's, or a reloaded one): it counts as saved. */
  const showStored = useCallback((stored: AnswerRecord | undefined) => {
    saved.current = fingerprint(stored ?? NO_ANSWER);
  }, []);

  /** Forgets a failure, so that the input takes the stored answer again. */
  const dismissFailure = useCallback(() => setStatus((current) => (current.kind === 'failed' ? { kind: 'idle' } : current)), []);

  useFlushOnLeave(flush);

  return { status, schedule, flush, showStored, dismissFailure, unsettled: waiting || UNSETTLED.has(status.kind) };
}
