// Stores the latest index of each value, so duplicates give a larger i than required.
function twoSum(nums: number[], target: number): [number, number] | null {
  const index = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    const i = index.get(target - nums[j]!);
    if (i !== undefined) return [i, j];
    index.set(nums[j]!, j);
  }
  return null;
}
