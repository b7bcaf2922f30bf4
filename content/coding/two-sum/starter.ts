function twoSum(nums: number[], target: number): [number, number] | null {
  return null;
}
