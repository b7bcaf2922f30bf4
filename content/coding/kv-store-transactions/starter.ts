class KVStore {
  constructor() {}

  set(key: string, value: string): void {}

  get(key: string): string | null {
    return null;
  }

  delete(key: string): boolean {
    return false;
  }

  count(value: string): number {
    return 0;
  }

  begin(): void {}

  rollback(): boolean {
    return false;
  }

  commit(): boolean {
    return false;
  }
}
