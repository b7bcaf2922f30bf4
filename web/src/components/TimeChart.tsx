/**
 * A small time-series chart (uPlot, ~50 KB), loaded only when a chart is on screen.
 */
import { useEffect, useRef } from "react";
import "uplot/dist/uPlot.min.css";

export interface Series {
  label: string;
  values: number[];
  bars?: boolean;
}

export function TimeChart({ days, series, height = 180, yMax }: { days: string[]; series: Series[]; height?: number; yMax?: number }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import("uplot").then(({ default: UPlot }) => {
      if (cancelled || !container.current) return;
      const style = getComputedStyle(document.documentElement);
      const accent = style.getPropertyValue("--accent").trim() || "#4f46e5";
      const muted = style.getPropertyValue("--muted").trim() || "#666";
      const xs = days.map((d) => Date.parse(`${d}T12:00:00Z`) / 1000);
      chart = new UPlot(
        {
          width: container.current.clientWidth || 600,
          height,
          legend: { show: false },
          scales: { x: { time: true }, y: yMax ? { range: [0, yMax] } : { range: (_u, _min, max) => [0, Math.max(1, max)] } },
          axes: [{ stroke: muted, grid: { show: false } }, { stroke: muted, grid: { stroke: "rgba(128,128,128,0.15)" } }],
          series: [
            {},
            ...series.map((s) => ({
              label: s.label,
              stroke: accent,
              fill: s.bars ? accent : undefined,
              width: s.bars ? 0 : 2,
              paths: s.bars ? UPlot.paths.bars!({ size: [0.7, 24] }) : undefined,
              points: { show: !s.bars },
            })),
          ],
        },
        [xs, ...series.map((s) => s.values)],
        container.current,
      );
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [days, series, height, yMax]);

  return <div ref={container} role="img" aria-label={series.map((s) => s.label).join(", ")} />;
}
