/**
 * @param {"debounce" | "throttle"} mode
 * @param {number[]} events
 * @param {number} waitMs
 * @returns {number[]}
 */
function fireTimes(mode, events, waitMs) {}
