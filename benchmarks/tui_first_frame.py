"""Wall time from launching the TUI to the first full frame with the brief on it (target <= 0.45 s).

Two measurements:

* headless (default): a fresh Python process makes the app as the CLI does (the first load forked
  before Textual is imported), runs it on the seed with Textual's headless test driver at 120x40,
  and reports when the compiled brief is on screen.  The clock starts before the process is
  spawned, so interpreter start-up and imports count.  Beside the wall time it prints the CPU
  time each of the two processes spent until then: on a busy machine wall time stretches, and
  on an idle one with two cores the first frame comes about when the slower of the two is done.
  The children run with bytecode caching on (a cache folder of the run's own, after one run not
  counted), as an installed briefing has its .pyc files: PYTHONDONTWRITEBYTECODE, which some
  development shells set, would add compiling every module's source to every run.
* ``--tmux``: runs ``python -m briefing SEED`` in a detached tmux session and polls the pane until the
  summary pane's title appears: the whole process as a person sees it (needs tmux).

Usage: ``python benchmarks/tui_first_frame.py [--runs N] [--tmux] [PATH]``
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_15fa05f4d3cf0d4f.txt"
TARGET_SECONDS = 0.45

_CHILD = r"""
import asyncio, os, resource, sys, time
from pathlib import Path
from briefing.tui.launch import make_app

start = float(os.environ["BRIEFING_BENCH_START"])

async def main() -> None:
    app = make_app(Path(sys.argv[1]), early=True)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.brief is None:
            await asyncio.sleep(0.002)
        await pilot.pause()
        shown = time.time() - start
        assert app.main.pane("summary").option_count > 0, "the brief is not on screen"
        own = resource.getrusage(resource.RUSAGE_SELF)
        compiler = resource.getrusage(resource.RUSAGE_CHILDREN)  # the early load's child, reaped
        print(f"{shown:.4f} {own.ru_utime + own.ru_stime:.4f} {compiler.ru_utime + compiler.ru_stime:.4f}")

asyncio.run(main())
"""


def child_env(pycache: str) -> dict[str, str]:
    """The environment of a timed child: as this one, but with its bytecode cached in ``pycache``."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def headless_once(path: Path, env: dict[str, str]) -> tuple[float, float, float, float]:
    """Wall time to the first frame with the brief; the CPU time until then of the interface's
    process and of the compiling child; the CPU time the whole run used (shutdown included).

    CPU time is reported beside wall time because a busy machine stretches wall time alone.
    """
    env = dict(env, BRIEFING_BENCH_START=repr(time.time()))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    wall, interface, compiler = (float(f) for f in out.stdout.strip().splitlines()[-1].split())
    return wall, interface, compiler, cpu


def tmux_once(path: Path, env: dict[str, str], timeout: float = 10.0) -> float:
    session = f"briefing-bench-{os.getpid()}"
    # The pane's process gets the tmux server's environment, not ours: pass what differs.
    passed = [f"{key}={env[key]}" for key in ("PYTHONPATH", "PYTHONPYCACHEPREFIX") if key in env]
    command = shlex.join(["env", "-u", "PYTHONDONTWRITEBYTECODE", *passed, sys.executable, "-m", "briefing", str(path)])
    start = time.time()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command], check=True)
    try:
        while time.time() - start < timeout:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if "Summary (" in screen and "Actors (" in screen:
                return time.time() - start
            time.sleep(0.005)
        raise TimeoutError(f"no brief on screen after {timeout} s")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def report(name: str, times: list[float]) -> None:
    verdict = "ok" if statistics.median(times) <= TARGET_SECONDS else "SLOW"
    print(
        f"{name}: median {statistics.median(times):.3f} s, best {min(times):.3f} s, worst {max(times):.3f} s "
        f"over {len(times)} runs (target <= {TARGET_SECONDS} s: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tmux", action="store_true", help="also time the real process in tmux")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-pycache-") as pycache:
        env = child_env(pycache)
        headless_once(args.path, env)  # fills the bytecode cache; not counted
        measure(args, env)


def measure(args: argparse.Namespace, env: dict[str, str]) -> None:
    runs = [headless_once(args.path, env) for _ in range(args.runs)]
    report("headless first frame", [run[0] for run in runs])
    interface, compiler, whole = (statistics.median(run[i] for run in runs) for i in (1, 2, 3))
    print(
        f"CPU time to the first frame (user+sys, medians): interface process {interface:.3f} s, "
        f"compiling child {compiler:.3f} s; the whole run incl. shutdown {whole:.3f} s"
    )
    print(f"load average now: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if args.tmux:
        if shutil.which("tmux") is None:
            sys.exit("tmux is not installed")
        # A session kept open for the whole run keeps one tmux server up: a server that exits
        # with its last session races the next run's start.
        keeper = f"briefing-bench-keep-{os.getpid()}"
        subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 600"], check=True)
        try:
            report("tmux first frame", [tmux_once(args.path, env) for _ in range(args.runs)])
        finally:
            subprocess.run(["tmux", "kill-session", "-t", keeper], capture_output=True)


if __name__ == "__main__":
    main()
