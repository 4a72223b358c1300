/**
 * `welfare-fund setup --network FILE` and `welfare-fund network FILES… --out NETWORK.xlsx [--json]`.
 * The packets are loaded in parallel (each .xlsx is unzipped and parsed off the add-on's path),
 * then handed to the built add-on as Drive files, which reads them with SpreadsheetApp.openById
 * exactly as it does in Google: the same start → chunks → finish the sidebar drives.
 */
import { resolve } from 'node:path';
import { loadXlsx, WorkbookFileError } from '../runtime';
import { callCli } from '../addon';
import type { Action, ActionContext } from './actions';
import { printUi } from './actions';

interface Listed {
  name: string;
  subdistrict: string;
  where: string;
}

type Text = { th: string; en: string };

function loadError(err: unknown, where: string): Text {
  if (err instanceof WorkbookFileError) {
    if (err.code === 'missing') return { th: `ไม่พบไฟล์ ${where}`, en: `file not found: ${where}` };
    if (err.code === 'unreadable') return { th: `อ่านไฟล์ ${where} ไม่ได้ (ไม่มีสิทธิ์หรือไฟล์เสีย)`, en: `cannot read ${where}` };
    return { th: `ไฟล์ ${where} ไม่ใช่สมุดงาน .xlsx`, en: `${where} is not an .xlsx workbook` };
  }
  return { th: `เปิดไฟล์ ${where} ไม่ได้: ${String((err as Error)?.message ?? err)}`, en: `cannot open ${where}` };
}

export function setupNetworkFile(ctx: ActionContext): number {
  const opts: { reportingDate?: string } = {};
  if (typeof ctx.options['reporting-date'] === 'string') opts.reportingDate = ctx.options['reporting-date'];
  const r = callCli(ctx.rt, 'setupNetworkBook_', opts);
  printUi(ctx, r.ui);
  const funds = r.value.funds;
  ctx.out(`ตั้งค่าสมุดเครือข่ายแล้ว: ${funds} กองทุนในรายชื่อ (network book set up: ${funds} funds listed)`);
  return 0;
}

export const network: Action = {
  name: 'network',
  usage: 'network FILES… --out NETWORK.xlsx [--json] [--reporting-date DATE]',
  summary: 'รวบรวมข้อมูลเครือข่ายจากไฟล์ข้อมูลของแต่ละกองทุน (collect fund packets into a network book)',
  options: { out: 'value', json: 'flag', 'reporting-date': 'value' },
  writes: true,
  createsFile: true,
  manyFiles: true,
  async run(ctx) {
    const inputs = ctx.files.map((f) => resolve(f));
    if (inputs.includes(ctx.file))
      throw new Error('--out ต้องเป็นไฟล์อื่น ไม่ใช่ไฟล์ข้อมูลของกองทุน (--out must not be one of the packets)');
    // No name: the packet's own name is shown once read (the secretary may type one in the list).
    const funds: Listed[] = ctx.files.map((f) => ({ name: '', subdistrict: '', where: f }));
    const setupOpts: { funds: Listed[]; reportingDate?: string } = { funds };
    if (typeof ctx.options['reporting-date'] === 'string') setupOpts.reportingDate = ctx.options['reporting-date'];
    callCli(ctx.rt, 'setupNetworkBook_', setupOpts);
    const listed: Listed[] = callCli(ctx.rt, 'listNetworkFunds_').value;

    // Every listed file at once: reading .xlsx is I/O and unzip work, not the add-on's.
    const paths = listed.map((f) => f.where).filter((w) => w !== '' && !/^https?:\/\//i.test(w));
    const loaded = await Promise.all(
      paths.map(async (where) => {
        try {
          return { where, wb: await loadXlsx(resolve(where)) };
        } catch (err) {
          return { where, error: loadError(err, where) };
        }
      }),
    );
    const targets: Record<string, string> = {};
    const loadErrors: Record<string, Text> = {};
    for (const l of loaded) {
      if ('wb' in l && l.wb) {
        ctx.rt.ctx.registerWorkbook(l.wb);
        targets[l.where] = l.wb.id;
      } else if ('error' in l && l.error) loadErrors[l.where] = l.error;
    }
    const value = callCli(ctx.rt, 'collectNetworkAll_', { targets, loadErrors }).value;

    // The meeting board prints on one A4 page, portrait, fit to width (Excel/LibreOffice honour it;
    // Google Sheets has no API for print settings, so the sidebar links a PDF export instead).
    const board = ctx.rt.ctx.active.sheet(value.result.sheets[0]);
    if (board)
      board.passthrough.pageSetup = {
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 1,
        horizontalCentered: true,
      };
    if (ctx.options.json) ctx.out(JSON.stringify(value.json, null, 2));
    else ctx.out(`${value.result.message} → ${ctx.file}`);
    return value.result.counted === value.result.listed ? 0 : 1;
  },
};
