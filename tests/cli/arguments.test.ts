/**
 * The command line as a secretary meets it: a new book from `setup`, arguments checked before a
 * book is read, a missing folder in one Thai sentence, `share --out` that never overwrites without
 * being asked, the check's counts by their Thai names, progress only on a terminal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../src/local/runtime';
import { main } from '../../src/local/cli/main';
import { Progress } from '../../src/local/cli/progress';
import type { Io } from '../../src/local/cli/terminal';
import { cellDate, fill, newBook } from '../forms/helpers';
import { mode, sha } from '../files-safety/helpers';
import { requireBuild, tempDir } from '../support/runtime';
import { cliRunner } from '../support/cli';

const cli = cliRunner();

/** A terminal for main(): what it printed, and the answers its questions get. */
function terminal(opts: { tty: boolean; answers?: boolean[] }) {
  const seen = { out: [] as string[], err: [] as string[], progress: '', questions: [] as string[] };
  const answers = [...(opts.answers ?? [])];
  const io: Io = {
    out: (s) => seen.out.push(s),
    err: (s) => seen.err.push(s),
    errWrite: (s) => (seen.progress += s),
    errIsTTY: opts.tty,
    canAsk: opts.tty,
    ask: async (q) => {
      seen.questions.push(q);
      return answers.shift() ?? false;
    },
  };
  return { io, seen, run: (...argv: string[]) => main(argv, io.out, io.err, io) };
}

/** A small fund book with one deposit dated before its member joined (a finding of the check). */
async function bookWithFinding(): Promise<string> {
  const rt = await newBook({ members: 6, deposits: 6 });
  fill(rt, 'deposits', [
    { receiptNo: 'R9000001', date: cellDate(2001, 5, 1), memberId: 'M0001', kind: 'เงินออม', amount: 30 },
  ]);
  const path = join(tempDir('cli-'), 'book.xlsx');
  await rt.save(path);
  return path;
}

beforeAll(requireBuild);

test('setup NEW.xlsx makes the fund book: only the sheets setup makes, no Sheet1, readable by its owner only', async () => {
  const file = join(tempDir('cli-new-'), 'กองทุนบ้านเรา.xlsx');
  const r = cli('setup', file);
  expect([r.code, r.err]).toEqual([0, '']);
  const rt = await createRuntime({ workbookPath: file, bundlePath: null });
  const shown = rt.spreadsheet
    .getSheets()
    .filter((s) => !s.isSheetHidden())
    .map((s) => s.getName());
  expect(shown).toEqual(['สมาชิก', 'เงินฝาก', 'สวัสดิการ', 'บัญชีกองทุน', 'ตั้งค่า', 'ตั้งค่าสวัสดิการ']);
  expect(rt.spreadsheet.getSheetByName('Sheet1')).toBeNull();
  expect(rt.spreadsheet.getSheetByName('สมาชิก')!.getLastRow()).toBe(1);
  expect(mode(file)).toBe(0o600);
  // Setting up a book that is already set up changes nothing, so nothing is written.
  const before = sha(file);
  expect(cli('setup', file).code).toBe(0);
  expect(sha(file)).toBe(before);
}, 180000);

test('a missing folder is one Thai sentence, never a raw ENOENT, for the book and for --out', () => {
  const dir = tempDir('cli-folder-');
  const notBook = join(dir, 'notes.xlsx');
  writeFileSync(notBook, 'ไม่ใช่สมุดงาน');
  for (const args of [
    ['info', join(dir, 'ไม่มีโฟลเดอร์นี้', 'book.xlsx')],
    ['setup', join(dir, 'ไม่มีโฟลเดอร์นี้', 'book.xlsx')],
    ['check', '/ไม่มี/เลย/book.xlsx'],
    ['share', notBook, '--out', join(dir, 'ไม่มีโฟลเดอร์นี้', 'shared.xlsx')],
  ]) {
    const r = cli(...args);
    expect([args[0], r.code]).toEqual([args[0], 2]);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^ไม่พบโฟลเดอร์ .* \(folder not found\)$/m);
    expect(r.err).not.toContain('ENOENT');
  }
});

test('--as-of, --period and --out are checked before the book is read (a non-workbook file is not even opened)', () => {
  const dir = tempDir('cli-args-');
  const notBook = join(dir, 'notes.xlsx');
  writeFileSync(notBook, 'ไม่ใช่สมุดงาน');
  const cases: [string[], RegExp][] = [
    [['summarize', notBook, '--as-of', '31/2/2568'], /^วันที่ข้อมูล "31\/2\/2568" อ่านไม่ได้: ไม่มีวันที่ 31/],
    [['summarize', notBook, '--period', 'weekly'], /^ช่วงรายงาน "weekly" ไม่ถูกต้อง/],
    [['share', notBook, '--out', join(dir, 's.xlsx'), '--as-of', '1/1/2600'], /^วันที่ 1 ม\.ค\. 2600 ยังมาไม่ถึง/],
    [['share', notBook], /^ระบุไฟล์ผลลัพธ์ด้วย --out/],
    [['share', notBook, '--out', notBook], /^--out ต้องเป็นไฟล์อื่น/],
  ];
  for (const [args, sentence] of cases) {
    const r = cli(...args);
    expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(sentence);
    expect(r.err).not.toContain('ไม่ใช่สมุดงาน');
  }
});

