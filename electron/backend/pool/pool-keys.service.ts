import { parsePublicKeyFile } from '../signing/public-key-file';
import type { OpenPool } from './db/open-pool';
import { saveKey } from './keys.repository';

/** Registers an auditor's key from the file they sent; a key first trusted at use becomes registered. */
export async function registerKeyFile(pool: OpenPool, bytes: Buffer, now: string): Promise<{ ok: true; key: { fingerprint: string; name: string; trust: 'registriert' } } | { ok: false; message: string }> {
  const parsed = parsePublicKeyFile(bytes);
  if (!parsed.ok) return parsed;
  await saveKey(pool.db, { fingerprint: parsed.key.fingerprint, publicKey: parsed.key.publicKey, label: parsed.key.name, trust: 'registriert', now });
  return { ok: true, key: { fingerprint: parsed.key.fingerprint, name: parsed.key.name, trust: 'registriert' } };
}
