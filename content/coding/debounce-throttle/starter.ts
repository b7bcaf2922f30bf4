function fireTimes(mode: "debounce" | "throttle", events: number[], waitMs: number): number[] {
  return [];
}
