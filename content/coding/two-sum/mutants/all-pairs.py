# Correct answer, O(n^2): checks every pair.
def twoSum(nums, target):
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] + nums[j] == target:
                return [i, j]
    return None
