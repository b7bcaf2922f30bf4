OPENER = {")": "(", "]": "[", "}": "{"}


def firstBracketError(s: str) -> int:
    stack = []  # indices of unclosed opening brackets
    string_start = -1  # index of the opening quote while inside a string
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if string_start >= 0:
            if ch == "\\":
                i += 1  # skip the escaped character
            elif ch == '"':
                string_start = -1
        elif ch == '"':
            string_start = i
        elif ch in "([{":
            stack.append(i)
        elif ch in OPENER:
            if not stack or s[stack[-1]] != OPENER[ch]:
                return i
            stack.pop()
        i += 1
    if string_start >= 0:
        return string_start
    return stack[0] if stack else -1
