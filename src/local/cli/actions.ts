/**
 * The command line's actions: one entry each, mapping to a function of the built add-on. To add an
 * action, write one `Action` and list it in ACTIONS; main.ts does the rest (arguments, the lock,
 * reading and saving the book, progress, errors).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { kindLabel, severityLabel } from '../../core/checks';
import type { Severity } from '../../core/findings';
import { openInOtherProgram } from '../book-file/other-programs';
import { busySentence } from '../book-file/messages';
import type { Runtime } from '../runtime';
import { network, setupNetworkFile } from './network';
import { CliError } from './errors';
import { checkAsOfOption, checkFolderOf, checkPeriodOption } from './options';
import type { Io } from './terminal';
import { callCli } from '../addon';
import { importAction } from './import';

export interface ActionContext {
  rt: Runtime;
  file: string;
  /** Every file named on the command line (one, except for actions with manyFiles). */
  files: string[];
  options: Record<string, string | true>;
  out: (s: string) => void;
}

/** What an action may look at before the book is read. */
export interface ValidateContext {
  /** the book, absolute */
  file: string;
  options: Record<string, string | true>;
  io: Io;
}

export interface Action {
  name: string;
  usage: string;
  summary: string;
  /** Options it takes: 'flag' or 'value'. */
  options?: Record<string, 'flag' | 'value'>;
  /** Save the workbook after a successful run. */
  writes: boolean;
  /** May run on a file that does not exist yet (it creates it); may depend on the options. */
  createsFile?: boolean | ((options: Record<string, string | true>) => boolean);
  /** Takes many input files; the workbook it opens and saves is --out. */
  manyFiles?: boolean;
  /** Checks the options before the book is read; throws CliError with the sentence to print. */
  validate?(v: ValidateContext): Promise<void> | void;
  /** Opens its files itself (main neither loads nor saves FILE). */
  opensOwnFiles?: boolean;
  /** Exit code: 0 fine, 1 findings/errors the user must see, 2 refused. */
  run(ctx: ActionContext): Promise<number> | number;
}

/** Prints what the add-on said to the user (alerts, toasts) during the call. */
export function printUi(ctx: ActionContext, events: Runtime['ui']['events']): void {
  for (const e of events) {
    if (e.type === 'alert') ctx.out([e.title, e.prompt].filter(Boolean).join('\n'));
    else if (e.type === 'toast') ctx.out([e.title, e.message].filter(Boolean).join(': '));
  }
}

/** --as-of and --period, as the summaries and the shared export take them. */
function asOfAndPeriod(ctx: ActionContext): { asOf?: string; period?: string } {
  const opts: { asOf?: string; period?: string } = {};
  if (typeof ctx.options['as-of'] === 'string') opts.asOf = ctx.options['as-of'];
  if (typeof ctx.options.period === 'string') opts.period = ctx.options.period;
  return opts;
}

const info: Action = {
  name: 'info',
  usage: 'info FILE',
  summary: 'แผ่นงาน หัวตาราง และจำนวนแถว (sheets, header row, row counts)',
  options: { json: 'flag' },
  writes: false,
  run(ctx) {
    const { value } = callCli(ctx.rt, 'getWorkbookInfo');
    if (ctx.options.json) {
      ctx.out(JSON.stringify(value, null, 2));
      return 0;
    }
    ctx.out(`สมุดงาน (workbook): ${value.name}`);
    for (const s of value.sheets) {
      const kind = s.kind ? ` [${s.kind}]` : '';
      ctx.out(
        `\n${s.name}${kind}${s.hidden ? ' (ซ่อน hidden)' : ''}: ${s.rows.toLocaleString('en-US')} แถวข้อมูล (data rows)`,
      );
      if (s.header.length) ctx.out(`  หัวตาราง (header): ${s.header.join(' | ')}`);
    }
    return 0;
  },
};

const setup: Action = {
  name: 'setup',
  usage: 'setup FILE [--network]',
  summary: 'ตั้งค่าสมุดบัญชีกองทุน หรือสมุดเครือข่ายด้วย --network; ไฟล์ใหม่ได้ (set up the fund book, or a network book)',
  options: { network: 'flag', 'reporting-date': 'value' },
  writes: true,
  createsFile: true,
  run(ctx) {
    if (ctx.options.network) return setupNetworkFile(ctx);
    const result = callCli(ctx.rt, 'setupFundBook_');
    printUi(ctx, result.ui);
    return 0;
  },
};

const demo: Action = {
  name: 'demo',
  usage: 'demo FILE',
  summary: 'สร้างกองทุนตัวอย่าง (create a demo fund; the file may be new)',
  writes: true,
  createsFile: true,
  run(ctx) {
    const result = callCli(ctx.rt, 'createDemoFund');
    printUi(ctx, result.ui);
    // Refused (the book already has records): nothing changed, so nothing is saved.
    return result.value.created === false ? 2 : 0;
  },
};

interface CheckResult {
  ranAt: string;
  counts: Record<Severity, number>;
  byKind: Record<string, number>;
  findings: { severity: Severity; code: string }[];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];
/** Thai, then English in parentheses: the words of the report sheet. */
const bilingual = (th: string, en: string) => `${th} (${en})`;

