"""The M/M/N model of `peel simulate mmc`, written for SimPy 3 (Debian python3-simpy3; run it with
/usr/bin/python3). Poisson arrivals, exponential service, N servers (a simpy.Resource), FCFS.

    /usr/bin/python3 mmn_simpy.py <arrivals per hour> <service minutes> <servers> <calls> <seed>

prints {"calls", "meanWaitMin", "probWait", "utilisation", "wallMs"} like `peel simulate mmc --json`
(no warm-up: the same arrivals as the Peel side of the benchmark, which also runs without one).
"""
import json
import random
import sys
import time

import simpy


def run(arrival_rate, service_min, servers, calls, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    desk = simpy.Resource(env, capacity=servers)
    mean_gap = 60.0 / arrival_rate
    totals = {"wait": 0.0, "waited": 0, "busy": 0.0, "done": 0}

    def caller():
        arrived = env.now
        with desk.request() as request:
            yield request
            wait = env.now - arrived
            totals["wait"] += wait
            if wait > 0:
                totals["waited"] += 1
            service = rng.expovariate(1.0 / service_min)
            totals["busy"] += service
            yield env.timeout(service)
            totals["done"] += 1

    def arrivals():
        for _ in range(calls):
            env.process(caller())
            yield env.timeout(rng.expovariate(1.0 / mean_gap))

    started = time.perf_counter()
    env.process(arrivals())
    env.run()
    wall_ms = (time.perf_counter() - started) * 1000
    return {
        "calls": calls,
        "meanWaitMin": totals["wait"] / calls,
        "probWait": totals["waited"] / calls,
        "utilisation": totals["busy"] / (servers * env.now),
        "wallMs": round(wall_ms, 1),
    }


if __name__ == "__main__":
    rate, service, servers, calls, seed = sys.argv[1:6]
    print(json.dumps(run(float(rate), float(service), int(servers), int(calls), int(seed))))
