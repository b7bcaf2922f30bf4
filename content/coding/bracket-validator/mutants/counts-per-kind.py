# Counts each bracket kind separately instead of using a stack: accepts interleavings like "([)]".
def firstBracketError(s):
    depth = {"(": [], "[": [], "{": []}
    closer = {")": "(", "]": "[", "}": "{"}
    in_string = -1
    i = 0
    while i < len(s):
        ch = s[i]
        if in_string >= 0:
            if ch == "\\":
                i += 1
            elif ch == '"':
                in_string = -1
        elif ch == '"':
            in_string = i
        elif ch in depth:
            depth[ch].append(i)
        elif ch in closer:
            if not depth[closer[ch]]:
                return i
            depth[closer[ch]].pop()
        i += 1
    if in_string >= 0:
        return in_string
    left = [d[0] for d in depth.values() if d]
    return min(left) if left else -1
