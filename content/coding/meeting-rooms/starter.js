/**
 * @param {[number, number][]} meetings
 * @returns {{ minRooms: number, rooms: number[] }}
 */
function assignRooms(meetings) {}
