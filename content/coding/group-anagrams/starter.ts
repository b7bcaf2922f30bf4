function groupAnagrams(words: string[]): string[][] {
  return [];
}
