// Sorts every window from scratch: O(n * k log k) — and with the default sort, which compares strings.
function windowMedians(latencies, k) {
  const out = [];
  for (let i = 0; i + k <= latencies.length; i++) {
    const w = latencies.slice(i, i + k).sort();
    out.push(w[Math.ceil(k / 2) - 1]);
  }
  return out;
}
