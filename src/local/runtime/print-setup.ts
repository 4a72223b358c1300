/**
 * The page setup a sheet is saved with in the .xlsx (Excel and LibreOffice print with it). Google
 * Sheets has no print-settings API, so the add-on records a generated sheet's layout as developer
 * metadata (src/core/print-layout.ts); here it becomes the OOXML page setup (ECMA-376 Part 1,
 * §18.3.1.63 pageSetup, §18.3.1.46 headerFooter, §18.2.5 definedName _xlnm.Print_Titles).
 * A sheet without one keeps what another program or the command line set (passthrough.pageSetup).
 */
import { PRINT_LAYOUT_KEY, decodePrintLayout } from '../../core/print-layout';
import type { SheetModel } from './workbook';

export interface PageSetup {
  /** 9 = A4 */
  paperSize?: number;
  orientation?: 'portrait' | 'landscape';
  fitToPage?: boolean;
  /** pages across; with fitToHeight 0: as many pages down as needed */
  fitToWidth?: number;
  fitToHeight?: number;
  horizontalCentered?: boolean;
  /** header and footer in the &-code language of §18.3.1.46 */
  header?: string;
  footer?: string;
  /** 1-based rows printed at the top of every page */
  repeatRows?: [number, number];
}

/** A literal text in a header or footer: '&' is written '&&'. */
const literal = (s: string): string => s.replace(/&/g, '&&');

export function pageSetupOf(m: SheetModel): PageSetup | undefined {
  const meta = m.devMeta.find((d) => d.key === PRINT_LAYOUT_KEY);
  const layout = decodePrintLayout(meta?.value);
  // a sheet not read yet has none (the reader never sets one): it is not read just to ask
  if (!layout) return m.pending ? undefined : (m.passthrough.pageSetup as PageSetup | undefined);
  return {
    paperSize: 9,
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    header: `&C&B${literal(layout.title)}`,
    footer: '&C&P / &N',
    ...(layout.repeatRows ? { repeatRows: layout.repeatRows } : {}),
  };
}
