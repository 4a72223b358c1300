/**
 * The command line: each action runs a menu action (or server function) of the BUILT add-on on an
 * .xlsx file in the offline runtime, prints what the add-on told the user, and saves the file.
 * A failure prints one clear sentence (Thai, then English), exits non-zero and leaves the file untouched.
 *
 * Order of work: arguments are checked first (before a big book is read), then an action that
 * writes takes our lock beside the book and refuses while LibreOffice or Excel has it open; the
 * book is read, the action runs, and the book is saved only when the action changed it.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BookChangedError, BookFile } from '../book-file/book-file';
import { BookBusyError } from '../book-file/lock';
import { createRuntime, WorkbookFileError, type Runtime } from '../runtime';
import { bundlePath, repoRoot } from '../paths';
import { ACTIONS, type Action, type ActionContext } from './actions';
import { CliError } from './errors';
import { checkFolderOf } from './options';
import { LARGE_BOOK_BYTES, Progress } from './progress';
import { processIo, type Io } from './terminal';

export { CliError } from './errors';

function usage(): string {
  const lines = ['วิธีใช้ (usage): npx welfare-fund <คำสั่ง action> FILE.xlsx [ตัวเลือก options]', '', 'คำสั่ง (actions):'];
  for (const a of ACTIONS) lines.push(`  ${a.usage.padEnd(44)} ${a.summary}`);
  lines.push('', '  --help                                       แสดงวิธีใช้นี้ (show this help)');
  return lines.join('\n');
}

function fileErrorSentence(err: WorkbookFileError, file: string): string {
  switch (err.code) {
    case 'missing':
      return `ไม่พบไฟล์ ${file} (file not found)`;
    case 'unreadable':
      return err.detail?.folder
        ? `${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์สมุดงาน (this is a folder, not a workbook file)`
        : `เปิดไฟล์ ${file} ไม่ได้: ไม่มีสิทธิ์อ่านไฟล์ (the file cannot be read: no permission)`;
    case 'empty':
      return `ไฟล์ ${file} ว่างเปล่า (0 ไบต์) อาจบันทึกหรือคัดลอกไม่สำเร็จ (the file is empty)`;
    case 'truncated':
      if (err.detail?.sheet)
        return `แผ่นงาน "${err.detail.sheet}" ในไฟล์ ${file} เสียหาย อ่านไม่ได้ จึงไม่ได้บันทึกอะไร ลองใช้สำเนาก่อนหน้า (the sheet is damaged; nothing was saved)`;
      return `ไฟล์ ${file} เสียหรือไม่ครบ อาจคัดลอกหรือดาวน์โหลดไม่จบ ลองใช้สำเนาก่อนหน้า (the file is damaged or cut short)`;
    case 'password-protected':
      return `ไฟล์ ${file} ตั้งรหัสผ่านไว้ เปิดในโปรแกรมที่สร้างแล้วบันทึกใหม่โดยไม่ใส่รหัสผ่านก่อน (the file is password-protected)`;
    case 'pdf':
      return `ไฟล์ ${file} เป็นเอกสาร PDF ที่เปลี่ยนชื่อเป็นสมุดงาน ไม่ใช่สมุดงาน (a PDF renamed as a workbook)`;
    case 'read-only-format':
      return `ไฟล์ ${file} เป็นไฟล์ .${err.detail?.format ?? ''} ซึ่งอ่านได้อย่างเดียว ให้นำเข้าไปยังสมุดงาน .xlsx ด้วยคำสั่ง import ก่อน (read-only format: import it into an .xlsx book)`;
    default:
      return `ไฟล์ ${file} ไม่ใช่สมุดงาน .xlsx (the file is not an .xlsx workbook)`;
  }
}

/** The book argument: a missing folder or file is one sentence, before anything is read. */
function checkBookPath(action: Action, book: BookFile, shownAs: string, options: Record<string, string | true>): void {
  if (book.exists()) return;
  checkFolderOf(book.realPath, shownAs);
  const creates = typeof action.createsFile === 'function' ? action.createsFile(options) : action.createsFile;
  if (!creates) throw new CliError(`ไม่พบไฟล์ ${shownAs} (file not found)`);
}

/** Where V8's compiled code of the bundle is kept between runs (beside the built tools, never pushed). */
const compileCacheDir = (): string => join(repoRoot(), 'dist-local', '.cache');

