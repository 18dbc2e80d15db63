/** How asset labels are printed: the printer's resolution, where a partly used sheet starts, what a label shows. */
import type { LabelFormat } from './documents';
import type { DeviceState } from './lifecycle';

/** Label printers print at 203 or 300 dots per inch (some at 600); office printers at 300, 600 or 1200. */
export const PRINTER_DPIS = [203, 300, 600] as const;
export type PrinterDpi = (typeof PRINTER_DPIS)[number];

export function isPrinterDpi(value: unknown): value is PrinterDpi {
  return (PRINTER_DPIS as readonly unknown[]).includes(value);
}

/**
 * Thermal roll and Dymo printers are mostly 203 dpi; a sheet goes through an office printer, whose 300, 600 or
 * 1200 dpi all fall on a 300 dpi grid.
 */
export const DEFAULT_DPI: Record<LabelFormat, PrinterDpi> = { 'a4-3x8': 300, 'roll-62': 203, 'dymo-54x25': 203 };

/** Labels on one A4 sheet (3 × 8): a partly used sheet starts at any of them. */
export const SHEET_LABELS = 24;

/** What the print dialog or the command line may say about labels; each has a default. */
export interface LabelPrintOptions {
  dpi?: PrinterDpi | undefined;
  /** The first free label of a partly used A4 sheet, from 1 (top left, then along the row). */
  start?: number | undefined;
  /** Prints the grade (a permanent label outlives it: a returned device is graded again). */
  grade?: boolean | undefined;
}

/** Devices that have left for good: a batch's or a selection's labels leave them out. */
export const UNLABELLED_STATUSES: readonly DeviceState[] = ['recycled', 'lost_stolen'];
