"""The brief: a plain data model shared by the compiler, the views and other programs.

This module knows nothing of terminals or widgets.  A brief is built by the compiler, written as
YAML or JSON (:mod:`briefing.store`), edited by people and read back; :func:`Brief.from_dict`
validates what it reads and raises :class:`BriefValidationError` naming the field path and what was
expected, so the store can add the file and line.

Every item keeps ``evidence``: ``[start, end]`` character offsets (Python string indices) into
``Brief.text``, the article exactly as read, so any view can show the words an item stands on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

SCHEMA = "briefing/1"

ActorKind = Literal["person", "organization", "place", "group"]
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)

Span = tuple[int, int]

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BriefValidationError(ValueError):
    """A brief that breaks the contract; ``path`` is where, e.g. ``("quotes", 2, "speaker")``."""

    def __init__(self, path: tuple[str | int, ...], expected: str, got: object = None) -> None:
        self.path = path
        self.expected = expected
        self.got = got
        super().__init__(f"{format_path(path)}: expected {expected}{_got(got)}")


def format_path(path: tuple[str | int, ...]) -> str:
    """``("quotes", 2, "speaker")`` -> ``quotes[2].speaker``; the empty path is ``<brief>``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "<brief>"


def _got(value: object) -> str:
    if value is None:
        return ""
    text = repr(value)
    return f", got {text if len(text) <= 40 else text[:37] + '...'}"


@dataclass
class Source:
    """Where the article came from: enough to find it again and to know it has not changed."""

    path: str | None
    sha256: str
    words: int
    published: str | None = None


@dataclass
class SummarySentence:
    text: str
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Actor:
    """A person, organisation, place or group, merged over all its surface forms."""

    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    """Quoted words (without their marks) at ``start:end``, and who said them."""

    id: str
    text: str
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    start: int
    end: int
    partial: bool = False
    variants: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class DateMention:
    """A temporal expression and its TimeML-style value (``2020-10``, ``XXXX-08``, ``PRESENT_REF``)."""

    text: str
    start: int
    end: int
    value: str


@dataclass
class TimelineEvent:
    """One dated event; ``date`` is an ISO 8601 prefix, ``actors`` are actor ids."""

    date: str
    date_text: str
    qualifier: str | None
    event: str
    actors: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Figure:
    """A number from the article: money, a count or a percentage, and what it measures."""

    text: str
    value: float | None
    unit: str | None
    evidence: list[Span] = field(default_factory=list)
    measure: str | None = None


@dataclass
class Brief:
    title: str
    source: Source
    text: str
    summary: list[SummarySentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    schema: str = SCHEMA

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_dict(self) -> dict[str, Any]:
        """The brief as plain data, keys in contract order, spans as two-item lists."""
        return {
            "schema": self.schema,
            "title": self.title,
            "source": {
                "path": self.source.path,
                "sha256": self.source.sha256,
                "words": self.source.words,
                "published": self.source.published,
            },
            "summary": [{"text": s.text, "evidence": _spans_out(s.evidence)} for s in self.summary],
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "role": a.role,
                    "aliases": list(a.aliases),
                    "mentions": a.mentions,
                    "evidence": _spans_out(a.evidence),
                }
                for a in self.actors
            ],
            "quotes": [
                {
                    "id": q.id,
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_id": q.speaker_id,
                    "cue": q.cue,
                    "start": q.start,
                    "end": q.end,
                    "partial": q.partial,
                    "variants": list(q.variants),
                    "evidence": _spans_out(q.evidence),
                }
                for q in self.quotes
            ],
            "dates": [
                {"text": d.text, "start": d.start, "end": d.end, "value": d.value} for d in self.dates
            ],
            "timeline": [
                {
                    "date": t.date,
                    "date_text": t.date_text,
                    "qualifier": t.qualifier,
                    "event": t.event,
                    "actors": list(t.actors),
                    "evidence": _spans_out(t.evidence),
                }
                for t in self.timeline
            ],
            "figures": [
                {
                    "text": f.text,
                    "value": f.value,
                    "unit": f.unit,
                    "measure": f.measure,
                    "evidence": _spans_out(f.evidence),
                }
                for f in self.figures
            ],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: object) -> Brief:
        """Validate plain data against the contract and build a brief.

        Raises :class:`BriefValidationError` for the first problem found, in document order.
        """
        return _Reader().brief(data)


