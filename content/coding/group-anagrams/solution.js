function groupAnagrams(words) {
  const groups = new Map(); // sorted letters -> words, in order of first appearance
  for (const w of words) {
    const key = [...w].sort().join("");
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
  return [...groups.values()];
}
