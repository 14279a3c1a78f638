/**
 * Reads a new password without it ever appearing on a command line (where `ps` and the
 * shell's history would keep it): typed twice, unseen, at a terminal; or the first line
 * of standard input when it is piped (`… < file`, scripts and tests).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AdminError } from './commands';

export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const first = await ask('New password: ');
  const second = await ask('Same password again: ');
  if (first !== second) throw new AdminError('The two passwords differ');
  return first;
}

async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new AdminError('No password on standard input');
}

/** Asks at the terminal without echoing what is typed. */
function ask(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const terminal = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) =>
    terminal.question('', (answer) => {
      terminal.close();
      process.stderr.write('\n');
      resolve(answer);
    }),
  );
}
