class JobQueue {
  constructor() {}

  push(id: string, priority: number): boolean {
    return false;
  }

  pop(): string | null {
    return null;
  }

  peek(): string | null {
    return null;
  }

  changePriority(id: string, priority: number): boolean {
    return false;
  }

  size(): number {
    return 0;
  }
}
