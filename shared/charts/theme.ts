/** A decal (fill pattern) as ECharts reads it; echarts does not export its own type. */
export interface ChartDecal {
  symbol?: string;
  symbolSize?: number;
  color?: string;
  dashArrayX?: number | (number | number[])[];
  dashArrayY?: number | number[];
  rotation?: number;
}

/**
 * A restrained palette: dark, medium and light tones that stay apart in greyscale, in the order series take them.
 * Colour is never the only cue: each series also carries its own decal (pattern) and value labels.
 */
export const CHART_PALETTE: readonly string[] = ['#1f4e79', '#c9822a', '#4f7f4e', '#7d4f76', '#5f6672', '#a8492f'];

/** What remains to reach a target: a pale grey behind the bar of what was done. */
export const TARGET_COLOUR = '#e3e6ea';
export const TEXT_COLOUR = '#1f2937';
export const AXIS_COLOUR = '#6b7280';
export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * One decal per series, distinct by shape and direction: diagonal hatching, dots, horizontal lines, cross-hatching,
 * vertical lines, the other diagonal. Drawn in translucent white over the series' colour, on screen and on paper.
 */
export const CHART_DECALS: readonly ChartDecal[] = [
  { symbol: 'rect', color: 'rgba(255,255,255,0.55)', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: Math.PI / 4 },
  { symbol: 'circle', color: 'rgba(255,255,255,0.75)', symbolSize: 0.7, dashArrayX: [[5, 5]], dashArrayY: [5, 0] },
  { symbol: 'rect', color: 'rgba(255,255,255,0.6)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  {
    symbol: 'rect',
    color: 'rgba(255,255,255,0.55)',
    dashArrayX: [
      [1, 0],
      [1, 6],
    ],
    dashArrayY: [2, 5],
    rotation: -Math.PI / 4,
  },
  { symbol: 'rect', color: 'rgba(255,255,255,0.6)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 2 },
  { symbol: 'rect', color: 'rgba(255,255,255,0.55)', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 },
];

/** The series' colour and decal by its position; more series than patterns wrap round. */
export function seriesLook(index: number): { color: string; decal: ChartDecal } {
  return {
    color: CHART_PALETTE[index % CHART_PALETTE.length] ?? '#1f4e79',
    decal: CHART_DECALS[index % CHART_DECALS.length] ?? { symbol: 'rect' },
  };
}

/** Lines are told apart by their stroke and their point symbol, as a decal does not fill a line. */
export const LINE_STYLES: readonly { type: 'solid' | 'dashed' | 'dotted'; symbol: string }[] = [
  { type: 'solid', symbol: 'circle' },
  { type: 'dashed', symbol: 'rect' },
  { type: 'dotted', symbol: 'triangle' },
  { type: 'solid', symbol: 'diamond' },
  { type: 'dashed', symbol: 'emptyCircle' },
  { type: 'dotted', symbol: 'emptyRect' },
];
