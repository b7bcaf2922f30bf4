/**
 * @param {[number, number, number][]} bookings [start, end, revenue]
 * @returns {number}
 */
function maxRevenue(bookings) {}
