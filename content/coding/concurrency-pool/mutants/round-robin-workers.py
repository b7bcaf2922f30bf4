# Task i always goes to worker i % limit, even if another worker is idle.
def runPool(durations, limit):
    worker_free = [0] * limit
    finish = []
    for i, d in enumerate(durations):
        w = i % limit
        worker_free[w] += d
        finish.append(worker_free[w])
    order = sorted(range(len(durations)), key=lambda i: (finish[i], i))
    return {"finish": finish, "order": order, "makespan": max(finish, default=0)}
