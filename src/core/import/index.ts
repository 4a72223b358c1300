/** Import from a group's own books: detect, read, dry run (plan), batches. See README "Import". */
export * from './types';
export { KIND_FIELDS, matchHeaderWord } from './dictionary';
export { detectTab, findHeader, mappingFor } from './detect';
export { statusFromNote, sourceFromDescription } from './plan';
export { readDate, bahtText } from './values';
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
export { previewTab, type PreviewColumn } from './preview';
