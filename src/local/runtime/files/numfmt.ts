/**
 * Number formats in the file versus in the model. Excel's built-in format ids, and the Buddhist-Era
 * prefix: date cells are written with a locale prefix that makes Excel and LibreOffice show the
 * year in พ.ศ. (2002 shows as 2545), and the prefix is taken off again on load, so the add-on keeps
 * its own formats (Google Sheets shows C.E.; see docs/DESIGN.md).
 */

/** ECMA-376 18.8.30 built-in formats (ids not listed are locale dependent and read as General). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
export const BUILTIN_IDS = new Map(Object.entries(BUILTIN_FORMATS).map(([id, f]) => [f, Number(id)]));

/** A format that shows a date or time (quoted text and [colour]/[$-locale] parts ignored). */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ydhs]|m{1,}/i.test(bare) && !/^[#0.,%E+\-;() ?/]*$/.test(bare) && !/^@$/.test(bare.trim());
}

/**
 * Excel's Thai locale (041E) with the Thai Buddhist calendar (07): Excel shows พ.ศ. years, and
 * LibreOffice maps it to its own "[~buddhist]" calendar modifier on import.
 */
export const BE_PREFIX = '[$-107041E]';
const BE_PREFIXES = /^\[\$-(?:[0-9A-Fa-f]?07041[eE]|th-TH,107|1070000)\]|^\[~buddhist\]/;

export function toFileFormat(fmt: string): string {
  return isDateFormat(fmt) && !fmt.startsWith('[$') && !fmt.startsWith('[~') ? BE_PREFIX + fmt : fmt;
}

export function fromFileFormat(fmt: string): string {
  return fmt.replace(BE_PREFIXES, '');
}
