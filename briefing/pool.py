"""Worker processes for a batch: results in input order, few in flight, a time limit per item, a clean stop.

``concurrent.futures`` cannot stop one task that runs too long, its pool runs ahead of a slow
consumer (the parent's memory grew with the batch), and a Ctrl-C could leave the parent waiting
on a worker blocked writing to its pipe.  Here each worker has its own pipe and one item at a
time, so the parent knows what each one is doing: an item over its time limit costs that worker
(killed and replaced) and becomes a failure; at most ``window`` results wait to be consumed;
and however the parent stops (the consumer is done, an error, Ctrl-C) every worker is killed
before the generator returns.  Workers ignore SIGINT: the parent decides and reports once.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from briefing.interrupt import held

T = TypeVar("T")
R = TypeVar("R")


class _Worker(Generic[T, R]):
    """One process, its end of the pipe, and the item it is working on (if any)."""

    def __init__(self, work: Callable[[T], R]) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, self._theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(self._theirs, work, self.conn), daemon=True)
        self.index: int | None = None
        self.deadline = 0.0

    def start(self) -> None:
        """Fork the process.  A Ctrl-C waits until it is recorded (see :mod:`briefing.interrupt`):
        one raised between the fork and that would leave a worker no one stops."""
        with held():
            self.process.start()
            self._theirs.close()

    def give(self, index: int, item: T, time_limit: float) -> None:
        self.conn.send((index, item))
        self.index = index
        self.deadline = time.monotonic() + time_limit

    def kill(self) -> None:
        if self.process.pid is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
        self.conn.close()


def _serve(conn: Connection, work: Callable[[Any], Any], parents: Connection) -> None:
    """A worker's loop: one item in, one ``(index, ok, result or reason)`` out, until told to stop
    or the parent is gone.

    The fork gave the worker the parent's end of its own pipe too; closed here, so that the
    worker reads end-of-file when the parent dies, however it dies (kept open, a worker whose
    parent was killed waited for the next item for ever, holding the terminal's stderr open)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parents.close()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        index, item = job
        try:
            reply = (index, True, work(item))
        except Exception as exc:  # a bug for one item must not end the batch
            reply = (index, False, f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
        try:
            conn.send(reply)
        except OSError:  # the parent is gone
            return


def ordered(
    work: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int,
    time_limit: float,
    failed: Callable[[T, str], R],
    window: int | None = None,
) -> Iterator[R]:
    """``work(item)`` for every item, in the items' order, by ``jobs`` worker processes.

    An item that takes longer than ``time_limit`` seconds, raises, or kills its worker yields
    ``failed(item, reason)`` instead; the items after it are still done.  At most ``window``
    (default four per worker) items are given out beyond the first one not yet yielded.
    """
    window = window or 4 * jobs
    workers: list[_Worker[T, R]] = []
    done: dict[int, R] = {}
    next_give = next_yield = 0
    try:
        for _ in range(max(1, min(jobs, len(items)))):
            workers.append(_Worker(work))
            workers[-1].start()
        while next_yield < len(items):
            for worker in workers:
                if worker.index is None and next_give < min(len(items), next_yield + window):
                    worker.give(next_give, items[next_give], time_limit)
                    next_give += 1
            if next_yield in done:
                yield done.pop(next_yield)
                next_yield += 1
                continue
            busy = [w for w in workers if w.index is not None]
            soonest = min(w.deadline for w in busy)
            ready = wait([w.conn for w in busy], timeout=max(0.0, soonest - time.monotonic()))
            for k, worker in enumerate(workers):
                if worker.index is None:
                    continue
                index = worker.index
                if worker.conn in ready:
                    try:
                        _, ok, value = worker.conn.recv()
                    except (EOFError, OSError):
                        done[index] = failed(items[index], "the worker compiling it stopped")
                        _replace(workers, k, work)
                        continue
                    done[index] = value if ok else failed(items[index], value)
                    worker.index = None
                elif time.monotonic() >= worker.deadline:
                    done[index] = failed(items[index], f"took longer than {time_limit:g} s; skipped")
                    _replace(workers, k, work)
    finally:
        for worker in workers:
            worker.kill()


def _replace(workers: list[_Worker[T, R]], k: int, work: Callable[[T], R]) -> None:
    """Kill worker ``k``, stuck or dead, and start a fresh one in its place (recorded before it
    starts, so that the pool's way out stops it whatever happens)."""
    workers[k].kill()
    workers[k] = _Worker(work)
    workers[k].start()
