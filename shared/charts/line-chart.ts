import type { EChartsOption, LineSeriesOption } from 'echarts';
import { axisNameStyle, baseOption, figure, gridOption, legendOption, valueAxisOption } from './common';
import { AXIS_COLOUR, LINE_STYLES, seriesLook } from './theme';
import type { CategoryChartInput } from './types';

/** Lines over categories; each told apart by colour, stroke and point symbol, its last value labelled by name. */
export function lineChartOption(input: CategoryChartInput): EChartsOption {
  const format = figure(input.lang);
  const hasFigures = input.series.some((series) => series.values.some((value) => value !== 0));
  const last = input.categories.length - 1;
  const series: LineSeriesOption[] = input.series.map((one, index) => {
    const look = seriesLook(index);
    const style = LINE_STYLES[index % LINE_STYLES.length] ?? { type: 'solid', symbol: 'circle' };
    return {
      type: 'line',
      name: one.name,
      data: [...one.values],
      symbol: style.symbol,
      symbolSize: 7,
      lineStyle: { color: look.color, type: style.type, width: 2 },
      itemStyle: { color: look.color, decal: look.decal },
      label: {
        show: true,
        fontSize: 11,
        color: look.color,
        // Every point is labelled on a short series; on a long one, the last point only, to keep labels apart.
        formatter: ({ value, dataIndex }: { value: unknown; dataIndex: number }) =>
          input.categories.length <= 6 || dataIndex === last ? format(value) : '',
      },
      labelLayout: { hideOverlap: true },
      endLabel: { show: false },
    };
  });
  return {
    ...baseOption(input, hasFigures),
    legend: { ...legendOption, data: input.series.map((one) => one.name) },
    // A legend of more than three series may take two lines.
    grid: { ...gridOption, right: 32, top: input.series.length > 3 ? 92 : 70 },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: [...input.categories],
      name: input.text.categoryAxis,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisNameStyle,
      axisLabel: { color: AXIS_COLOUR, hideOverlap: true, fontSize: 11 },
    },
    yAxis: valueAxisOption(input.text.valueAxis, format),
    series,
  } as EChartsOption;
}
