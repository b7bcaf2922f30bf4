class HashRing {
  constructor(replicas: number) {}

  addNode(name: string): void {}

  removeNode(name: string): void {}

  getNode(key: string): string | null {
    return null;
  }

  getNodes(key: string, count: number): string[] {
    return [];
  }
}