def _spans_out(spans: list[Span]) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in spans]


class _Reader:
    """Walks plain data, checking each field and remembering where it is for error messages."""

    def brief(self, data: object) -> Brief:
        root = self.mapping(data, ())
        schema = self.string(root, (), "schema")
        if schema != SCHEMA:
            raise BriefValidationError(("schema",), f'"{SCHEMA}"', schema)
        text = self.string(root, (), "text")
        src_path = ("source",)
        src = self.mapping(self.get(root, (), "source"), src_path)
        published = self.opt_string(src, src_path, "published")
        if published is not None and not _ISO_DAY.match(published):
            raise BriefValidationError(("source", "published"), "an ISO date YYYY-MM-DD or null", published)
        source = Source(
            path=self.opt_string(src, src_path, "path"),
            sha256=self.string(src, src_path, "sha256"),
            words=self.count(src, src_path, "words"),
            published=published,
        )
        brief = Brief(title=self.string(root, (), "title"), source=source, text=text)
        n = len(text)
        for i, item in self.items(root, "summary"):
            p = ("summary", i)
            brief.summary.append(SummarySentence(self.string(item, p, "text"), self.spans(item, p, n)))
        for i, item in self.items(root, "actors"):
            p = ("actors", i)
            kind = self.string(item, p, "kind")
            if kind not in ACTOR_KINDS:
                raise BriefValidationError((*p, "kind"), "one of " + ", ".join(ACTOR_KINDS), kind)
            brief.actors.append(
                Actor(
                    id=self.string(item, p, "id"),
                    name=self.string(item, p, "name"),
                    kind=kind,  # type: ignore[arg-type]
                    role=self.opt_string(item, p, "role"),
                    aliases=self.strings(item, p, "aliases"),
                    mentions=self.count(item, p, "mentions"),
                    evidence=self.spans(item, p, n),
                )
            )
        ids = [a.id for a in brief.actors]
        for i, actor_id in enumerate(ids):
            if actor_id in ids[:i]:
                raise BriefValidationError(("actors", i, "id"), "an id used by no other actor", actor_id)
        for i, item in self.items(root, "quotes"):
            p = ("quotes", i)
            start, end = self.count(item, p, "start"), self.count(item, p, "end")
            if not start <= end <= n:
                raise BriefValidationError((*p, "end"), f"start <= end <= {n} (the length of text)", [start, end])
            speaker_id = self.opt_string(item, p, "speaker_id")
            if speaker_id is not None and speaker_id not in ids:
                raise BriefValidationError((*p, "speaker_id"), "the id of an actor or null", speaker_id)
            partial = self.get(item, p, "partial")
            if not isinstance(partial, bool):
                raise BriefValidationError((*p, "partial"), "true or false", partial)
            brief.quotes.append(
                Quote(
                    id=self.string(item, p, "id"),
                    text=self.string(item, p, "text"),
                    speaker=self.opt_string(item, p, "speaker"),
                    speaker_id=speaker_id,
                    cue=self.opt_string(item, p, "cue"),
                    start=start,
                    end=end,
                    partial=partial,
                    variants=self.strings(item, p, "variants"),
                    evidence=self.spans(item, p, n),
                )
            )
        for i, item in self.items(root, "dates"):
            p = ("dates", i)
            start, end = self.count(item, p, "start"), self.count(item, p, "end")
            if not start <= end <= n:
                raise BriefValidationError((*p, "end"), f"start <= end <= {n} (the length of text)", [start, end])
            brief.dates.append(
                DateMention(self.string(item, p, "text"), start, end, self.string(item, p, "value"))
            )
        for i, item in self.items(root, "timeline"):
            p = ("timeline", i)
            actors = self.strings(item, p, "actors")
            for j, actor_id in enumerate(actors):
                if actor_id not in ids:
                    raise BriefValidationError((*p, "actors", j), "the id of an actor", actor_id)
            brief.timeline.append(
                TimelineEvent(
                    date=self.string(item, p, "date"),
                    date_text=self.string(item, p, "date_text"),
                    qualifier=self.opt_string(item, p, "qualifier"),
                    event=self.string(item, p, "event"),
                    actors=actors,
                    evidence=self.spans(item, p, n),
                )
            )
        for i, item in self.items(root, "figures"):
            p = ("figures", i)
            value = item.get("value") if isinstance(item, dict) else None
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise BriefValidationError((*p, "value"), "a number or null", value)
            brief.figures.append(
                Figure(
                    text=self.string(item, p, "text"),
                    value=value,
                    unit=self.opt_string(item, p, "unit"),
                    measure=self.opt_string(item, p, "measure", required=False),
                    evidence=self.spans(item, p, n),
                )
            )
        return brief

    def mapping(self, value: object, path: tuple[str | int, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise BriefValidationError(path, "a mapping", type(value).__name__)
        return value

    def get(self, obj: dict[str, Any], path: tuple[str | int, ...], key: str) -> Any:
        if key not in obj:
            raise BriefValidationError((*path, key), f"a value (the field '{key}' is missing)")
        return obj[key]

    def string(self, obj: dict[str, Any], path: tuple[str | int, ...], key: str) -> str:
        value = self.get(obj, path, key)
        if not isinstance(value, str):
            raise BriefValidationError((*path, key), "a string", value)
        return value

    def opt_string(
        self, obj: dict[str, Any], path: tuple[str | int, ...], key: str, *, required: bool = True
    ) -> str | None:
        value = self.get(obj, path, key) if required else obj.get(key)
        if value is not None and not isinstance(value, str):
            raise BriefValidationError((*path, key), "a string or null", value)
        return value

    def count(self, obj: dict[str, Any], path: tuple[str | int, ...], key: str) -> int:
        value = self.get(obj, path, key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BriefValidationError((*path, key), "a whole number >= 0", value)
        return value

    def strings(self, obj: dict[str, Any], path: tuple[str | int, ...], key: str) -> list[str]:
        value = self.get(obj, path, key)
        if not isinstance(value, list):
            raise BriefValidationError((*path, key), "a list of strings", value)
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise BriefValidationError((*path, key, i), "a string", item)
        return list(value)

    def items(self, root: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
        value = self.get(root, (), key)
        if not isinstance(value, list):
            raise BriefValidationError((key,), "a list", type(value).__name__)
        return [(i, self.mapping(item, (key, i))) for i, item in enumerate(value)]

    def spans(self, obj: dict[str, Any], path: tuple[str | int, ...], limit: int) -> list[Span]:
        value = self.get(obj, path, "evidence")
        if not isinstance(value, list):
            raise BriefValidationError((*path, "evidence"), "a list of [start, end] pairs", value)
        out: list[Span] = []
        for i, pair in enumerate(value):
            where = (*path, "evidence", i)
            if (
                not isinstance(pair, list)
                or len(pair) != 2
                or any(isinstance(x, bool) or not isinstance(x, int) for x in pair)
            ):
                raise BriefValidationError(where, "a [start, end] pair of whole numbers", pair)
            start, end = pair
            if not 0 <= start <= end <= limit:
                raise BriefValidationError(where, f"0 <= start <= end <= {limit} (the length of text)", pair)
            out.append((start, end))
        return out
