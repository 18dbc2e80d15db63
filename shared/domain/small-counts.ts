/**
 * The one small-counts rule of Rebond's reports: a count of people between 1 and 4 is never printed, so that no
 * small group can be identified; it shows as « < 5 » in the PDF and as that text in the XLSX. A total beside
 * suppressed cells could give one back (total minus the others), so when a row or column has exactly one suppressed
 * cell, the smallest other non-zero cell is hidden too (secondary suppression, shown as « masqué »/"hidden").
 */
export const SMALL_COUNT_LIMIT = 5;

/** A cell as printed: the figure, « < 5 » (primary), or hidden so a total cannot reveal a suppressed cell. */
export type CountCell = { shown: number } | { suppressed: 'small' } | { suppressed: 'secondary' };

export const isSmall = (count: number): boolean => count >= 1 && count < SMALL_COUNT_LIMIT;

/** One count on its own (no total beside it): « < 5 » when it is between 1 and 4. */
export function protectCount(count: number): CountCell {
  return isSmall(count) ? { suppressed: 'small' } : { shown: count };
}

/**
 * The cells of a row (or column) whose total is printed too, and the total's own cell. Primary: every 1-4.
 * Secondary: when exactly one cell is suppressed, the smallest other non-zero cell as well, so that the total minus
 * the shown cells is always the sum of two or more hidden cells.
 */
export function protectWithTotal(counts: readonly number[]): { cells: CountCell[]; total: CountCell } {
  const cells: CountCell[] = counts.map(protectCount);
  const suppressed = cells.filter((cell) => 'suppressed' in cell).length;
  if (suppressed === 1) {
    let smallest = -1;
    counts.forEach((count, index) => {
      if ('shown' in (cells[index] ?? { shown: 0 }) && count > 0 && (smallest < 0 || count < (counts[smallest] ?? 0)))
        smallest = index;
    });
    if (smallest >= 0) cells[smallest] = { suppressed: 'secondary' };
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  return { cells, total: protectCount(total) };
}

/** A cell's text: the figure formatted by the caller, or the suppression's words (already translated). */
export function cellText(
  cell: CountCell,
  format: (value: number) => string,
  words: { small: string; secondary: string },
): string {
  if ('shown' in cell) return format(cell.shown);
  return cell.suppressed === 'small' ? words.small : words.secondary;
}
