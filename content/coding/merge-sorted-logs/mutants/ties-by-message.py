# Concatenates and sorts by (timestamp, message): equal timestamps come out alphabetically, not by source.
def mergeLogs(sources, since, limit):
    lines = [[t, s, m] for s, src in enumerate(sources) for t, m in src if t >= since]
    lines.sort(key=lambda x: (x[0], x[2]))
    return lines[:limit]
