/** PDF points from millimetres: a label printed at 100 % is exactly the size its stock says. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

export const A4: [number, number] = [mm(210), mm(297)];

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#5a5a5a',
  rule: '#9a9a9a',
  fill: '#eeeeee',
  accent: '#1f4e79',
} as const;
