import { useCallback, useRef, useState } from 'react';
import { useFlushOnLeave } from '../../components/use-flush-on-leave';
import type { AnswerRecord } from '../../../../shared/contract';
import { ApiCallError, errorMessage } from '../../api/client';
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

function fingerprint(patch: Pick<AnswerPatch, 'value' | 'referenceDate' | 'comment'>): string {
  return JSON.stringify([patch.value, patch.referenceDate, patch.comment]);
}

/**
 * Saves an answer as soon as it is complete and valid: at once for choices, shortly after the
 * last keystroke for typed text, and immediately when the field is left or the page is hidden.
 * Invalid input is never sent; its German message stays until it is corrected.
 */
export function useAnswerAutosave(answer: AnswerRecord | undefined) {
  const save = useQuestionnaireStore((state) => state.save);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saved = useRef(answer ? fingerprint(answer) : fingerprint({ value: null, referenceDate: null, comment: '' }));
  const pending = useRef<(() => PatchResult) | null>(null);
  const timer = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const build = pending.current;
    pending.current = null;
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
      .catch((error: unknown) => setStatus({ kind: 'failed', message: errorMessage(error), stale: error instanceof ApiCallError && error.error.code === 'CONFLICT' && error.error.issues?.[0]?.path === 'value' }));
  }, [save]);

  /** Queue a save; `immediately` for choices and when leaving a field. */
  const schedule = useCallback(
    (build: () => PatchResult, immediately: boolean) => {
      pending.current = build;
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (immediately) flush();
      else timer.current = window.setTimeout(flush, TYPING_DELAY_MS);
    },
    [flush],
  );

  useFlushOnLeave(flush);

  return { status, schedule, flush };
}
