/**
 * @param {number[]} latencies
 * @param {number} k
 * @returns {number[]}
 */
function windowMedians(latencies, k) {}
