"""The first load in a forked process, started before Textual is imported.

Why: in one process the compile (importing the compiler and compiling, ~0.2 s of CPU for the
seed) and Textual's start (its import and the first frame, ~0.4 s) take turns at one
interpreter lock.  A child forked before Textual is imported does the compile on the other core,
so the brief is there about when the first frame is, not after it.  The child also keeps the
screen alive while a huge article compiles: the header's clock keeps ticking (a compile thread
inside one long regular-expression call holds the lock and stops it), and ``q`` quits at once,
killing the child.

Only the first load goes this way: later loads (``--watch``, ``o``) run in a thread, because a
process that already runs Textual's threads may be forked holding one of their locks.  Where
there is no ``fork`` (Windows) the first load runs in a thread too.
"""

from __future__ import annotations

import os
import pickle
import signal

from briefing.tui.loading import Outcome, Target, outcome_of, stamp

#: Bytes read from the child at a time.
_CHUNK = 1 << 20


class EarlyLoad:
    """A load running in a child process; its :meth:`outcome` is awaited by the app."""

    def __init__(self, pid: int, fd: int, target: Target, file_stamp: tuple[int, int] | None) -> None:
        self.pid: int | None = pid
        self._fd: int | None = fd
        self.target = target
        #: The file's modification time and size before the child read it: ``--watch`` compares to it.
        self.stamp = file_stamp

    @classmethod
    def start(cls, target: Target) -> EarlyLoad | None:
        """Fork a child that loads ``target``; None where this system cannot fork."""
        if not hasattr(os, "fork"):
            return None
        file_stamp = stamp(target.path)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; its result is what the tests check
            os.close(read_end)
            _child(target, write_end)
        os.close(write_end)
        return cls(pid, read_end, target, file_stamp)

    async def outcome(self) -> Outcome:
        """The child's outcome, read without blocking the event loop; a child that died says so."""
        import asyncio  # here, not at the top: the fork is not to wait for its import

        assert self._fd is not None, "outcome() is read once"
        fd = self._fd
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        chunks: list[bytes] = []

        def readable() -> None:
            try:
                chunk = os.read(fd, _CHUNK)
            except BlockingIOError:
                return
            if chunk:
                chunks.append(chunk)
            elif not done.done():
                done.set_result(None)

        os.set_blocking(fd, False)
        loop.add_reader(fd, readable)
        try:
            await done
        finally:
            loop.remove_reader(fd)
        status = self._reap()
        data = b"".join(chunks)
        if data:
            outcome: Outcome = pickle.loads(data)  # written by our own child into our own pipe
            return outcome
        return f"{self.target.label}: could not compile: the compiling process {_ended(status)}", ()

    def cancel(self) -> None:
        """Stop the child if it still runs (the app quits or opens something else); idempotent."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._reap()

    def _reap(self) -> int | None:
        """Wait for the child (it has closed the pipe or was killed: a moment) and close the pipe;
        the child's wait status, None when already reaped."""
        status = None
        if self.pid is not None:
            try:
                _, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.pid = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        return status


def _ended(status: int | None) -> str:
    """How a child that sent nothing ended, in words."""
    if status is not None and os.WIFSIGNALED(status):
        return f"was stopped by {signal.Signals(os.WTERMSIG(status)).name}"
    if status is not None and os.WIFEXITED(status):
        return f"ended with status {os.WEXITSTATUS(status)}"
    return "ended"


def _child(target: Target, fd: int) -> None:  # pragma: no cover - runs in the forked child
    """Load ``target``, send the outcome down ``fd`` and exit, never returning into the caller.

    The child's standard streams go to /dev/null: it shares the parent's terminal, on which the
    interface is about to draw, and a library warning on stderr would be drawn over it.
    """
    code = 1
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):
            os.dup2(devnull, std)
        data = memoryview(pickle.dumps(outcome_of(target), protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(fd, data) :]
        code = 0
    finally:
        os._exit(code)
