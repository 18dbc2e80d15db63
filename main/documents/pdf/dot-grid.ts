/**
 * A printer's dots, in PDF points. A barcode's bars and modules printed at 100 % land on whole dots only when
 * their widths and their positions are whole numbers of dots; anything else is rounded bar by bar by the printer,
 * one bar a dot wider, the next a dot narrower, and a one-bit thermal head cannot blur the difference away.
 */
export interface DotGrid {
  /** One dot, in points. */
  dot: number;
  /** The nearest dot edge at or after `points` (page coordinates, from the page's top left corner). */
  ceil(points: number): number;
  /** The nearest dot edge at or before `points`. */
  floor(points: number): number;
}

/** Positions are rounded to 1/1000 of a dot first, so that a point already on the grid stays where it is. */
const EPSILON = 1e-3;

export function dotGrid(dpi: number): DotGrid {
  const dot = 72 / dpi;
  return {
    dot,
    ceil: (points) => Math.ceil(points / dot - EPSILON) * dot,
    floor: (points) => Math.floor(points / dot + EPSILON) * dot,
  };
}
