/**
 * Books and readers for the file-safety tests: a small set-up fund book on disk, a deposit made the
 * way the sidebar makes it, and what the file holds (read back from disk, never from memory).
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRuntime } from '../../src/local/runtime';
import { SHEETS } from '../../src/core/schema';
import { key, newBook, records, todayISO } from '../forms/helpers';
import type { Playground } from '../support/browser';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/runtime';
import type { DepositInput } from '../../src/core/forms/types';

/** A fund book with 12 members and 20 deposits, saved to a new folder; returns its path. */
export async function bookOnDisk(name = 'book.xlsx'): Promise<string> {
  const path = join(tempDir('safety-'), name);
  const rt = await newBook({ members: 12, deposits: 20 });
  await rt.save(path);
  return path;
}

/** A deposit as the deposit form sends it; `note` tells the deposits apart. */
export function depositInput(note: string, amount = '30'): DepositInput {
  return {
    key: key(),
    memberId: 'M0003',
    kind: 'savings',
    amount,
    date: todayISO(),
    yearCovered: '',
    recordedBy: 'เลขา',
    note,
  };
}

/** Notes of the deposits in the file on disk (the ones the tests made carry a note). */
export async function notesOnDisk(path: string): Promise<string[]> {
  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  return records(rt, 'deposits')
    .map((r) => String(r.note ?? ''))
    .filter(Boolean);
}

/** Member names in the file on disk. */
export async function memberNamesOnDisk(path: string): Promise<string[]> {
  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  return records(rt, 'members').map((r) => String(r.name));
}

/** Adds a member row to the file as another program would: load, change, save (no lock, no playground). */
export async function editElsewhere(path: string, name: string): Promise<void> {
  const rt = await createRuntime({ workbookPath: path, bundlePath: null });
  rt.spreadsheet.getSheetByName(SHEETS.members.th)!.appendRow(['M9999', name]);
  await rt.save(path);
}

export { sha } from '../support/cli';
export const mode = (p: string) => statSync(p).mode & 0o777;
/** Temporary files of saves left in the book's folder. */
export const tempFilesBeside = (p: string) => readdirSync(dirname(p)).filter((f) => f.endsWith('.tmp'));

export const lockFiles = (path: string) => readdirSync(dirname(path)).filter((f) => f.endsWith('.welfare-fund-lock'));

/** `npx welfare-fund ARGS` as a user runs it. */
export const cli = cliRunner(180000);

/** Calls a server function the way a sidebar's google.script.run does. */
export async function run(
  pg: Playground,
  fn: string,
  args: unknown[],
): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  const res = await fetch(new URL('/api/run', pg.url), {
    method: 'POST',
    // the playground's per-start key, from the address it printed, as its page sends it
    headers: {
      'content-type': 'application/json',
      'x-playground-token': new URL(pg.url).searchParams.get('token') ?? '',
    },
    body: JSON.stringify({ fn, args }),
  });
  return (await res.json()) as { ok: boolean; error?: string; value?: unknown };
}
