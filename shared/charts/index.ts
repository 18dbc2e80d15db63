/** The one way Rebond builds a chart: pure option builders (no DOM), the theme, and ECharts with what they use. */
export { barChartOption } from './bar-chart';
export { lineChartOption } from './line-chart';
export { progressChartOption } from './progress-chart';
export { periodLabels } from './periods';
export { echarts, renderChartSvg } from './echarts';
export { CHART_DECALS, CHART_PALETTE, seriesLook, type ChartDecal } from './theme';
export type {
  BarChartInput,
  CategoryChartInput,
  ChartBase,
  ChartSeries,
  ChartText,
  ProgressChartInput,
  ProgressRow,
} from './types';
