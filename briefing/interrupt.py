"""Ctrl-C for the command line: acted on once, and never in the middle of a step that must finish.

Python runs a signal handler between any two bytecodes, so an exception raised from it can land
between creating a temporary file and recording its name (the file is then left behind), or
between forking a worker and recording its process (the worker is then never stopped).  The
command line's handler raises :class:`Interrupted` at once except inside :func:`held`, where the
interruption waits for the block to end.  After the first Ctrl-C the next ones are ignored: the
way out (stopping workers, removing temporary files, the one message) is short, and a second
exception inside it would cut it short.  Without :func:`install` (the Python API) Python's own
KeyboardInterrupt behaviour is untouched.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class Interrupted(BaseException):
    """Ctrl-C.  Not a KeyboardInterrupt, which click turns into "Aborted!" and exit status 1."""


_held = 0
_pending = False


def _handler(signum: int, frame: object) -> None:
    global _pending
    if _held:
        _pending = True
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Interrupted


def install() -> None:
    """Make SIGINT raise :class:`Interrupted` (deferred inside :func:`held`, once only)."""
    signal.signal(signal.SIGINT, _handler)


@contextmanager
def held() -> Iterator[None]:
    """A block a Ctrl-C must not cut in two: an interruption during it is raised when it ends."""
    global _held, _pending
    _held += 1
    try:
        yield
    finally:
        _held -= 1
        if not _held and _pending:
            _pending = False
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            raise Interrupted
