"""Run an asmopt command on a Ray cluster of several nodes started on this machine.

    .venv/bin/python benchmarks/local_cluster.py --nodes 2 -- asmopt bench harness --ray auto

Starts a head without CPUs and N worker nodes with one CPU each (each its own
raylet, object store and worker processes: `ray.cluster_utils.Cluster`), runs
the command with ASMOPT_RAY_ADDRESS pointing at it, and stops the cluster.
This shows what distribution costs and that tasks move between nodes; the
nodes share this machine's cores, so it does not show scaling: measure that on
real machines (see docs/scale-out.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2, help="worker nodes, one CPU each")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command or args.nodes < 1:
        parser.error("give --nodes N >= 1 and a command after --")
    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    try:
        for _ in range(args.nodes):
            cluster.add_node(num_cpus=1)
        cluster.wait_for_nodes()
        # RAY_ADDRESS too, so that `--ray auto` finds this cluster.
        env = dict(os.environ, ASMOPT_RAY_ADDRESS=cluster.address, RAY_ADDRESS=cluster.address)
        bindir = os.path.dirname(sys.executable)  # `asmopt` of this interpreter's environment
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
        return subprocess.call([c.replace("{address}", cluster.address) for c in command], env=env)
    finally:
        cluster.shutdown()


if __name__ == "__main__":
    sys.exit(main())
