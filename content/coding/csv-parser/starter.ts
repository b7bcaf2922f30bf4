function parseCsv(text: string): string[][] | { error: string; index: number } {
  return [];
}