/** The counts by kind, most severe first, each kind by its name on the report sheet. */
export function checkSummaryLines(value: CheckResult): string[] {
  const c = value.counts;
  const lines = [
    SEVERITIES.map(
      (s) => `${bilingual(severityLabel(s, 'th'), severityLabel(s, 'en').toLowerCase() + 's')}: ${c[s]}`,
    ).join('  ·  '),
  ];
  // One line per kind and severity (a kind can be an error on one row and a warning on another),
  // counted from the complete list of findings.
  const counted = new Map<string, { severity: Severity; code: string; n: number }>();
  for (const f of value.findings) {
    const k = `${f.severity} ${f.code}`;
    const entry = counted.get(k) ?? { severity: f.severity, code: f.code, n: 0 };
    entry.n++;
    counted.set(k, entry);
  }
  const rows = [...counted.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.n - a.n || a.code.localeCompare(b.code),
  );
  for (const r of rows)
    lines.push(
      `  ${severityLabel(r.severity, 'th')} · ${bilingual(kindLabel(r.code, 'th'), kindLabel(r.code, 'en'))}: ${r.n}`,
    );
  return lines;
}

const check: Action = {
  name: 'check',
  usage: 'check FILE [--json]',
  summary: 'ตรวจสอบรายการ: เขียนรายงานผลการตรวจ; exit 1 เมื่อพบข้อผิดพลาด (check entries; exit 1 on errors)',
  options: { json: 'flag' },
  writes: true,
  run(ctx) {
    const { value } = callCli(ctx.rt, 'runChecks');
    if (ctx.options.json) ctx.out(JSON.stringify(value, null, 2));
    else {
      for (const line of checkSummaryLines(value)) ctx.out(line);
      ctx.out('ดูรายละเอียดในแผ่นงาน "ผลการตรวจสอบ" (details in the check report sheet)');
    }
    return value.counts.error > 0 ? 1 : 0;
  },
};

const summarize: Action = {
  name: 'summarize',
  usage: 'summarize FILE [--as-of DATE] [--period calendar|fiscal]',
  summary: 'สร้างรายงานสรุป (build the summary sheets)',
  options: { 'as-of': 'value', period: 'value' },
  writes: true,
  validate(v) {
    checkAsOfOption(v.options['as-of']);
    checkPeriodOption(v.options.period);
  },
  run(ctx) {
    const { value } = callCli(ctx.rt, 'buildSummariesWith', asOfAndPeriod(ctx));
    const period = value.period === 'calendar' ? 'ปีปฏิทิน calendar year' : 'ปีงบประมาณ fiscal year';
    ctx.out(`สร้างรายงาน ณ วันที่ ${value.asOf} (${period}) แล้ว: ${value.sheets.join(', ')}`);
    return 0;
  },
};

const share: Action = {
  name: 'share',
  usage: 'share FILE --out SHARED.xlsx [--as-of DATE] [--period fiscal|calendar] [--force]',
  summary: 'สรุปสำหรับหน่วยงาน: ไฟล์ตัวเลขอย่างเดียวสำหรับส่งทางอีเมล/LINE; ไม่แก้ FILE (summary for local government as a file)',
  options: { out: 'value', 'as-of': 'value', period: 'value', force: 'flag' },
  // The fund's book is only read: nothing is remembered in it for a file made offline.
  writes: false,
  async validate(v) {
    const out = v.options.out;
    if (typeof out !== 'string')
      throw new CliError('ระบุไฟล์ผลลัพธ์ด้วย --out SHARED.xlsx (give the output file with --out)');
    const target = resolve(out);
    const real = (p: string) => {
      try {
        return realpathSync(p);
      } catch {
        return p;
      }
    };
    if (target === v.file || real(target) === real(v.file))
      throw new CliError('--out ต้องเป็นไฟล์อื่น ไม่ใช่สมุดบัญชีของกองทุน (--out must not be the fund book itself)');
    checkFolderOf(target, out);
    checkAsOfOption(v.options['as-of'], true);
    checkPeriodOption(v.options.period);
    const busy = openInOtherProgram(target);
    if (busy) throw new CliError(busySentence(busy));
    if (existsSync(target) && !v.options.force) {
      const question = `ไฟล์ ${out} มีอยู่แล้ว จะเขียนทับหรือไม่? [y/N] (the file exists; overwrite?)`;
      if (!v.io.canAsk)
        throw new CliError(
          `ไฟล์ ${out} มีอยู่แล้ว จึงไม่เขียนทับ ใช้ --force ถ้าต้องการเขียนทับ (the file exists; add --force to overwrite it)`,
        );
      if (!(await v.io.ask(question))) throw new CliError(`ไม่ได้เขียนทับ ${basename(out)} (not overwritten)`, 1);
    }
  },
  async run(ctx) {
    const out = ctx.options.out as string;
    const target = resolve(out);
    const { value } = callCli(ctx.rt, 'exportSharedSummary_', asOfAndPeriod(ctx));
    // plain: no hidden state sheets in a file that leaves the fund
    await ctx.rt.saveCreated(value.id, target, { plain: true });
    // The fund's network id is made once and kept in the book: an older book gets it now.
    if (value.packetIdCreated) {
      await ctx.rt.save(ctx.file);
      ctx.out('บันทึกรหัสกองทุนสำหรับเครือข่ายลงในสมุดบัญชีแล้ว (the fund book now keeps its network id)');
    }
    ctx.out(
      `เขียน ${out} แล้ว: "${value.name}" ข้อมูล ณ วันที่ ${value.asOf} (${value.period}), ${value.sheets.length} แผ่นงาน: ${value.sheets.join(', ')}`,
    );
    ctx.out(
      `ปกปิดจำนวนรายที่น้อยกว่าเกณฑ์ ${value.hidden.small} ช่อง และช่องประกอบ ${value.hidden.complement} ช่อง (small counts hidden: ${value.hidden.small}, complementary: ${value.hidden.complement})`,
    );
    return 0;
  },
};

export const ACTIONS: Action[] = [info, setup, demo, check, summarize, share, importAction, network];
