class Autocomplete {
  constructor() {}

  record(query: string): number {
    return 0;
  }

  suggest(prefix: string, k: number): string[] {
    return [];
  }

  remove(query: string): boolean {
    return false;
  }
}
