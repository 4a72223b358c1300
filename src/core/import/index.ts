/** Import from a group's own books: detect, read, dry run (plan), batches. See README "Import". */
export * from './types';
export { KIND_FIELDS, FIELD_LABELS, matchHeaderWord, monthOfHeader, dayOfHeader, isTotalLabel } from './dictionary';
export { detectTab, findHeader, mappingFor, assignColumns, yearIn, monthIn, type Detection } from './detect';
export { planTab, mappingProblems, statusFromNote, sourceFromDescription, normalizeName, fieldLabel, type PlanContext } from './plan';
export { suggestBenefit, suggestLedgerKind } from './suggest';
export { readDate, readSatang, readUnits, readIdText, columnLetter } from './values';
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
