import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatNumber } from '../format/numbers';
import { axisNameStyle, baseOption, gridOption, legendOption } from './common';
import { AXIS_COLOUR, seriesLook, TARGET_COLOUR } from './theme';
import type { ProgressChartInput } from './types';

/**
 * Progress against a target: one horizontal bar per row, what was done drawn over its target (a pale bar the length
 * of the target, outlined), labelled `12 / 40 (30 %)`; a row without a target shows its figure alone.
 */
export function progressChartOption(input: ProgressChartInput): EChartsOption {
  const { lang } = input;
  const hasFigures = input.rows.length > 0;
  const look = seriesLook(0);
  const labelOf = (done: number, target: number | null) => {
    if (!target) return formatNumber(lang, done);
    const percent = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 0,
    }).format(done / target);
    return `${formatNumber(lang, done)} / ${formatNumber(lang, target)} (${percent})`;
  };
  // Rows read top to bottom in the given order: a category y axis draws its first value at the bottom.
  const rows = [...input.rows].reverse();
  const target: BarSeriesOption = {
    type: 'bar',
    name: input.targetName,
    data: rows.map((row) => row.target ?? 0),
    barWidth: 18,
    itemStyle: {
      color: TARGET_COLOUR,
      borderColor: AXIS_COLOUR,
      borderWidth: 1,
      borderType: 'dashed',
      decal: { symbol: 'none' },
    },
    silent: true,
    z: 1,
  };
  const done: BarSeriesOption = {
    type: 'bar',
    name: input.doneName,
    data: rows.map((row) => row.done),
    barWidth: 18,
    barGap: '-100%',
    itemStyle: { color: look.color, decal: look.decal },
    label: {
      show: true,
      position: 'right',
      fontSize: 11,
      color: '#1f2937',
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const row = rows[dataIndex];
        return row ? labelOf(row.done, row.target) : '';
      },
    },
    z: 2,
  };
  const longest = Math.max(1, ...rows.map((row) => Math.max(row.done, row.target ?? 0)));
  return {
    ...baseOption(input, hasFigures),
    legend: { ...legendOption, data: [input.doneName, input.targetName] },
    grid: { ...gridOption, right: 110 },
    yAxis: {
      type: 'category',
      data: rows.map((row) => row.label),
      axisLabel: { color: AXIS_COLOUR, fontSize: 11, width: 190, overflow: 'truncate', lineHeight: 13 },
      axisTick: { show: false },
    },
    xAxis: {
      type: 'value',
      max: longest,
      name: input.text.valueAxis,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: axisNameStyle,
      minInterval: 1,
      axisLabel: { color: AXIS_COLOUR, formatter: (value: number) => formatNumber(lang, value) },
    },
    series: [target, done],
  } as EChartsOption;
}
