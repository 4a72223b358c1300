/**
 * What a column of the fund book is (src/core/schema.ts lists them, src/core/settings/benefitTable.ts
 * gives the benefit sheet's) and its letter. Types only besides columnLetter, so both can import it.
 */
export type ColumnKind = 'text' | 'id' | 'date' | 'money' | 'int' | 'year' | 'choice' | 'phone';

export interface ColumnDef {
  /** Stable key used in code. */
  key: string;
  th: string;
  en: string;
  /** Extra header spellings a group's own book may use. */
  aliases?: string[];
  kind: ColumnKind;
  required?: boolean;
  /** For kind 'choice': the name of the choice list (CHOICES key or 'benefits'). */
  choices?: ChoiceListName;
  /** Column width in pixels when the add-on creates the column. */
  width?: number;
}

export type ChoiceListName = 'memberStatus' | 'depositKind' | 'ledgerKind' | 'payee' | 'yesNo' | 'benefits';

/** A sheet's column letters: 1 -> 'A', 26 -> 'Z', 27 -> 'AA' (1-based, as Apps Script counts columns). */
export function columnLetter(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
