/**
 * The workbook layer every feature uses: find the fund book's sheets and columns by name, read
 * each sheet in one call, append records safely, and write generated sheets.
 */
export { locateSheets, findSheet, type LocatedSheets } from './locate';
export { readBook, readSheetData, readUsedValues, readHeader, type Book, type SheetData } from './read';
export { appendRows, writeRecords, ensureRows, ensureColumns, type RecordInput } from './append';
export {
  writeGeneratedSheet,
  isGeneratedSheet,
  stampText,
  type GeneratedBlock,
  type GeneratedOptions,
  type GeneratedResult,
} from './generated';
export {
  DATE_FORMAT,
  MONEY_FORMAT,
  INT_FORMAT,
  TEXT_FORMAT,
  formatForKind,
  isTextKind,
  toCell,
  quoteText,
  type CellInput,
  type CellValue,
} from './formats';
export { withDocumentLock } from './lock';
export { UserError, userError } from './errors';
