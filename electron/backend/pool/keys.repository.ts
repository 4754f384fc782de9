import type { Kysely, Transaction } from 'kysely';
import type { PoolSchema } from './db/pool-schema';

type Db = Kysely<PoolSchema> | Transaction<PoolSchema>;

/** A key is added once; a later registration of a key first trusted at use upgrades it. */
export async function saveKey(db: Db, key: { fingerprint: string; publicKey: string; label: string; trust: 'registriert' | 'erstnutzung'; now: string }): Promise<void> {
  await db
    .insertInto('pool_keys')
    .values({ fingerprint: key.fingerprint, public_key: key.publicKey, label: key.label, trust: key.trust, registered_at: key.now })
    .onConflict((conflict) => (key.trust === 'registriert' ? conflict.column('fingerprint').doUpdateSet({ trust: 'registriert', label: key.label, registered_at: key.now }) : conflict.column('fingerprint').doNothing()))
    .execute();
}
