/**
 * `npx welfare-fund setup --network FILE` and `npx welfare-fund network FILES… --out NETWORK.xlsx
 * --json`: the printed JSON keys figures as the summaries' key figures, a fund book sent by mistake
 * is rejected, a missing file fails with its reason, and the meeting board prints on one A4 page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, tempDir } from '../support/runtime';
import { cliRunner } from '../support/cli';
import { unzipText } from '../share/helpers';

const cli = cliRunner(240000);

interface Json {
  funds: {
    file: string;
    name: string;
    status: string;
    reason: string;
    asOf: string;
    figures: Record<string, number> | null;
  }[];
  totals: Record<string, number>;
}

describe('npx welfare-fund network', () => {
  let dir: string;
  let book: string;
  let shared: string;
  beforeAll(() => {
    requireBuild();
    dir = tempDir('network-cli-');
    book = join(dir, 'fund.xlsx');
    shared = join(dir, 'shared.xlsx');
    expect(cli('demo', book).code).toBe(0);
    expect(cli('share', book, '--out', shared, '--as-of', '30/9/2569').code).toBe(0);
  }, 300000);

  test('setup --network makes a network book from nothing; setup --network on a fund book is refused', () => {
    const net = join(dir, 'empty-network.xlsx');
    const r = cli('setup', '--network', net);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(net)).toBe(true);
    const names = [
      ...unzipText(readFileSync(net))
        .get('xl/workbook.xml')!
        .matchAll(/<sheet [^>]*name="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['ตั้งค่าเครือข่าย', 'กองทุนในเครือข่าย']));
    const refused = cli('setup', '--network', book);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('สมุดบัญชีกองทุน');
  }, 240000);

  test('--json prints each file with its status and figures, and totals keyed as the key figures', () => {
    const out = join(dir, 'network.xlsx');
    const r = cli(
      'network',
      shared,
      book,
      join(dir, 'nobody.xlsx'),
      '--out',
      out,
      '--json',
      '--reporting-date',
      '31/10/2569',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // not every fund counted: the user must look
    const j = JSON.parse(r.out) as Json;
    expect(j.funds.map((f) => [f.status, f.figures === null])).toEqual([
      ['ok', false],
      ['rejected', true],
      ['failed', true],
    ]);
    expect(j.funds[0].name).toBe('กองทุนสวัสดิการชุมชนตำบลดอนแก้ว');
    expect(j.funds[0].asOf).toBe('2026-09-30');
    expect(j.funds[1].reason).toContain('สมุดบัญชีกองทุนทั้งเล่ม');
    expect(j.funds[2].reason).toContain('ไม่พบไฟล์');
    for (const k of ['activeNow', 'totalIncome', 'welfarePaid', 'balance', 'membersAtStart', 'welfareToContributions'])
      expect([k, j.totals[k]]).toEqual([k, j.funds[0].figures![k]]);
    expect(Number.isInteger(Math.round(j.totals.welfarePaid * 100))).toBe(true);
  }, 240000);

  test('the meeting board is set to print on one A4 page, portrait, fit to width', () => {
    const parts = unzipText(readFileSync(join(dir, 'network.xlsx')));
    const names = [...parts.get('xl/workbook.xml')!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const n = names.indexOf('กระดานประชุม') + 1;
    expect(n).toBeGreaterThan(0);
    const xml = parts.get(`xl/worksheets/sheet${n}.xml`)!;
    expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="portrait"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
  });
});
