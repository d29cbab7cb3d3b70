import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEChartsParts, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerEChartsParts([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * A thin ECharts wrapper (bar charts only, SVG renderer, tree-shaken). Import it with React.lazy so
 * ECharts loads with the screens that chart. The chart is an image for screen readers: `label` says what it
 * shows, and every screen also gives the figures as a table.
 */
export default function EChart({ option, label, height = '20rem' }: { option: EChartsCoreOption; label: string; height?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
