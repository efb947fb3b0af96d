"""The one exception type that reaches the user as a single line on stderr.

Everything the user can get wrong (a missing file, binary input, a malformed brief) is raised
as :class:`BriefingError`; the CLI prints its message on one line and exits 1.  Anything else is a
bug in briefing, not bad input.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Bad input, described in one line that names the file and what is wrong."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)
