/**
 * @param {[string, number][]} events
 * @param {number} windowMs
 * @returns {number[]}
 */
function dedupeEvents(events, windowMs) {}
