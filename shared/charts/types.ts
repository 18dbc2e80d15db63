import type { Lang } from '../i18n/define';

/** One series of figures, one per category, in the categories' order. */
export interface ChartSeries {
  name: string;
  values: readonly number[];
}

/** The words of a chart, already translated by the caller (the catalogue is the caller's). */
export interface ChartText {
  title: string;
  /** The category axis' name (« Mois », "Week"). */
  categoryAxis?: string;
  /** The value axis' name (« Appareils », "Devices"). */
  valueAxis?: string;
  /** What the chart says when it has no figure at all (« Aucune remise sur la période »). */
  empty: string;
}

export interface ChartBase {
  lang: Lang;
  text: ChartText;
  /** For a PDF or a printout: no animation, no tooltip. */
  print?: boolean;
}

/** Bars or lines over categories (months, weeks): the categories are labels already formatted (see `periodLabels`). */
export interface CategoryChartInput extends ChartBase {
  categories: readonly string[];
  series: readonly ChartSeries[];
}

export interface BarChartInput extends CategoryChartInput {
  /** Series stacked in one bar per category rather than side by side. */
  stacked?: boolean;
}

/** One bar of a progress chart: what was done against its target (a target of 0 or null means none was set). */
export interface ProgressRow {
  label: string;
  done: number;
  target: number | null;
}

export interface ProgressChartInput extends ChartBase {
  rows: readonly ProgressRow[];
  /** The legend's names of the two bars (« Remis », « Objectif »). */
  doneName: string;
  targetName: string;
}
