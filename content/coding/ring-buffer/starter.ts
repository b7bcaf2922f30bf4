class LogBuffer {
  constructor(capacity: number) {}

  append(line: string): void {}

  last(n: number): string[] {
    return [];
  }

  size(): number {
    return 0;
  }

  dropped(): number {
    return 0;
  }
}
