// Breaks start-time ties by end instead of input order, so equal-start meetings get swapped rooms.
function assignRooms(meetings: [number, number][]): { minRooms: number; rooms: number[] } {
  const order = meetings.map((_, i) => i).sort((a, b) => meetings[a][0] - meetings[b][0] || meetings[a][1] - meetings[b][1]);
  const roomEnd: number[] = [];
  const rooms: number[] = new Array(meetings.length);
  for (const i of order) {
    const [start, end] = meetings[i];
    let room = roomEnd.findIndex((e) => e <= start);
    if (room < 0) room = roomEnd.push(end) - 1;
    else roomEnd[room] = end;
    rooms[i] = room;
  }
  return { minRooms: roomEnd.length, rooms };
}
