// Takes the upper median for even k (rank k/2 + 1), via a sorted window kept with binary search.
function windowMedians(latencies: number[], k: number): number[] {
  const w: number[] = [];
  const pos = (x: number) => {
    let lo = 0, hi = w.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: number[] = [];
  for (let i = 0; i < latencies.length; i++) {
    w.splice(pos(latencies[i]!), 0, latencies[i]!);
    if (i >= k) w.splice(pos(latencies[i - k]!), 1);
    if (i >= k - 1) out.push(w[Math.floor(k / 2)]!);
  }
  return out;
}
