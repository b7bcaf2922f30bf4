/**
 * A small closed-loop load generator (keep-alive connections, each sending its next
 * request when the previous answers). Runs in the benchmark process: it measures
 * both servers alike, so the ratio between them is what to read.
 */
import { Agent, request } from "node:http";

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runLoad(url: string, options: { durationMs: number; connections: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + options.durationMs;
  const target = new URL(url);

  const one = () =>
    new Promise<void>((resolveRequest) => {
      const start = performance.now();
      const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: options.headers }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode !== 200) errors++;
          latencies.push(performance.now() - start);
          resolveRequest();
        });
      });
      req.on("error", () => {
        errors++;
        resolveRequest();
      });
      req.end();
    });

  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export const formatLoad = (name: string, r: LoadResult) =>
  `${name.padEnd(40)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  (${r.requests} requests, ${r.errors} errors)`;
