import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format/numbers';
import type { Lang } from '../i18n/define';
import { AXIS_COLOUR, FONT_FAMILY, TEXT_COLOUR } from './theme';
import type { ChartBase } from './types';

/** A figure as the language writes it, for labels and axes (`1 234` in French, `1,234` in English). */
export const figure = (lang: Lang) => (value: unknown) =>
  typeof value === 'number' ? formatNumber(lang, value) : String(value ?? '');

/** What every chart of Rebond shares: the title, the accessible description with decals, fonts, print mode. */
export function baseOption(input: ChartBase, hasFigures: boolean): EChartsOption {
  const print = input.print === true;
  return {
    animation: !print,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOUR },
    title: [
      { text: input.text.title, left: 0, top: 0, textStyle: { fontSize: 15, fontWeight: 600, color: TEXT_COLOUR } },
      ...(hasFigures
        ? []
        : [{ text: input.text.empty, left: 'center', top: 'middle', textStyle: { fontSize: 13, color: AXIS_COLOUR } }]),
    ],
    aria: { enabled: true, decal: { show: true }, label: { enabled: true } },
    ...(print
      ? {}
      : { tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: figure(input.lang) } }),
  } as EChartsOption;
}

export const legendOption = { top: 26, left: 0, itemGap: 16, itemWidth: 18, itemHeight: 12 } as const;

/** Room for the title and legend above, the axis' names and labels around. */
export const gridOption = {
  top: 70,
  left: 8,
  right: 16,
  bottom: 8,
  outerBoundsMode: 'same',
  outerBoundsContain: 'all',
} as const;

export const axisNameStyle = { color: AXIS_COLOUR, fontSize: 12 } as const;

/** The value axis every category chart has: its name on the left, whole steps, figures in the chart's language. */
export function valueAxisOption(name: string | undefined, format: (value: number) => string) {
  return {
    type: 'value' as const,
    name,
    nameTextStyle: { ...axisNameStyle, align: 'left' as const },
    minInterval: 1,
    axisLabel: { color: AXIS_COLOUR, formatter: format },
  };
}
