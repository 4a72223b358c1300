/**
 * The command line: each action runs a menu action (or server function) of the BUILT add-on on an
 * .xlsx file in the offline runtime, prints what the add-on told the user, and saves the file.
 * A failure prints one clear sentence (Thai, then English), exits non-zero and leaves the file untouched.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRuntime, WorkbookFileError, type Runtime } from '../runtime';
import { bundlePath } from '../paths';
import { ACTIONS, type Action, type ActionContext } from './actions';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

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

async function openFor(action: Action, file: string): Promise<Runtime> {
  const path = resolve(file);
  if (action.createsFile && !existsSync(path)) return createRuntime({ workbookPath: path, bundlePath: bundlePath() });
  if (!existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${file} (file not found)`);
  try {
    return await createRuntime({ workbookPath: path, bundlePath: bundlePath() });
  } catch (err) {
    if (err instanceof WorkbookFileError) throw new CliError(fileErrorSentence(err, file));
    throw err;
  }
}

export async function main(
  argv: string[],
  out: (s: string) => void = console.log,
  errOut: (s: string) => void = console.error,
): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      out(usage());
      return name ? 0 : 2;
    }
    const action = ACTIONS.find((a) => a.name === name);
    if (!action) throw new CliError(`ไม่รู้จักคำสั่ง "${name}" ใช้ --help เพื่อดูคำสั่งที่มี (unknown action "${name}"; see --help)`);
    const { file, options } = parseRest(rest, action);
    // An action that opens its files itself (import: SOURCE is read, BOOK is opened) gets a bare runtime.
    const rt = action.opensOwnFiles ? await createRuntime({ bundlePath: null }) : await openFor(action, file);
    const source = rt.ctx.active.source;
    if (action.writes && source?.readOnly)
      throw new CliError(
        fileErrorSentence(
          new WorkbookFileError('read-only-format', source.path, 'read only', { format: source.format }),
          file,
        ),
      );
    const ctx: ActionContext = { rt, file: resolve(file), options, out };
    const code = await action.run(ctx);
    if (action.writes && code !== 2) {
      try {
        await rt.save(resolve(file));
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
    // The add-on's own errors already speak the user's language; print them as they are.
    errOut(String((err as Error)?.message ?? err));
    return 1;
  }
}

function parseRest(rest: string[], action: Action): { file: string; options: Record<string, string | true> } {
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
  if (positional.length !== 1)
    throw new CliError(`ระบุไฟล์ .xlsx หนึ่งไฟล์: npx welfare-fund ${action.usage} (give one .xlsx file)`);
  return { file: positional[0], options };
}
