function twoSum(nums: number[], target: number): [number, number] | null {
  const firstIndex = new Map<number, number>(); // value -> first index where it occurs
  for (let j = 0; j < nums.length; j++) {
    const i = firstIndex.get(target - nums[j]!);
    if (i !== undefined) return [i, j];
    if (!firstIndex.has(nums[j]!)) firstIndex.set(nums[j]!, j);
  }
  return null;
}
