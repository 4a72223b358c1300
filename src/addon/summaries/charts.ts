/**
 * Embedded charts on the summary sheets: a line of the fund balance by month and columns of
 * welfare by benefit. Charts survive Sheet.clear(), so the old ones are removed first and the
 * new ones drawn over the freshly written ranges (the header row names the series).
 * Service calls: a few per chart, none per row.
 */
import type { SummaryTable } from '../../core/summaries';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** blockRows: the 1-based sheet row of each block's first data row (writeGeneratedSheet's result). */
export function drawCharts(sheet: Sheet, table: SummaryTable, blockRows: number[]): void {
  const old = sheet.getCharts();
  for (const c of old) sheet.removeChart(c);
  for (const plan of table.charts) {
    const block = table.blocks[plan.block];
    const first = blockRows[plan.block] + plan.firstRow;
    const count = plan.lastRow - plan.firstRow + 1;
    if (count <= 0) continue;
    // Include the header row above the data when the block has one: it names the series.
    const withHeader = block.header !== undefined && plan.firstRow === 0;
    const top = withHeader ? first - 1 : first;
    const height = withHeader ? count + 1 : count;
    let builder = sheet.newChart().addRange(sheet.getRange(top, plan.labelCol + 1, height, 1));
    for (const col of plan.valueCols) builder = builder.addRange(sheet.getRange(top, col + 1, height, 1));
    builder = builder.setNumHeaders(withHeader ? 1 : 0);
    const typed = plan.type === 'LINE' ? builder.asLineChart() : builder.asColumnChart();
    const chart = typed
      .setTitle(plan.title)
      .setPosition(Math.max(1, top), plan.anchorCol + 1, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
}
