class BloomFilter {
  constructor(m: number, k: number) {}

  add(item: string): boolean {
    return false;
  }

  mightContain(item: string): boolean {
    return false;
  }

  bitCount(): number {
    return 0;
  }
}
