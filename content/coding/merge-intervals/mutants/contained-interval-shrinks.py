# Wrong: takes the later interval's end instead of the max, so [1,10],[2,3] becomes [1,3].
def merge(intervals):
    merged = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
