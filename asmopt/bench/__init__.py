"""Benchmarks of asmopt itself: how fast the harness judges and measures, and
whether it leaks under load.

- `asmopt.bench.harness`: candidates judged per second (judge only) and seconds
  per candidate per core with callgrind, locally or on a Ray cluster's nodes
  (`asmopt bench harness`).
- `asmopt.bench.soak`: many good, bad and hostile candidates judged in rounds,
  with checks that no process, temporary directory, descriptor or memory leaks
  (`asmopt bench soak`).

The reward benchmark is elsewhere: `asmopt.rl.bench`.
"""
