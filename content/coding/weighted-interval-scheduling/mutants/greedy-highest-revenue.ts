// Greedy by revenue: takes the most valuable booking first, then whatever still fits.
type Booking = [start: number, end: number, revenue: number];

function maxRevenue(bookings: Booking[]): number {
  const taken: Booking[] = [];
  for (const b of [...bookings].sort((x, y) => y[2] - x[2])) {
    if (taken.every((t) => b[1] <= t[0] || t[1] <= b[0])) taken.push(b);
  }
  return taken.reduce((sum, b) => sum + b[2], 0);
}
