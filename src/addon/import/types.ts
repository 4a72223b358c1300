/** The import dialog's server functions with their types (merged into ServerApi in ../api.ts). */
import type { ImportKind, ImportMapping, PreviewColumn, TabMapping } from '../../core/import';
import type { DetectedTab, DryRunView, ImportContext, ImportRunView } from './api';
import type { UndoResult } from './run';

export interface ImportApi {
  getImportContext(): ImportContext;
  detectImportTabs(names: string[]): DetectedTab[];
  remapImportTab(name: string, kind: ImportKind): TabMapping;
  previewImportTab(mapping: TabMapping): PreviewColumn[];
  dryRunImport(mapping: ImportMapping): DryRunView;
  runImport(mapping: ImportMapping): ImportRunView;
  undoImport(): UndoResult;
  exportImportMapping(): string;
  loadImportMapping(json: string): ImportMapping;
}
