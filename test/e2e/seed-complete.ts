import { createBackend } from '../../electron/backend/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { typedInvoke } from '../../shared/contract/invoke';
import { completeCase } from '../helpers/complete-case';

/** Creates a case in a data folder and fills in everything the formal checks look for. */
export async function seedCompleteCase(dataDir: string, name: string): Promise<string> {
  const backend = await createBackend({ dataDir });
  const invoke = typedInvoke(backend.dispatch);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await invoke(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  try {
    const created = await call('cases.create', { municipalityName: name, ags: '05711000', kind: 'kommune' });
    await completeCase({ call }, created.id);
    return created.id;
  } finally {
    await backend.close();
  }
}
