function assignRooms(meetings: [number, number][]): { minRooms: number; rooms: number[] } {
  return { minRooms: 0, rooms: [] };
}
