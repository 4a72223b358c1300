/** Small helpers shared by the table builders. */
import { t, type Lang, type LabelKey } from '../i18n';
import type { FundSettings } from '../settings';
import { spanLabel } from './period';
import type { Period, SummaryBlock } from './types';

/** The first block of every summary sheet: its title and the reporting period (the stamp above gives the as-of date). */
export function titleBlock(reportKey: LabelKey, settings: FundSettings, period: Period, lang: Lang): SummaryBlock {
  const fund = [settings.fundName, settings.place].filter((s) => s && s.trim() !== '').join(' ');
  return {
    title: fund === '' ? t(reportKey, lang) : t('sum.title', lang, { report: t(reportKey, lang), fund }),
    rows: [
      [
        t(period.kind === 'fiscal' ? 'sum.period.fiscal' : 'sum.period.calendar', lang, {
          name: period.name,
          span: spanLabel(period.start, Math.min(period.end, period.asOf)),
        }),
      ],
    ],
  };
}

/** Column names from catalogue keys. */
export function headerOf(lang: Lang, keys: LabelKey[]): string[] {
  return keys.map((k) => t(k, lang));
}
