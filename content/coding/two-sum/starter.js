/**
 * @param {number[]} nums
 * @param {number} target
 * @returns {[number, number] | null}
 */
function twoSum(nums, target) {}
