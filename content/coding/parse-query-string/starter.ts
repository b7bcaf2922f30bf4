function parseQuery(qs: string): Record<string, string[]> {
  return {};
}
