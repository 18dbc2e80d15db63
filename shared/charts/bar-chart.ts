import type { BarSeriesOption, EChartsOption } from 'echarts';
import { axisNameStyle, baseOption, figure, gridOption, legendOption, valueAxisOption } from './common';
import { AXIS_COLOUR, seriesLook } from './theme';
import type { BarChartInput } from './types';

/** Bars per category, grouped (side by side) or stacked; each series has its colour, its decal and its value labels. */
export function barChartOption(input: BarChartInput): EChartsOption {
  const format = figure(input.lang);
  const hasFigures = input.series.some((series) => series.values.some((value) => value !== 0));
  const series: BarSeriesOption[] = input.series.map((one, index) => {
    const look = seriesLook(index);
    return {
      type: 'bar',
      name: one.name,
      data: [...one.values],
      ...(input.stacked ? { stack: 'total' } : {}),
      itemStyle: { color: look.color, decal: look.decal },
      barMaxWidth: 36,
      label: {
        show: true,
        position: input.stacked ? 'inside' : 'top',
        fontSize: 11,
        color: '#1f2937',
        // Inside a patterned bar, a label sits on its own pale box so that the pattern never crosses its figures.
        ...(input.stacked ? { backgroundColor: 'rgba(255,255,255,0.9)', padding: [1, 3], borderRadius: 2 } : {}),
        // A zero says nothing on a bar and would pile up on the axis.
        formatter: ({ value }: { value: unknown }) => (value === 0 ? '' : format(value)),
      },
      labelLayout: { hideOverlap: true },
    };
  });
  return {
    ...baseOption(input, hasFigures),
    legend: { ...legendOption, data: input.series.map((one) => one.name) },
    grid: { ...gridOption, top: input.text.categoryAxis ? 70 : 64 },
    xAxis: {
      type: 'category',
      data: [...input.categories],
      name: input.text.categoryAxis,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisNameStyle,
      axisLabel: { color: AXIS_COLOUR, hideOverlap: true, fontSize: 11 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: valueAxisOption(input.text.valueAxis, format),
    series,
  } as EChartsOption;
}
