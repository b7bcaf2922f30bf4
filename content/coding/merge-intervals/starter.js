/**
 * @param {number[][]} intervals
 * @returns {number[][]}
 */
function merge(intervals) {}
