/**
 * @param {string[]} words
 * @returns {string[][]}
 */
function groupAnagrams(words) {}
