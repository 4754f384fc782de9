import { createPublicKey } from 'node:crypto';
import { z } from '../../../shared/zod';
import type { FileOutput } from '../../../shared/contract/common';
import { safeFileStem } from '../../../shared/domain/file-names';
import { fingerprintOf, type InstallationKey } from './installation-key';

const FORMAT = 'familienaudit-schluessel';

const publicKeyFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  name: z.string().max(200),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  publicKey: z.string().max(200),
});
type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

/** The public half of the installation's key as a small JSON file; the private key never leaves the data folder. */
export function publicKeyFile(key: InstallationKey, name: string | null): FileOutput {
  const content: PublicKeyFile = { format: FORMAT, version: 1, name: name ?? '', fingerprint: key.fingerprint, publicKey: key.publicKey };
  return { fileName: `Schluessel_${safeFileStem(name ?? 'Familienaudit')}.json`, contentBase64: Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8').toString('base64') };
}

const MAX_KEY_FILE_BYTES = 4096;

/** A key file the association received, checked: its shape, an Ed25519 key, and a fingerprint that belongs to it. */
export function parsePublicKeyFile(bytes: Buffer): { ok: true; key: PublicKeyFile } | { ok: false; message: string } {
  if (bytes.length > MAX_KEY_FILE_BYTES) return { ok: false, message: 'Die Datei ist zu groß für eine Schlüsseldatei von Familienaudit.' };
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'Die Datei ist keine Schlüsseldatei von Familienaudit (kein JSON).' };
  }
  const parsed = publicKeyFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'Die Datei ist keine Schlüsseldatei von Familienaudit (Aufbau stimmt nicht).' };
  try {
    if (createPublicKey({ key: Buffer.from(parsed.data.publicKey, 'base64'), format: 'der', type: 'spki' }).asymmetricKeyType !== 'ed25519') throw new Error('kein Ed25519');
  } catch {
    return { ok: false, message: 'Der Schlüssel in der Datei ist kein gültiger Ed25519-Schlüssel.' };
  }
  if (fingerprintOf(parsed.data.publicKey) !== parsed.data.fingerprint) return { ok: false, message: 'Der Fingerabdruck in der Datei gehört nicht zu ihrem Schlüssel; die Datei wurde verändert.' };
  return { ok: true, key: parsed.data };
}
