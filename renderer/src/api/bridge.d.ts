import type { Result } from '../../../shared/contract/result';

/** What the preload exposes on window, and nothing more. */
export interface FamilienauditBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    familienaudit?: FamilienauditBridge;
  }
}
