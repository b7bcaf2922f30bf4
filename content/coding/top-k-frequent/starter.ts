function topKFrequent(items: string[], k: number): [string, number][] {
  return [];
}
