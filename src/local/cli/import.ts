/**
 * `import SOURCE --into BOOK [--dry-run] [--yes] [--mapping FILE]`: the group's own file into the
 * fund book. SOURCE is only read; BOOK is created when missing and saved only after an import.
 * Exit 0: everything imported; 1: some rows skipped (listed); 2: nothing imported (bad input).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { createRuntime, loadWorkbookFile, WorkbookFileError } from '../runtime';
import { BookFile } from '../book-file/book-file';
import { bundlePath } from '../paths';
import { tryCli } from '../addon';
import type { CliImportRequest, CliImportResult } from '../../addon/import/api';
import { bahtText } from '../../core/import/values';
import type { Action, ActionContext } from './actions';

/** Tabs of the source file (.xlsx, .xls, .ods, .csv) as getValues would give them; our own hidden state sheets left out. */
async function readSource(path: string): Promise<{ tab: string; values: unknown[][] }[]> {
  const wb = await loadWorkbookFile(path);
  return wb.sheets
    .filter((s) => !s.name.startsWith('__'))
    .map((s) => ({ tab: s.name, values: s.rows.map((r) => (r ? r.map((v) => (v === undefined ? '' : v)) : [])) }));
}

function printResult(ctx: ActionContext, r: CliImportResult, wrote: boolean) {
  const out = ctx.out;
  for (const l of r.leftOut) out(`ไม่นำเข้า: ${l.reason.th} (${l.reason.en})`);
  for (const p of r.problems) out(`${p.th} (${p.en})`);
  for (const p of r.plans) {
    out(
      `\nแผ่นงาน "${p.tab}" [${p.kind}]: อ่าน ${p.rowsRead} แถว, ${wrote ? 'นำเข้า' : 'จะนำเข้า'} ${p.toImport} รายการ, นำเข้าแล้วก่อนหน้านี้ ${p.alreadyImported}, ข้าม ${p.skippedCount} ` +
        `(rows read ${p.rowsRead}, ${wrote ? 'imported' : 'to import'} ${p.toImport}, imported before ${p.alreadyImported}, skipped ${p.skippedCount})`,
    );
    if (p.kind === 'members') out(`  สมาชิก (members): ${p.memberCount}`);
    for (const t of p.totals)
      out(
        `  ${t.label.th} (${t.label.en}): ${bahtText(t.satang)} บาท; ข้าม (skipped) ${bahtText(t.skippedSatang)}; นำเข้าแล้ว (before) ${bahtText(t.alreadySatang)}`,
      );
    const differ = p.reconciles.filter((c) => !c.ok);
    if (p.reconciles.length > 0 && differ.length === 0)
      out(
        `  ตรวจกับยอดรวมของแผ่นงานเอง ${p.reconciles.length} จุด: ตรงกันทั้งหมด (all ${p.reconciles.length} of the tab's own totals equal)`,
      );
    for (const c of differ)
      out(
        `  ไม่ตรงกับ${c.where.th}: แผ่นงาน ${bahtText(c.sourceSatang)} · อ่านได้ ${bahtText(c.readSatang)} (differs from the tab's own total)`,
      );
    for (const s of p.skipped)
      out(`  ข้ามแถว ${s.row}${s.cell ? ` ช่อง ${s.cell}` : ''}: ${s.reason.th} (skipped row ${s.row}: ${s.reason.en})`);
    for (const n of p.notes) out(`  แถว ${n.row}: ${n.text.th}`);
  }
  for (const [name, code] of Object.entries(r.answers.benefits))
    out(`สวัสดิการ "${name}" → ${code === '+' ? 'เพิ่มเข้าระเบียบสวัสดิการ (added to the catalogue)' : code}`);
  for (const [name, code] of Object.entries(r.answers.ledgerKinds))
    out(`รายการบัญชี "${name}" → ${code === 'skip' ? 'ไม่นำเข้า: อยู่ในทะเบียนอื่นแล้ว (kept in another register)' : code}`);
  out(`\nสมาชิกทั้งหมด (members): ${r.memberCount}`);
}

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes|ใช่|ตกลง)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

function exitCode(r: CliImportResult): number {
  const skipped = r.plans.reduce((s, p) => s + p.skippedCount, 0);
  const added = r.plans.reduce((s, p) => s + p.toImport + p.alreadyImported, 0);
  if (r.problems.length > 0 || r.plans.length === 0 || added === 0) return 2;
  return skipped > 0 || r.leftOut.length > 0 ? 1 : 0;
}

