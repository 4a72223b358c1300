/**
 * What the command line needs from the terminal: where to print, whether a person is watching
 * (progress and questions only then), and how to ask a yes/no question.
 */
import { createInterface } from 'node:readline';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** raw write to stderr for progress lines (no newline added) */
  errWrite: (s: string) => void;
  /** stderr is a terminal: show progress */
  errIsTTY: boolean;
  /** stdin and stderr are a terminal: a question can be asked */
  canAsk: boolean;
  /** asks a yes/no question; resolves true for yes */
  ask: (question: string) => Promise<boolean>;
}

/** Yes in Thai or English: ใช่, ช, y, yes. */
export const isYes = (answer: string): boolean => /^\s*(y|yes|ใช่|ช)\s*$/i.test(answer);

export function processIo(out: (s: string) => void = console.log, err: (s: string) => void = console.error): Io {
  const errIsTTY = Boolean(process.stderr.isTTY);
  return {
    out,
    err,
    errWrite: (s) => void process.stderr.write(s),
    errIsTTY,
    canAsk: errIsTTY && Boolean(process.stdin.isTTY),
    ask: (question) =>
      new Promise((resolveAnswer) => {
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        rl.question(`${question} `, (answer) => {
          rl.close();
          resolveAnswer(isYes(answer));
        });
      }),
  };
}
