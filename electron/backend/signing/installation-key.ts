import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';

/**
 * Each installation signs what it sends the association with its own Ed25519 key. The private
 * key is a file in the data folder (readable by its owner only) and nothing else: it is in no
 * database, backup, transfer file or workbook.
 */
export interface InstallationKey {
  privateKey: KeyObject;
  /** The public key as base64 of its SubjectPublicKeyInfo (DER), one line. */
  publicKey: string;
  fingerprint: string;
}

const KEY_FOLDER = 'signatur';
const PRIVATE_KEY_FILE = 'ed25519-privat.pem';

function privateKeyFile(dataDir: string): string {
  return join(dataDir, KEY_FOLDER, PRIVATE_KEY_FILE);
}

/** The SHA-256 of the key's DER encoding, hex; what the association compares. */
export function fingerprintOf(publicKeyBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
}

function fromPrivateKey(privateKey: KeyObject): InstallationKey {
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) };
}

/** The installation's key, made on first use. A damaged key file is an error, never silently replaced. */
export function loadOrCreateInstallationKey(dataDir: string): InstallationKey {
  const file = privateKeyFile(dataDir);
  if (existsSync(file)) {
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey(readFileSync(file, 'utf8'));
    } catch {
      throw new AppError('STORAGE', `Der Signaturschlüssel ${file} ist beschädigt. Bitte die Datei aus einer Sicherung des Datenordners wiederherstellen oder entfernen (dann entsteht ein neuer Schlüssel, den der Verband neu registrieren muss).`);
    }
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new AppError('STORAGE', `Der Signaturschlüssel ${file} ist kein Ed25519-Schlüssel.`);
    return fromPrivateKey(privateKey);
  }
  mkdirSync(join(dataDir, KEY_FOLDER), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pending = `${file}.neu`;
  writeFileSync(pending, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'w' });
  chmodSync(pending, 0o600);
  renameSync(pending, file);
  return fromPrivateKey(privateKey);
}

export function signText(key: InstallationKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

/** Whether `signature` (base64) is the signature of `text` under the public key (base64 SPKI DER); false for any malformed input. */
export function signatureValid(publicKeyBase64: string, text: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
