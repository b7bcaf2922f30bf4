function firstBracketError(s: string): number {
  return -1;
}
