"""WordTable: a sorted word list (optionally with a value per word) that loads in no time.

The gazetteer's lists hold tens of thousands of names.  Unmarshalling them as a set or a dict
creates one object per entry, which costs more than compiling an article; here each list is one
string of sorted keys plus an offset array, searched by bisection, and every answer is memoised
because news repeats its words.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping

_SEPARATOR = "\n"


class WordTable:
    """Sorted keys, each with an optional value; ``key in table`` and :meth:`get` by bisection."""

    __slots__ = ("_keys", "_starts", "_values", "_value_starts", "_memo")

    def __init__(self, keys: str, starts: bytes, values: str = "", value_starts: bytes = b"") -> None:
        self._keys = keys
        self._starts = array("I")
        self._starts.frombytes(starts)
        self._values = values
        self._value_starts = array("I")
        self._value_starts.frombytes(value_starts)
        self._memo: dict[str, str | None] = {}

    @classmethod
    def of(cls, entries: Mapping[str, str] | Iterable[str]) -> WordTable:
        """A table of these keys (and values, for a mapping); keys must not contain a newline."""
        pairs = sorted(entries.items()) if isinstance(entries, Mapping) else [(k, "") for k in sorted(set(entries))]
        keys, starts = _packed([k for k, _ in pairs])
        values, value_starts = _packed([v for _, v in pairs]) if isinstance(entries, Mapping) else ("", array("I"))
        return cls(keys, starts.tobytes(), values, value_starts.tobytes())

    def dump(self) -> tuple[str, bytes, str, bytes]:
        """The constructor's arguments, for :mod:`marshal`."""
        return self._keys, self._starts.tobytes(), self._values, self._value_starts.tobytes()

    def __len__(self) -> int:
        return max(len(self._starts) - 1, 0)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def get(self, key: str) -> str | None:
        """The value stored with ``key`` ("" in a table without values), or None if absent."""
        if key in self._memo:
            return self._memo[key]
        found = self._search(key)
        self._memo[key] = found
        return found

    def _search(self, key: str) -> str | None:
        starts, keys = self._starts, self._keys
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            here = keys[starts[mid] : starts[mid + 1] - 1]
            if here < key:
                lo = mid + 1
            elif here > key:
                hi = mid
            elif self._values:
                vs = self._value_starts
                return self._values[vs[mid] : vs[mid + 1] - 1]
            else:
                return ""
        return None


def _packed(items: list[str]) -> tuple[str, array[int]]:
    """The items joined, each followed by a newline, and the offset where each one starts."""
    starts = array("I", [0])
    for item in items:
        starts.append(starts[-1] + len(item) + 1)
    return "".join(item + _SEPARATOR for item in items), starts
