/**
 * A uPlot chart that fills its container's width. Loaded lazily (./index.ts). A chart is an image
 * to screen readers: it is a <figure> with a caption, and pages give its figures as text (a
 * table) beside it (WCAG 1.1.1).
 */
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { useEffect, useRef } from 'react';
import type { ChartViewProps } from './chart-types';

/** The chart; recreated when `series` or `options` change, data updated in place. */
export function ChartView({ caption, data, series, height = 280, options, xIsTime = false }: ChartViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latestData = useRef(data);
  latestData.current = data;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = new uPlot(
      {
        width: Math.max(200, element.clientWidth),
        height,
        scales: { x: { time: xIsTime } },
        series: [{}, ...series.map((item) => ({ label: item.label, stroke: item.colour, width: item.width ?? 2, fill: item.fill, dash: item.dash }))],
        ...options,
      },
      latestData.current as uPlot.AlignedData,
      element,
    );
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.setSize({ width: Math.max(200, element.clientWidth), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.destroy();
      chart.current = null;
    };
  }, [series, options, height, xIsTime]);

  useEffect(() => {
    chart.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      <div ref={container} role="img" aria-label={caption} />
    </figure>
  );
}
