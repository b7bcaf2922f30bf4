# Correct answers, O(n * k log k): sorts every window from scratch.
def windowMedians(latencies, k):
    return [sorted(latencies[i:i + k])[(k + 1) // 2 - 1] for i in range(len(latencies) - k + 1)]
