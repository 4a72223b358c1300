/** Import from a group's own books: detect, read, dry run (plan), batches. See README "Import". */
export * from './types';
export { KIND_FIELDS, FIELD_LABELS, matchHeaderWord, monthOfHeader, dayOfHeader, isTotalLabel } from './dictionary';
export { detectTab, findHeader, mappingFor, assignColumns, yearIn, monthIn, type Detection } from './detect';
export {
  planTab,
  mappingProblems,
  statusFromNote,
  sourceFromDescription,
  normalizeName,
  fieldLabel,
  type PlanContext,
} from './plan';
export { suggestBenefit, suggestLedgerKind } from './suggest';
export { readDate, readSatang, readUnits, readIdText, columnLetter, bahtText } from './values';
export {
  ORIGIN_HEADER,
  originCell,
  parseOriginCell,
  fingerprint,
  planImport,
  suggestedAnswers,
  emptyMapping,
  parseMappingFile,
  sameReading,
  type BookFacts,
  type SourceTab,
} from './batch';
export { previewTab, type PreviewColumn, type PreviewCell } from './preview';
