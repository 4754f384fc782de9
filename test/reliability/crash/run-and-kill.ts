import { spawn } from 'node:child_process';
import { followAutosaveOutput } from './autosave-output';

interface Run {
  acks: Map<string, number>;
  highest: number;
  exitSignal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the autosaving child, kills it with SIGKILL `afterMs` after it is ready (or during start-up), and collects its acknowledgements. */
export function runAndKill(childFile: string, args: string[], afterMs: number, duringStartup: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acks: new Map(), highest: -1, exitSignal: null, stderr: '' };
    const kill = () => setTimeout(() => child.kill('SIGKILL'), afterMs);
    if (duringStartup) kill();
    followAutosaveOutput(child.stdout, {
      onReady: () => {
        if (!duringStartup) kill();
      },
      onAck: (key, n) => {
        run.acks.set(key, n);
        run.highest = Math.max(run.highest, n);
      },
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      run.exitSignal = signal;
      resolve(run);
    });
  });
}