export const importAction: Action = {
  name: 'import',
  usage: 'import SOURCE --into BOOK [--dry-run] [--yes] [--mapping FILE]',
  summary: 'นำเข้าข้อมูลจากสมุดเดิมของกลุ่ม; ไม่แก้ SOURCE (import a group’s own book; SOURCE is never written)',
  options: { into: 'value', 'dry-run': 'flag', yes: 'flag', mapping: 'value' },
  writes: false,
  opensOwnFiles: true,
  async run(ctx) {
    // Bad input: one sentence (Thai, then English), exit 2, nothing written anywhere.
    const refuse = (sentence: string) => {
      ctx.out(sentence);
      return 2;
    };
    const source = ctx.file;
    const into = ctx.options.into;
    if (typeof into !== 'string') return refuse('ระบุสมุดบัญชีด้วย --into BOOK.xlsx (give the fund book with --into)');
    const book = resolve(into);
    if (book === source) return refuse('--into ต้องเป็นไฟล์อื่น ไม่ใช่ไฟล์ต้นทาง (--into must not be the source file)');
    if (!existsSync(source)) return refuse(`ไม่พบไฟล์ ${basename(source)} (file not found)`);
    let tabs;
    try {
      tabs = await readSource(source);
    } catch (err) {
      if (err instanceof WorkbookFileError)
        return refuse(`เปิดไฟล์ ${basename(source)} ไม่ได้ (the source cannot be read)`);
      return refuse(String((err as Error).message));
    }
    let mappingJson: string | null = null;
    if (typeof ctx.options.mapping === 'string') {
      const mp = resolve(ctx.options.mapping);
      if (!existsSync(mp)) return refuse(`ไม่พบไฟล์การจับคู่ ${ctx.options.mapping} (mapping file not found)`);
      mappingJson = readFileSync(mp, 'utf8');
    }
    // Like every writer, the import holds our lock beside BOOK and refuses under LibreOffice or Excel.
    const bookFile = await BookFile.at(book, 'welfare-fund import');
    if (ctx.options['dry-run']) return await importInto(ctx, bookFile, source, tabs, mappingJson);
    bookFile.assertNotOpenElsewhere();
    await bookFile.takeLock();
    const release = () => bookFile.releaseLockSync();
    process.once('exit', release);
    try {
      await bookFile.remember();
      return await importInto(ctx, bookFile, source, tabs, mappingJson);
    } finally {
      process.removeListener('exit', release);
      await bookFile.releaseLock();
    }
  },
};

/** Plans the import, prints it, and (confirmed, not --dry-run) writes it into the book. */
async function importInto(
  ctx: ActionContext,
  bookFile: BookFile,
  source: string,
  tabs: { tab: string; values: unknown[][] }[],
  mappingJson: string | null,
): Promise<number> {
  const refuse = (sentence: string) => {
    ctx.out(sentence);
    return 2;
  };
  const book = bookFile.path;
  const rt = await createRuntime({ workbookPath: book, bundlePath: bundlePath() });
  const req: CliImportRequest = { tabs, mappingJson, sourceName: basename(source), write: false };
  const first = tryCli(rt, 'importFromValues_', req);
  if (first.error) return refuse(first.error.message);
  const dry = first.value;
  printResult(ctx, dry, false);
  const code = exitCode(dry);
  if (code === 2 || ctx.options['dry-run']) return code;
  if (dry.plans.every((p) => p.toImport === 0)) {
    ctx.out('ไม่มีรายการใหม่ให้นำเข้า (nothing new to import)');
    return code;
  }
  let confirmed = ctx.options.yes === true;
  if (!confirmed && process.stdin.isTTY) confirmed = await ask('\nนำเข้าเลยหรือไม่? (y/N) (import now?) ');
  if (!confirmed) {
    ctx.out('ยังไม่ได้ยืนยัน จึงไม่ได้บันทึกอะไร ใช้ --yes เพื่อนำเข้า (not confirmed: nothing written; use --yes)');
    return code;
  }
  const second = tryCli(rt, 'importFromValues_', { ...req, write: true });
  if (second.error) return refuse(second.error.message);
  const done = second.value;
  if (done.batch === null) {
    printResult(ctx, done, false);
    return 2;
  }
  await bookFile.save((p) => rt.save(p));
  ctx.out(
    `\nนำเข้าชุดที่ ${done.batch} ลงใน ${basename(book)} แล้ว; รายงานอยู่ในแผ่นงาน "${done.reportSheet}" (imported batch ${done.batch})`,
  );
  return exitCode(done);
}
