/** The report sheet "ผลการนำเข้า": what each tab gave, every skipped row with its reason, totals checked. */
import { todayDay } from '../../core/dates';
import { t, text, type Lang } from '../../core/i18n';
import { bahtText, type TabPlan } from '../../core/import';
import { MONEY_FORMAT, writeGeneratedSheet, type GeneratedBlock } from '../book';
import { userLang } from '../lang';

/** Rows listed per run; the counts above them are complete. */
const LIST_LIMIT = 20000;

export function reportBlocks(plans: TabPlan[], batch: number | null, lang: Lang): GeneratedBlock[] {
  const th = lang === 'th';
  const blocks: GeneratedBlock[] = [
    {
      title:
        batch === null
          ? th
            ? 'ทดลองนำเข้า (ยังไม่ได้บันทึก)'
            : 'Dry run (nothing written)'
          : th
            ? `นำเข้าชุดที่ ${batch}`
            : `Import batch ${batch}`,
      header: th
        ? ['แผ่นงาน', 'ประเภท', 'แถวที่อ่าน', 'นำเข้า', 'นำเข้าแล้วก่อนหน้านี้', 'ข้ามไป', 'สมาชิก']
        : ['Tab', 'Kind', 'Rows read', 'Imported', 'Imported before', 'Skipped', 'Members'],
      rows: plans.map((p) => [
        p.tab,
        t(`import.kind.${p.kind}`, lang),
        p.rowsRead,
        p.toImport,
        p.alreadyImported,
        p.skipped.length,
        p.memberCount,
      ]),
    },
    {
      title: th ? 'ยอดเงินตามประเภท (บาท)' : 'Money by kind (baht)',
      header: th
        ? ['แผ่นงาน', 'ประเภท', 'นำเข้า', 'ข้ามไป', 'นำเข้าแล้วก่อนหน้านี้']
        : ['Tab', 'Kind', 'Imported', 'Skipped', 'Imported before'],
      rows: plans.flatMap((p) =>
        p.totals.map((k) => [p.tab, k.label[lang], k.satang / 100, k.skippedSatang / 100, k.alreadySatang / 100]),
      ),
      formats: [null, null, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT],
    },
  ];
  const reconciles = plans.flatMap((p) =>
    p.reconciles.map((r) => [
      p.tab,
      r.where[lang],
      bahtText(r.sourceSatang),
      bahtText(r.readSatang),
      r.ok ? (th ? 'ตรงกัน' : 'equal') : th ? 'ไม่ตรง' : 'differ',
    ]),
  );
  if (reconciles.length > 0)
    blocks.push({
      title: th ? 'ตรวจกับยอดรวมของแผ่นงานเอง' : "Checked against the tab's own totals",
      header: th
        ? ['แผ่นงาน', 'ยอดรวมที่', 'ยอดในแผ่นงาน', 'ยอดที่อ่านได้', 'ผล']
        : ['Tab', 'Total at', 'Tab says', 'Read', 'Result'],
      rows: reconciles,
    });
  const skipped = plans.flatMap((p) =>
    p.skipped.map((s) => [p.tab, s.row, s.cell ?? '', s.reason[lang], s.satang === undefined ? '' : s.satang / 100]),
  );
  blocks.push({
    title: th ? `แถวที่ข้ามไป ${skipped.length} รายการ` : `Skipped rows: ${skipped.length}`,
    header: th ? ['แผ่นงาน', 'แถว', 'ช่อง', 'เหตุผล', 'จำนวนเงิน'] : ['Tab', 'Row', 'Cell', 'Reason', 'Amount'],
    rows: skipped.slice(0, LIST_LIMIT),
    formats: [null, null, null, null, MONEY_FORMAT],
  });
  const notes = plans.flatMap((p) => p.notes.map((n) => [p.tab, n.row, n.text[lang]]));
  if (notes.length > 0)
    blocks.push({
      title: th ? 'ข้อสังเกต' : 'Notes',
      header: th ? ['แผ่นงาน', 'แถว', 'ข้อสังเกต'] : ['Tab', 'Row', 'Note'],
      rows: notes.slice(0, LIST_LIMIT),
    });
  return blocks;
}

export function writeReport(
  plans: TabPlan[],
  batch: number | null,
  ss?: GoogleAppsScript.Spreadsheet.Spreadsheet,
): string {
  const lang = userLang();
  const name = text('import.report.sheet')[lang];
  writeGeneratedSheet(name, reportBlocks(plans, batch, lang), {
    asOf: todayDay(),
    lang,
    ss,
    columnWidths: [160, 180, 110, 260, 110, 90, 90],
  });
  return name;
}
