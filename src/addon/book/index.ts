/**
 * The workbook layer every feature uses: find the fund book's sheets and columns by name, read
 * each sheet in one call, append records safely, and write generated sheets.
 */
export { locateSheets } from './locate';
export { readBook, readUsedValues } from './read';
export { appendRows, writeRecords, ensureColumns, type RecordInput } from './append';
export { writeGeneratedSheet, isGeneratedSheet, type GeneratedBlock } from './generated';
export { MONEY_FORMAT, toCell } from './formats';
export { withDocumentLock } from './lock';
export { UserError, userError } from './errors';
