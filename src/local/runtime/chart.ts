/** Embedded charts: recorded as specs (type, ranges, title, position, options); nothing is drawn. */
import { Ctx } from './context';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { ChartSpec } from './workbook';

/** Charts.ChartType */
export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREE_MAP: 'TREE_MAP',
  WATERFALL: 'WATERFALL',
});

let nextChart = 1;

export class EmbeddedChart extends ServiceObject {
  constructor(
    ctx: Ctx,
    readonly _sheet: Sheet,
    readonly _spec: ChartSpec,
  ) {
    super(ctx);
  }

  getChartId(): number {
    return Number(this._spec.id.replace(/\D/g, '')) || 0;
  }

  getId(): string {
    return this._spec.id;
  }

  getType(): string {
    return this._spec.type;
  }

  getRanges(): Range[] {
    return this._spec.ranges.map((a) => this._sheet._parent._rangeFromA1(a, this._sheet));
  }

  getOptions(): { get(option: string): unknown } {
    const opts: Record<string, unknown> = {
      ...this._spec.options,
      ...(this._spec.title !== null ? { title: this._spec.title } : {}),
    };
    return { get: (option: string) => opts[option] ?? null };
  }

  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = this._spec.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.col,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }

  /**
   * What the playground draws (src/local/playground/snapshot.ts reads `chart.spec`): the chart's
   * type and title, with labels and series read from its ranges as the sheet holds them now, the
   * way Sheets draws them: the first range is the domain (labels), each further range one series;
   * with numHeaders >= 1 (or a text cell above numbers) the first row names the series.
   * Not part of Apps Script; a getter, so it is not counted as a service call.
   */
  get spec(): { type: string; title: string; labels: string[]; series: { name: string; values: number[] }[] } {
    const columns = this._spec.ranges.map((a) =>
      this._sheet._parent
        ._rangeFromA1(a, this._sheet)
        ._readValues()
        .map((row) => row[0]),
    );
    const numHeaders = Number(this._spec.options.numHeaders);
    const looksLikeHeader =
      columns.length > 1 &&
      columns.slice(1).every((c) => typeof c[0] === 'string' && c.slice(1).some((v) => typeof v === 'number'));
    const skip = Number.isFinite(numHeaders) && numHeaders >= 0 ? numHeaders : looksLikeHeader ? 1 : 0;
    const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
    const [domain = [], ...rest] = columns;
    return {
      type: this._spec.type,
      title: this._spec.title ?? '',
      labels: domain.slice(skip).map(show),
      series: rest.map((c, i) => ({
        name: skip > 0 ? show(c[0]) : `series ${i + 1}`,
        values: c.slice(skip).map((v) => (typeof v === 'number' ? v : Number(v) || 0)),
      })),
    };
  }

  modify(): EmbeddedChartBuilder {
    const b = new EmbeddedChartBuilder(this._ctx, this._sheet);
    b._spec = JSON.parse(JSON.stringify(this._spec)) as ChartSpec;
    return b;
  }
}

/** One builder for all chart kinds (asColumnChart() etc. return the same builder, as the typed ones chain). */
export class EmbeddedChartBuilder extends ServiceObject {
  _spec: ChartSpec;

  constructor(
    ctx: Ctx,
    readonly _sheet: Sheet,
  ) {
    super(ctx);
    this._spec = {
      id: `chart-${nextChart++}`,
      type: 'COLUMN',
      ranges: [],
      title: null,
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      options: {},
    };
  }

  addRange(range: Range): EmbeddedChartBuilder {
    this._spec.ranges.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
    return this;
  }

  removeRange(range: Range): EmbeddedChartBuilder {
    const a = `${range.getSheet().getName()}!${range.getA1Notation()}`;
    this._spec.ranges = this._spec.ranges.filter((r) => r !== a);
    return this;
  }

  clearRanges(): EmbeddedChartBuilder {
    this._spec.ranges = [];
    return this;
  }

  setChartType(type: string): EmbeddedChartBuilder {
    this._spec.type = String(type);
    return this;
  }

  asAreaChart(): EmbeddedChartBuilder {
    return this.setChartType('AREA');
  }
  asBarChart(): EmbeddedChartBuilder {
    return this.setChartType('BAR');
  }
  asColumnChart(): EmbeddedChartBuilder {
    return this.setChartType('COLUMN');
  }
  asLineChart(): EmbeddedChartBuilder {
    return this.setChartType('LINE');
  }
  asPieChart(): EmbeddedChartBuilder {
    return this.setChartType('PIE');
  }
  asScatterChart(): EmbeddedChartBuilder {
    return this.setChartType('SCATTER');
  }
  asTableChart(): EmbeddedChartBuilder {
    return this.setChartType('TABLE');
  }
  asComboChart(): EmbeddedChartBuilder {
    return this.setChartType('COMBO');
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    this._spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    if (option === 'title') this._spec.title = value === null ? null : String(value);
    else this._spec.options[option] = value;
    return this;
  }

  setTitle(chartTitle: string): EmbeddedChartBuilder {
    return this.setOption('title', chartTitle);
  }

  setNumHeaders(headers: number): EmbeddedChartBuilder {
    return this.setOption('numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  setHiddenDimensionStrategy(strategy: string): EmbeddedChartBuilder {
    return this.setOption('hiddenDimensionStrategy', String(strategy));
  }
  setMergeStrategy(strategy: string): EmbeddedChartBuilder {
    return this.setOption('mergeStrategy', String(strategy));
  }
  setStacked(): EmbeddedChartBuilder {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: string): EmbeddedChartBuilder {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  setXAxisTitle(title: string): EmbeddedChartBuilder {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): EmbeddedChartBuilder {
    return this.setOption('vAxis.title', title);
  }
  setColors(cssValues: string[]): EmbeddedChartBuilder {
    return this.setOption('colors', [...cssValues]);
  }

  getChartType(): string {
    return this._spec.type;
  }

  getRanges(): Range[] {
    return this._spec.ranges.map((a) => this._sheet._parent._rangeFromA1(a, this._sheet));
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this._ctx, this._sheet, JSON.parse(JSON.stringify(this._spec)) as ChartSpec);
  }
}

instrument(EmbeddedChart);
instrument(EmbeddedChartBuilder);
