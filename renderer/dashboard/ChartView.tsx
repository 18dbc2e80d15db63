import { useEffect, useRef } from 'react';
import { echarts } from '../../shared/charts';

type Option = Parameters<ReturnType<typeof echarts.init>['setOption']>[0];

/** One ECharts chart drawn in SVG on a div: made once, given each new option, resized with its box, disposed. */
export function ChartView({ option, height = 300, testId }: { option: Option; height?: number; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const made = echarts.init(element, null, { renderer: 'svg' });
    chart.current = made;
    const observer = new ResizeObserver(() => made.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      made.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={box} className="chart-view" style={{ height }} data-testid={testId} />;
}
