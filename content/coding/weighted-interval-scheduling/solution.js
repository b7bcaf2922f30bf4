function maxRevenue(bookings) {
  const sorted = [...bookings].sort((a, b) => a[1] - b[1]);
  const ends = sorted.map((b) => b[1]);
  // best[i] = best revenue using only the first i bookings (by end time)
  const best = new Array(sorted.length + 1).fill(0);
  for (let i = 1; i <= sorted.length; i++) {
    const [start, , revenue] = sorted[i - 1];
    // p = number of bookings that end at or before `start` (binary search, upper bound)
    let lo = 0, hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    best[i] = Math.max(best[i - 1], revenue + best[lo]);
  }
  return best[sorted.length];
}
