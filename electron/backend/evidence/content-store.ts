import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT_DIR = 'nachweise';
const PARTIAL_PREFIX = '.unfertig-';
const HASH = /^[0-9a-f]{64}$/;
/** Files younger than this may belong to an add another process (the CLI beside the app) has not committed yet. */
const SETTLED_AFTER_MS = 10 * 60 * 1000;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function fsyncDirectory(path: string): void {
  // Windows cannot open a directory for syncing; its rename is durable without it.
  if (process.platform === 'win32') return;
  const handle = openSync(path, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/**
 * Documents' bytes, content-addressed in `<data folder>/nachweise/<sha256>`: written whole to a
 * partial file, synced, and renamed into place, so that a file under its hash is always complete.
 * Which hashes are still needed is the database's to say (`removeUnreferenced`).
 */
export function createContentStore(dataDir: string) {
  const dir = join(dataDir, CONTENT_DIR);
  const pathOf = (sha256: string) => {
    if (!HASH.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(dir, sha256);
  };

  return {
    pathOf,

    /** Stores the bytes under their hash (once; the same content is kept once) and returns it. */
    put(bytes: Uint8Array): string {
      const sha256 = sha256Of(bytes);
      const target = pathOf(sha256);
      if (existsSync(target)) return sha256;
      mkdirSync(dir, { recursive: true });
      const partial = join(dir, `${PARTIAL_PREFIX}${randomUUID()}`);
      const handle = openSync(partial, 'wx');
      try {
        for (let written = 0; written < bytes.length; ) written += writeSync(handle, bytes, written);
        fsyncSync(handle);
      } finally {
        closeSync(handle);
      }
      renameSync(partial, target);
      fsyncDirectory(dir);
      return sha256;
    },

    /** The bytes stored under `sha256`, or why they cannot be served: missing, or not what the hash says. */
    get(sha256: string): { ok: true; bytes: Buffer } | { ok: false; problem: 'missing' | 'mismatch' } {
      const path = pathOf(sha256);
      if (!existsSync(path)) return { ok: false, problem: 'missing' };
      const bytes = readFileSync(path);
      return sha256Of(bytes) === sha256 ? { ok: true, bytes } : { ok: false, problem: 'mismatch' };
    },

    /** Deletes one content once no document needs it any more. */
    remove(sha256: string): void {
      rmSync(pathOf(sha256), { force: true });
    },

    /**
     * Deletes what an interrupted add left (partial files, content whose row was never committed)
     * and content no longer referenced; returns how many files went. `now` decides what is settled.
     */
    removeUnreferenced(referenced: ReadonlySet<string>, now = Date.now(), settledAfterMs = SETTLED_AFTER_MS): number {
      if (!existsSync(dir)) return 0;
      let removed = 0;
      for (const name of readdirSync(dir)) {
        const leftover = name.startsWith(PARTIAL_PREFIX) || (HASH.test(name) && !referenced.has(name));
        if (leftover && now - statSync(join(dir, name)).mtimeMs >= settledAfterMs) {
          rmSync(join(dir, name), { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;