describe('share --out onto an existing file', () => {
  let book: string;
  let out: string;
  beforeAll(async () => {
    book = await bookWithFinding();
    out = join(tempDir('cli-share-'), 'shared.xlsx');
  }, 120000);

  test('without a terminal it needs --force; with --force it writes', () => {
    writeFileSync(out, 'ไฟล์ที่ส่งให้ อบต. ไปแล้ว');
    const refused = cli('share', book, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('ไฟล์ที่ส่งให้ อบต. ไปแล้ว');
    const forced = cli('share', book, '--out', out, '--force');
    expect([forced.code, forced.err]).toEqual([0, '']);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 120000);

  test('on a terminal it asks first: "no" leaves the file, "yes" writes it', async () => {
    writeFileSync(out, 'ฉบับเดิม');
    const no = terminal({ tty: true, answers: [false] });
    expect(await no.run('share', book, '--out', out)).toBe(1);
    expect(no.seen.questions).toHaveLength(1);
    expect(no.seen.questions[0]).toMatch(/^ไฟล์ .*shared\.xlsx มีอยู่แล้ว จะเขียนทับหรือไม่\?/);
    expect(readFileSync(out, 'utf8')).toBe('ฉบับเดิม');
    const yes = terminal({ tty: true, answers: [true] });
    expect(await yes.run('share', book, '--out', out)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 120000);
});

test('check prints each kind of finding by its Thai name (no codes) and uses the sheet word ข้อสังเกต', async () => {
  const book = await bookWithFinding();
  const r = cli('check', book);
  expect(r.err).toBe('');
  const lines = r.out.trim().split('\n');
  expect(lines[0]).toMatch(
    /^ผิดพลาด \(errors\): \d+ {2}· {2}ควรตรวจสอบ \(warnings\): \d+ {2}· {2}ข้อสังเกต \(notes\): \d+$/,
  );
  expect(r.out).toMatch(/^ {2}(ผิดพลาด|ควรตรวจสอบ|ข้อสังเกต) · รับเงินก่อนวันสมัคร \(Deposit before joining\): \d+$/m);
  // The lines by kind add up to the counts by severity.
  const counts = [...lines[0].matchAll(/: (\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
  const byKind = [...r.out.matchAll(/^ {2}.* · .*: (\d+)$/gm)].reduce((s, m) => s + Number(m[1]), 0);
  expect(byKind).toBe(counts);
  expect(r.out).not.toMatch(/\b(member|deposit|welfare|ledger|date|setting)\.[a-z-]+/);
  expect(r.out).not.toContain('หมายเหตุ (notes)');
}, 120000);

describe('progress on stderr', () => {
  test('a terminal sees a step still running after a second, with its time when done', async () => {
    const t = terminal({ tty: true });
    const p = new Progress(t.io, false);
    await p.step('กำลังบันทึก book.xlsx', () => new Promise((ok) => setTimeout(ok, 1300)));
    expect(t.seen.progress).toMatch(/^กำลังบันทึก book\.xlsx…\rกำลังบันทึก book\.xlsx เสร็จ \(1\.\d วินาที\)\n$/);
    // A quick step says nothing.
    const quick = terminal({ tty: true });
    await new Progress(quick.io, false).step('กำลังเปิด', () => 1);
    expect(quick.seen.progress).toBe('');
  });

  test('a large book announces each step as it starts; output read by a script (not a terminal) gets none', async () => {
    const t = terminal({ tty: true });
    await new Progress(t.io, true).step('กำลังทำคำสั่ง check', () => 1);
    expect(t.seen.progress).toMatch(/^กำลังทำคำสั่ง check…\rกำลังทำคำสั่ง check เสร็จ/);
    const piped = terminal({ tty: false });
    await new Progress(piped.io, true).step('กำลังทำคำสั่ง check', () => new Promise((ok) => setTimeout(ok, 1100)));
    expect(piped.seen.progress).toBe('');
  });

  test('a whole run on a large book shows its steps on stderr of a terminal, and none on stdout', async () => {
    const rt = await newBook({ members: 40, deposits: 12000 });
    const book = join(tempDir('cli-big-'), 'big.xlsx');
    await rt.save(book);
    const t = terminal({ tty: true });
    expect(await t.run('summarize', book, '--as-of', '30/9/2567')).toBe(0);
    expect(t.seen.progress).toContain('กำลังเปิด big.xlsx…');
    expect(t.seen.progress).toMatch(/กำลังทำคำสั่ง summarize เสร็จ \(\d+\.\d วินาที\)\n/);
    expect(t.seen.progress).toMatch(/กำลังบันทึก big\.xlsx เสร็จ/);
    expect(t.seen.out.join('\n')).not.toContain('กำลัง');
    expect(t.seen.err).toEqual([]);
  }, 240000);
});
