/**
 * @param {[number, number][]} items sorted by createdAt desc, then id desc
 * @param {number} pageSize
 * @param {string | null} cursor
 * @returns {{ items: [number, number][], nextCursor: string | null } | { error: string }}
 */
function paginate(items, pageSize, cursor) {}
