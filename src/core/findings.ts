/**
 * A finding: one thing the add-on noticed about one cell, row, sheet or setting.
 * Parsers, readSheet, parseSettings and the checks all speak this one shape, so the check
 * report, the sidebar and the CLI can show them the same way.
 */
import { render, type MessageKey, type Params, type Text } from './i18n';
import type { SheetKey } from './schema';

export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. 'date.two-digit-year', 'setting.invalid'. */
  code: string;
  sheet?: SheetKey;
  /** 1-based sheet row (the header is row 1). */
  row?: number;
  /** Column key from schema.ts (or a setting key on the settings sheet). */
  column?: string;
  /** The cell's value as typed (as text). */
  value?: string;
  message: Text;
  fix?: Text;
}

/**
 * A catalogue text whose parameters are themselves texts (a detail, a fallback): each language
 * gets the parameter in its own language. Plain parameters are shared.
 */
export function textWith(key: MessageKey, params: Params, texts: Record<string, Text>): Text {
  const th: Params = { ...params };
  const en: Params = { ...params };
  for (const k of Object.keys(texts)) {
    th[k] = texts[k].th;
    en[k] = texts[k].en;
  }
  return { th: render(key, th).th, en: render(key, en).en };
}
