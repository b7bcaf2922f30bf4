// Bucket sort by count, but the buckets array is one too short: the item occurring n times is lost.
function topKFrequent(items: string[], k: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const buckets: string[][] = Array.from({ length: items.length }, () => []);
  for (const [item, c] of counts) if (c < buckets.length) buckets[c].push(item);
  const out: [string, number][] = [];
  for (let c = buckets.length - 1; c >= 1 && out.length < k; c--) {
    for (const item of buckets[c].sort()) {
      if (out.length === k) break;
      out.push([item, c]);
    }
  }
  return out;
}
