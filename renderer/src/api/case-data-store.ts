import { dequal } from 'dequal';
import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { call, errorMessage } from './client';

/** The methods whose answer is the whole of a feature's state `T` (see the contract). */
type MethodsAnswering<T> = { [M in MethodName]: MethodOutput<M> extends T ? M : never }[MethodName];

export interface CaseDataState<T, C extends MethodName> {
  /** The state of the case on screen; null while it loads. */
  data: T | null;
  /** Why loading failed, in German. */
  error: string | null;
  /** Loads (or reloads) the case's state; another case's state is dropped at once. */
  load(caseId: string): Promise<void>;
  /** Runs a change; changes run one after another, and each answers with the whole new state. */
  change<M extends C>(method: M, input: MethodInput<M>): Promise<void>;
  /** Applies any other request that answers with the whole state (an autosave), with the same guard. */
  track(request: () => Promise<T>): Promise<void>;
  /** Runs a request that answers with the whole state and more (the id it wrote) in the queue of changes, and returns its answer. */
  submit<R extends T>(request: () => Promise<R>): Promise<R>;
}

interface CaseDataOptions<C extends MethodName> {
  /** After a change was stored and shown, e.g. to reset UI state it used. */
  onChanged?<M extends C>(method: M, input: MethodInput<M>): void;
  /** When another case comes on screen, e.g. to clear UI state of the one before. */
  onOtherCase?(): void;
}

/**
 * One store per feature for a case's data, the one way pages hold it: loading, changes that run
 * one after another, and a guard that an older answer never replaces a newer one and an answer
 * for another case is never shown. Refreshing on other windows' changes is useCaseData's part.
 */
export function createCaseDataStore<T extends { caseId: string }, C extends MethodsAnswering<T>>(fetch: (caseId: string) => Promise<T>, options: CaseDataOptions<C> = {}) {
  let queue: Promise<unknown> = Promise.resolve();
  let issued = 0;
  let applied = 0;
  /** The case on screen; answers for any other case are dropped. */
  let shownCaseId: string | null = null;

  return create<CaseDataState<T, C>>((set, get) => {
    async function track(request: () => Promise<T>): Promise<void> {
      const sequence = ++issued;
      const data = await request();
      if (sequence > applied && data.caseId === shownCaseId) {
        applied = sequence;
        // A reload that finds nothing changed keeps the shown object, so the page does not draw itself again.
        if (!dequal(get().data, data)) set({ data });
      }
    }

    return {
      data: null,
      error: null,
      track,
      async load(caseId) {
        shownCaseId = caseId;
        if (get().data?.caseId !== caseId) {
          set({ data: null, error: null });
          options.onOtherCase?.();
        }
        try {
          await track(() => fetch(caseId));
          set({ error: null });
        } catch (error) {
          set({ error: errorMessage(error) });
        }
      },
      submit<R extends T>(request: () => Promise<R>): Promise<R> {
        const next = queue.catch(() => undefined).then(async () => {
          let answer: R | undefined;
          await track(async () => {
            const value = await request();
            answer = value;
            return value;
          });
          return answer!;
        });
        queue = next;
        return next;
      },
      change(method, input) {
        const next = queue
          .catch(() => undefined)
          .then(async () => {
            // C holds only methods that answer with T (MethodsAnswering), which TypeScript cannot see through the generic M.
            await track(() => call(method, input) as Promise<T>);
            options.onChanged?.(method, input);
          });
        queue = next;
        return next;
      },
    };
  });
}
