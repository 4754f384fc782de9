import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';

/** Fills a data folder with numbered cases through the real dispatcher. */
export async function seedCases(dataDir: string, count: number): Promise<void> {
  const backend = await createBackend({ dataDir });
  // Test data only: skip the per-commit fsync that protects real work.
  backend.database.sqlite.pragma('synchronous = OFF');
  const invoke = typedInvoke(backend.dispatch);
  try {
    for (let index = 1; index <= count; index += 1) {
      const number = String(index).padStart(4, '0');
      const result = await invoke('cases.create', {
        municipalityName: `Gemeinde ${number}`,
        ags: `0571${number}`,
        kind: 'kommune',
        population: index * 10,
      });
      if (!result.ok) throw new Error(result.error.message);
    }
  } finally {
    await backend.close();
  }
}
