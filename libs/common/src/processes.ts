import * as fs from 'node:fs';
import * as net from 'node:net';

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's command line (Linux /proc), or undefined where it cannot be read. */
export function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/**
 * Whether `pid` is alive and is the process we think it is: its command line holds every one of
 * `marks` (e.g. the program and its data folder). A pid file left by a crash may name a pid that now
 * belongs to something else entirely. Where command lines cannot be read, being alive must do.
 */
export function isProcessRunning(pid: number, marks: string[]): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return false;
  const line = commandLine(pid);
  if (line === undefined) return fs.existsSync('/proc/self') ? false : true;
  return marks.every((mark) => line.includes(mark));
}

/** Signals a process and waits until it has gone (escalating to SIGKILL after `timeoutMs`). */
export async function stopProcess(pid: number, signal: NodeJS.Signals, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        return;
      }
    }
    await sleep(50);
  }
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Which process started an embedded server and supervises it, kept beside the server's data. */
export interface OwnerRecord {
  pid: number;
}

export function readOwner(file: string): OwnerRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as OwnerRecord;
  } catch {
    return undefined;
  }
}

export function writeOwner(file: string): void {
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid } satisfies OwnerRecord));
}

/** The owner is another live process (not this one, not a recycled pid): attach to what it runs. */
export function ownerIsAlive(file: string): boolean {
  const owner = readOwner(file);
  return !!owner && owner.pid !== process.pid && isProcessRunning(owner.pid, ['node']);
}
