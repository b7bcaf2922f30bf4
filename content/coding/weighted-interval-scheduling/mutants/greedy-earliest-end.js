// Unweighted interval scheduling: takes every booking that fits, earliest end first. Ignores revenue.
function maxRevenue(bookings) {
  const sorted = [...bookings].sort((a, b) => a[1] - b[1]);
  let lastEnd = -Infinity;
  let total = 0;
  for (const [s, e, r] of sorted) {
    if (s >= lastEnd) {
      total += r;
      lastEnd = e;
    }
  }
  return total;
}
