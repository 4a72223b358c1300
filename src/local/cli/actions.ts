/** The command line's actions: one entry each, mapping to a function of the built add-on. */
import type { Runtime } from '../runtime';

export interface ActionContext {
  rt: Runtime;
  file: string;
  options: Record<string, string | true>;
  out: (s: string) => void;
}

export interface Action {
  name: string;
  usage: string;
  summary: string;
  /** Options it takes: 'flag' or 'value'. */
  options?: Record<string, 'flag' | 'value'>;
  /** Save the workbook after a successful run. */
  writes: boolean;
  /** May run on a file that does not exist yet (it creates it). */
  createsFile?: boolean;
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

interface WorkbookInfo {
  name: string;
  sheets: { name: string; kind: string | null; hidden: boolean; header: string[]; rows: number }[];
}

const info: Action = {
  name: 'info',
  usage: 'info FILE',
  summary: 'แผ่นงาน หัวตาราง และจำนวนแถว (sheets, header row, row counts)',
  options: { json: 'flag' },
  writes: false,
  run(ctx) {
    const result = ctx.rt.call('getWorkbookInfo');
    const value = result.value as WorkbookInfo;
    if (ctx.options.json) {
      ctx.out(JSON.stringify(value, null, 2));
      return 0;
    }
    ctx.out(`สมุดงาน (workbook): ${value.name}`);
    for (const s of value.sheets) {
      const kind = s.kind ? ` [${s.kind}]` : '';
      ctx.out(`\n${s.name}${kind}${s.hidden ? ' (ซ่อน hidden)' : ''}: ${s.rows.toLocaleString('en-US')} แถวข้อมูล (data rows)`);
      if (s.header.length) ctx.out(`  หัวตาราง (header): ${s.header.join(' | ')}`);
    }
    return 0;
  },
};

const setup: Action = {
  name: 'setup',
  usage: 'setup FILE',
  summary: 'ตั้งค่าสมุดบัญชีกองทุน (set up the fund book)',
  writes: true,
  run(ctx) {
    const result = ctx.rt.call('setupFundBook');
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
    const result = ctx.rt.call('createDemoFund');
    printUi(ctx, result.ui);
    return 0;
  },
};

export const ACTIONS: Action[] = [info, setup, demo];
