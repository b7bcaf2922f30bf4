// Wrong: the default sort compares as strings, so [10,11] comes before [9,9] and negatives misorder.
function merge(intervals) {
  const sorted = [...intervals].sort();
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
