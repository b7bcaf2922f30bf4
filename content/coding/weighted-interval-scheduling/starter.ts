type Booking = [start: number, end: number, revenue: number];

function maxRevenue(bookings: Booking[]): number {
  return 0;
}
