import { describe, expect, it } from 'vitest';
import {
  barChartOption,
  CHART_DECALS,
  lineChartOption,
  periodLabels,
  progressChartOption,
  renderChartSvg,
} from '../../../shared/charts';

/** The text an SVG shows, with its entities decoded (French numbers carry a narrow no-break space). */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&amp;/g, '&'),
  );
}

const patternsOf = (svg: string) => (svg.match(/<pattern\b/g) ?? []).length;

const months = ['2026-01', '2026-02', '2026-03'];

describe('the chart base', () => {
  it('names months and weeks in French by default and in English', () => {
    expect(periodLabels('fr', 'month', months)).toEqual(['janv. 2026', 'févr. 2026', 'mars 2026']);
    expect(periodLabels('en', 'month', months)).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(periodLabels('fr', 'week', ['2026-03-02'])).toEqual(['2 mars']);
    expect(periodLabels('en', 'week', ['2026-03-02'])).toEqual(['2 Mar']);
  });

  it('draws grouped bars with their values, a decal per series, the title and axis names', () => {
    const option = barChartOption({
      lang: 'fr',
      text: { title: 'Remises par mois', categoryAxis: 'Mois', valueAxis: 'Appareils', empty: 'Aucune remise' },
      categories: periodLabels('fr', 'month', months),
      series: [
        { name: 'Prêts', values: [3, 1234, 0] },
        { name: 'Dons', values: [5, 7, 9] },
      ],
      print: true,
    });
    expect(option.animation).toBe(false);
    const svg = renderChartSvg(option, 640, 320);
    const texts = textsOf(svg);
    expect(texts).toEqual(expect.arrayContaining(['Remises par mois', 'Mois', 'Appareils', 'Prêts', 'Dons']));
    expect(texts).toEqual(expect.arrayContaining(['3', '1\u202f234', '5', '7', '9', 'janv. 2026', 'mars 2026']));
    expect(texts).not.toContain('Aucune remise');
    expect(patternsOf(svg)).toBeGreaterThanOrEqual(2);
  });

  it('stacks bars in English with English numbers', () => {
    const svg = renderChartSvg(
      barChartOption({
        lang: 'en',
        text: { title: 'Erasures per week', empty: 'No erasure' },
        categories: periodLabels('en', 'week', ['2026-03-02', '2026-03-09']),
        series: [
          { name: 'Passed', values: [1500, 12] },
          { name: 'Failed', values: [2, 1] },
        ],
        stacked: true,
        print: true,
      }),
      640,
      320,
    );
    expect(textsOf(svg)).toEqual(expect.arrayContaining(['Erasures per week', '1,500', '12', '2', 'Passed', '2 Mar']));
    expect(patternsOf(svg)).toBeGreaterThanOrEqual(2);
  });

  it('draws lines labelled with their last value', () => {
    const option = lineChartOption({
      lang: 'fr',
      text: { title: 'Appareils par étape', empty: 'Aucun appareil' },
      categories: periodLabels('fr', 'month', months),
      series: [
        { name: 'En stock', values: [10, 20, 30] },
        { name: 'Remis', values: [1, 2, 4] },
      ],
      print: true,
    });
    const texts = textsOf(renderChartSvg(option, 640, 320));
    expect(texts).toEqual(expect.arrayContaining(['Appareils par étape', 'En stock', 'Remis', '30', '4']));
  });

  it('draws progress against targets with figures and percentages, targets without a decal', () => {
    const option = progressChartOption({
      lang: 'fr',
      text: { title: 'Programme Inclusion 2026', valueAxis: 'Appareils', empty: 'Aucun programme en cours' },
      rows: [
        { label: 'Ordinateur portable', done: 12, target: 40 },
        { label: 'Smartphone', done: 5, target: null },
      ],
      doneName: 'Remis',
      targetName: 'Objectif',
      print: true,
    });
    const svg = renderChartSvg(option, 640, 240);
    const texts = textsOf(svg);
    expect(texts).toEqual(
      expect.arrayContaining(['Programme Inclusion 2026', 'Ordinateur portable', 'Smartphone', 'Remis', 'Objectif']),
    );
    expect(texts).toContain('12 / 40 (30\u00a0%)');
    expect(texts).toContain('5');
    expect(patternsOf(svg)).toBeGreaterThanOrEqual(1);
  });

  it('says so when there is no figure', () => {
    const svg = renderChartSvg(
      barChartOption({
        lang: 'fr',
        text: { title: 'Remises par mois', empty: 'Aucune remise sur la période' },
        categories: periodLabels('fr', 'month', months),
        series: [{ name: 'Prêts', values: [0, 0, 0] }],
        print: true,
      }),
      640,
      320,
    );
    expect(textsOf(svg)).toContain('Aucune remise sur la période');
  });

  it('gives every series a distinct decal', () => {
    const keys = CHART_DECALS.map((decal) => JSON.stringify(decal));
    expect(new Set(keys).size).toBe(CHART_DECALS.length);
  });
});
