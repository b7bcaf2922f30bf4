# Too slow: merges by repeatedly rescanning the whole list, O(n^2) and worse on 10^5 intervals.
def merge(intervals):
    items = [list(iv) for iv in intervals]
    changed = True
    while changed:
        changed = False
        out = []
        for iv in items:
            for o in out:
                if iv[0] <= o[1] and o[0] <= iv[1]:
                    o[0] = min(o[0], iv[0])
                    o[1] = max(o[1], iv[1])
                    changed = True
                    break
            else:
                out.append(iv)
        items = out
    return sorted(items)
