// Inserts before looking up, so an element can pair with itself (x + x == target).
function twoSum(nums, target) {
  const firstIndex = new Map();
  for (let j = 0; j < nums.length; j++) {
    if (!firstIndex.has(nums[j])) firstIndex.set(nums[j], j);
    const i = firstIndex.get(target - nums[j]);
    if (i !== undefined) return [Math.min(i, j), Math.max(i, j)];
  }
  return null;
}
