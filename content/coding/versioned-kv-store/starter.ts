class VersionedStore {
  constructor() {}

  put(key: string, value: string, timestamp: number): void {}

  remove(key: string, timestamp: number): void {}

  get(key: string, timestamp: number): string | null {
    return null;
  }

  history(key: string, from: number, to: number): (string | null)[] {
    return [];
  }
}
