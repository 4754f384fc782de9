import type { Readable } from 'node:stream';

interface AutosaveListener {
  onReady(): void;
  onAck(key: string, n: number): void;
}

/** Reads the autosave child's stdout line by line: `ready` once, then `ack <key> <n>` per acknowledged write. */
export function followAutosaveOutput(stdout: Readable, listener: AutosaveListener): void {
  let buffered = '';
  stdout.setEncoding('utf8');
  stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') listener.onReady();
      const [word, key, n] = line.split(' ');
      if (word === 'ack' && key && n) listener.onAck(key, Number(n));
    }
  });
}
