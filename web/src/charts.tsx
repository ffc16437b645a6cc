// Apache ECharts, tree-shaken: only the chart types and components the pages use are registered.
// Rendered as SVG (crisp at any zoom, text stays text). Every chart is also given in words or a
// table next to it on the page, so nothing is only in a picture.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

echarts.use([
  BarChart,
  HeatmapChart,
  RadarChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

// Colours with at least 3:1 contrast on white, told apart by more than hue (legend order, labels).
export const PALETTE = ['#1f5fa8', '#b3541e', '#2e7d32', '#6a3d9a', '#8a6d00', '#b0235f', '#00796b', '#555555'];

interface Props {
  option: ChartOption;
  label: string;
  height?: number;
}

export function Chart({ option, label, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    chart.current = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const resize = () => chart.current?.resize();
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: PALETTE, aria: { enabled: false }, animation: false, ...option }, true);
  }, [option]);

  return <div class="chart" ref={ref} role="img" aria-label={label} style={{ height: `${height}px` }} />;
}
