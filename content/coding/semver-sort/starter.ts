function sortVersions(versions: string[]): { sorted: string[]; invalid: string[] } {
  return { sorted: [], invalid: [] };
}
