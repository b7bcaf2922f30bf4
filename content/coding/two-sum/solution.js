function twoSum(nums, target) {
  const firstIndex = new Map(); // value -> first index where it occurs
  for (let j = 0; j < nums.length; j++) {
    const i = firstIndex.get(target - nums[j]);
    if (i !== undefined) return [i, j];
    if (!firstIndex.has(nums[j])) firstIndex.set(nums[j], j);
  }
  return null;
}