async function openRuntime(book: BookFile, shownAs: string): Promise<Runtime> {
  try {
    return await createRuntime({ workbookPath: book.path, bundlePath: bundlePath(), compileCache: compileCacheDir() });
  } catch (err) {
    if (err instanceof WorkbookFileError) throw new CliError(fileErrorSentence(err, shownAs));
    throw err;
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A system error that escaped (a folder removed meanwhile, a full disk): one sentence, not a stack. */
function systemErrorSentence(err: NodeJS.ErrnoException): string | null {
  const where = err.path ? ` ${err.path}` : '';
  switch (err.code) {
    case 'ENOENT':
      return `ไม่พบไฟล์หรือโฟลเดอร์${where} (file or folder not found)`;
    case 'EACCES':
    case 'EPERM':
      return `ไม่มีสิทธิ์เขียนหรืออ่าน${where} (permission denied)`;
    case 'ENOSPC':
      return `ดิสก์เต็ม บันทึกไฟล์ไม่ได้${where} (the disk is full)`;
    case 'EROFS':
      return `ที่เก็บไฟล์นี้อ่านได้อย่างเดียว${where} (read-only file system)`;
    case 'ENOTDIR':
      return `${dirname(err.path ?? '')} ไม่ใช่โฟลเดอร์ (not a folder)`;
    default:
      return null;
  }
}

export async function main(
  argv: string[],
  out: (s: string) => void = console.log,
  errOut: (s: string) => void = console.error,
  io: Io = processIo(out, errOut),
): Promise<number> {
  let book: BookFile | null = null;
  const releaseOnExit = () => book?.releaseLockSync();
  try {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      out(usage());
      return name ? 0 : 2;
    }
    const action = ACTIONS.find((a) => a.name === name);
    if (!action) throw new CliError(`ไม่รู้จักคำสั่ง "${name}" ใช้ --help เพื่อดูคำสั่งที่มี (unknown action "${name}"; see --help)`);
    const { file, files, options } = parseRest(rest, action);
    if (action.opensOwnFiles) {
      // It opens its files itself (import: SOURCE is read, BOOK is opened): a bare runtime.
      await action.validate?.({ file: resolve(file), options, io });
      const bare = await createRuntime({ bundlePath: null });
      return await action.run({ rt: bare, file: resolve(file), files, options, out });
    }
    book = await BookFile.at(file, `welfare-fund ${action.name}`);

    // 1. Arguments, before the book is read.
    checkBookPath(action, book, file, options);
    await action.validate?.({ file: book.path, options, io });

    // 2. One writer at a time; never under another program's open copy.
    if (action.writes) {
      book.assertNotOpenElsewhere();
      await book.takeLock();
      process.once('exit', releaseOnExit);
      await book.remember();
    }
    const isNew = !book.exists();

    // 3. Read, run, save what changed.
    const progress = new Progress(io, sizeOf(book.realPath) >= LARGE_BOOK_BYTES);
    const rt = await progress.step(`กำลังเปิด ${basename(file)}`, () => openRuntime(book!, file));
    // .xls, .ods and .csv are read, never written: an action that would write says how to import instead.
    const source = rt.ctx.active.source;
    if (action.writes && source?.readOnly)
      throw new CliError(
        fileErrorSentence(
          new WorkbookFileError('read-only-format', source.path, 'read only', { format: source.format }),
          file,
        ),
      );
    const ctx: ActionContext = { rt, file: book.path, files, options, out };
    const before = rt.bookWritesTotal;
    const code = await progress.step(`กำลังทำคำสั่ง ${action.name}`, () => action.run(ctx));
    if (action.writes && code !== 2 && (isNew || rt.bookWritesTotal !== before)) {
      const target = book;
      try {
        await progress.step(`กำลังบันทึก ${basename(file)}`, () => target.save((p) => rt.save(p)));
      } catch (err) {
        if (err instanceof WorkbookFileError) throw new CliError(fileErrorSentence(err, file));
        throw err;
      }
    }
    return code;
  } catch (err) {
    if (err instanceof CliError) {
      errOut(err.message);
      return err.exitCode;
    }
    // A sheet is read at its first use (src/local/runtime/files/xlsx-read.ts), so damage can show mid-action.
    if (err instanceof WorkbookFileError) {
      errOut(fileErrorSentence(err, book?.path ?? err.path));
      return 1;
    }
    if (err instanceof BookBusyError || err instanceof BookChangedError) {
      errOut(err.message);
      return 2;
    }
    const system = systemErrorSentence(err as NodeJS.ErrnoException);
    if (system) {
      errOut(system);
      return 1;
    }
    // The add-on's own errors already speak the user's language; print them as they are.
    errOut(String((err as Error)?.message ?? err));
    return 1;
  } finally {
    process.removeListener('exit', releaseOnExit);
    await book?.releaseLock();
  }
}

function parseRest(
  rest: string[],
  action: Action,
): { file: string; files: string[]; options: Record<string, string | true> } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      const spec = action.options?.[key];
      if (spec === undefined) throw new CliError(`คำสั่ง ${action.name} ไม่มีตัวเลือก ${a} (unknown option)`);
      if (spec === 'flag') options[key] = true;
      else {
        const v = rest[i + 1];
        if (v === undefined || v.startsWith('--')) throw new CliError(`ตัวเลือก ${a} ต้องมีค่า (option ${a} needs a value)`);
        options[key] = v;
        i++;
      }
    } else positional.push(a);
  }
  // Actions over many files (network) work on the --out workbook.
  if (action.manyFiles) {
    if (positional.length === 0 || typeof options.out !== 'string')
      throw new CliError(`ระบุไฟล์ข้อมูลและ --out: npx welfare-fund ${action.usage} (give the files and --out)`);
    return { file: options.out, files: positional, options };
  }
  if (positional.length !== 1)
    throw new CliError(`ระบุไฟล์ .xlsx หนึ่งไฟล์: npx welfare-fund ${action.usage} (give one .xlsx file)`);
  return { file: positional[0], files: positional, options };
}
