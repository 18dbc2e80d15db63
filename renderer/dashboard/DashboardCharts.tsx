import { useMemo } from 'react';
import { barChartOption, lineChartOption, periodLabels, progressChartOption } from '../../shared/charts';
import { type DashboardCharts as Figures, STAGE_GROUP_NAMES } from '../../shared/contract/dashboard';
import type { Lang } from '../../shared/i18n';
import { Panel } from '../components/Panel';
import { useFormat } from '../components/format';
import { useLang, useT, type T } from '../i18n/useT';
import { ChartFigures } from './ChartFigures';
import { ChartView } from './ChartView';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** One chart with its title's summary and its figures as a hidden table. */
function ChartCard({ id, summary, children }: { id: string; summary: string; children: React.ReactNode }) {
  return (
    <figure className="chart-card" data-chart={id}>
      {children}
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}

function optionsOf(figures: Figures, lang: Lang, t: T) {
  const months = periodLabels(lang, 'month', figures.months);
  const weeks = periodLabels(lang, 'week', figures.weeks);
  const handovers = barChartOption({
    lang,
    text: {
      title: t('charts.handovers.title'),
      categoryAxis: t('charts.month'),
      valueAxis: t('charts.handovers.axis'),
      empty: t('charts.handovers.empty'),
    },
    categories: months,
    series: [
      { name: t('charts.handovers.loans'), values: figures.handovers.loan },
      { name: t('charts.handovers.donations'), values: figures.handovers.donation },
    ],
    stacked: true,
  });
  const stages = lineChartOption({
    lang,
    text: {
      title: t('charts.stages.title'),
      categoryAxis: t('charts.month'),
      valueAxis: t('charts.stages.axis'),
      empty: t('charts.stages.empty'),
    },
    categories: months,
    series: STAGE_GROUP_NAMES.map((group) => ({ name: t(`charts.stage.${group}`), values: figures.stages[group] })),
  });
  const erasures = barChartOption({
    lang,
    text: {
      title: t('charts.erasures.title'),
      categoryAxis: t('charts.week'),
      valueAxis: t('charts.erasures.axis'),
      empty: t('charts.erasures.empty'),
    },
    categories: weeks,
    series: [
      { name: t('charts.erasures.passed'), values: figures.erasures.passed },
      { name: t('charts.erasures.failed'), values: figures.erasures.failed },
    ],
  });
  const itemName = (item: string) => (item === 'sim' ? t('targetItem.sim') : t(`kind.${item}` as never));
  const programmeRows = figures.programmes.flatMap((programme) =>
    programme.items.map((item) => ({
      label: `${programme.name}\n${itemName(item.item)}`,
      done: item.handedOut,
      target: item.target,
    })),
  );
  const programmes = progressChartOption({
    lang,
    text: {
      title: t('charts.programmes.title'),
      valueAxis: t('charts.programmes.axis'),
      empty: t('charts.programmes.empty'),
    },
    rows: programmeRows,
    doneName: t('charts.programmes.done'),
    targetName: t('charts.programmes.target'),
  });
  return { months, weeks, handovers, stages, erasures, programmes, programmeRows };
}

/** The coordinator's and administrator's charts: handovers, stages over time, erasures, programmes' progress. */
export function DashboardChartsPanel({ figures }: { figures: Figures }) {
  const t = useT();
  const lang = useLang();
  const format = useFormat();
  const charts = useMemo(() => optionsOf(figures, lang, t), [figures, lang, t]);
  const counted = (key: Parameters<T>[0], count: number) => t(key, { count: format.number(count) });
  const stageToday = sum(STAGE_GROUP_NAMES.map((group) => figures.stages[group].at(-1) ?? 0));
  const programmeHeight = Math.max(200, 100 + charts.programmeRows.length * 40);
  return (
    <Panel
      title={t('charts.section')}
      actions={<p className="muted">{t('charts.timeZone', { zone: figures.timeZone })}</p>}
    >
      <div className="dashboard-charts">
        <ChartCard
          id="handovers"
          summary={counted('charts.handovers.summary', sum(figures.handovers.loan) + sum(figures.handovers.donation))}
        >
          <ChartView option={charts.handovers} testId="chart-handovers" />
          <ChartFigures
            caption={t('charts.handovers.title')}
            corner={t('charts.month')}
            columns={[t('charts.handovers.loans'), t('charts.handovers.donations')]}
            rows={charts.months.map((label, index) => ({
              label,
              values: [figures.handovers.loan[index] ?? 0, figures.handovers.donation[index] ?? 0],
            }))}
          />
        </ChartCard>
        <ChartCard id="stages" summary={counted('charts.stages.summary', stageToday)}>
          <ChartView option={charts.stages} testId="chart-stages" />
          <ChartFigures
            caption={t('charts.stages.title')}
            corner={t('charts.month')}
            columns={STAGE_GROUP_NAMES.map((group) => t(`charts.stage.${group}`))}
            rows={charts.months.map((label, index) => ({
              label,
              values: STAGE_GROUP_NAMES.map((group) => figures.stages[group][index] ?? 0),
            }))}
          />
        </ChartCard>
        <ChartCard
          id="erasures"
          summary={counted('charts.erasures.summary', sum(figures.erasures.passed) + sum(figures.erasures.failed))}
        >
          <ChartView option={charts.erasures} testId="chart-erasures" />
          <ChartFigures
            caption={t('charts.erasures.title')}
            corner={t('charts.week')}
            columns={[t('charts.erasures.passed'), t('charts.erasures.failed')]}
            rows={charts.weeks.map((label, index) => ({
              label,
              values: [figures.erasures.passed[index] ?? 0, figures.erasures.failed[index] ?? 0],
            }))}
          />
        </ChartCard>
        <ChartCard id="programmes" summary={counted('charts.programmes.summary', figures.programmes.length)}>
          <ChartView option={charts.programmes} height={programmeHeight} testId="chart-programmes" />
          <ChartFigures
            caption={t('charts.programmes.title')}
            corner={t('charts.table.item')}
            columns={[t('charts.programmes.done'), t('charts.programmes.target')]}
            rows={charts.programmeRows.map((row) => ({
              label: row.label.replace('\n', ' · '),
              values: [row.done, row.target],
            }))}
          />
        </ChartCard>
      </div>
    </Panel>
  );
}
