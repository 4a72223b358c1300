/** What the import dialog's page needs from core: lists and formatters, no parsers. */
export { FIELD_LABELS } from './dictionary';
export { IMPORT_KINDS } from './types';
export type { ImportKind, ImportMapping, TabMapping, ValueMaps } from './types';
export type { PreviewColumn } from './preview';
export { bahtText, columnLetter } from './values';
