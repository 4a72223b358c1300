/**
 * The workbook layer every feature uses: find the fund book's sheets and columns by name, read
 * each sheet in one call, append records safely, and write generated sheets. Everything outside
 * this folder imports it from here (eslint.config.mjs refuses `book/<file>`), so a file of the
 * layer can be split or renamed without touching its callers.
 */
export { findSheet, locateSheets, type LocatedSheets } from './locate';
export { readBook, readHeader, readUsedValues, requireSheet, type Book, type SheetData } from './read';
export { MAX_FORMULAS } from './formulas';
export { appendRecords, appendRows, ensureColumns, ensureRows, writeRecords, type RecordInput } from './append';
export {
  formatStampTime,
  isGeneratedSheet,
  layoutGeneratedSheet,
  writeGeneratedSheet,
  type GeneratedBlock,
  type GeneratedLayout,
} from './generated';
export {
  formatForKind,
  HEADER_BACKGROUND,
  INT_FORMAT,
  MONEY_FORMAT,
  TEXT_FORMAT,
  toCell,
  type CellInput,
  type CellValue,
} from './formats';
export { declarePrintLayout, printLayoutRequest } from './print';
export { withDocumentLock } from './lock';
export { bilingualError, UserError, userError } from './errors';
