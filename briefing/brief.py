"""The brief: a plain data model shared by the compiler, the views and other programs.

This module knows nothing of terminals or widgets.  A brief is built by the compiler, written as
YAML or JSON (:mod:`briefing.store`), edited by people and read back.

Each field is declared once, here: its Python type and, through :func:`spec`, what a type cannot
say (a pattern, an id it refers to, a description).  Everything else is derived from those
declarations by walking them generically: :meth:`Brief.to_dict` (plain data), :meth:`Brief.from_dict`
(validation, raising :class:`BriefValidationError` with the field path so the store can add the file
and line) and :func:`json_schema` (the JSON Schema that ``briefing schema`` prints).

A brief has one or more ``sources`` (the articles, each with its text exactly as read).  Every piece
of evidence is a :class:`Ref` ``[source_id, start, end]``: character offsets (Python string indices)
into that source's text, so any view can show the words an item stands on.  Every item lists the
``sources`` it comes from.  A one-article brief is simply a brief with one source, ``s1``.
``briefing/1`` briefs (one ``source`` and one ``text``) are upgraded when they are read.
"""

from __future__ import annotations

import math
import re
import types
from collections.abc import Collection
from dataclasses import MISSING, field, fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any, Literal, NamedTuple, Union, get_args, get_origin, get_type_hints

from briefing.records import dataclass

SCHEMA = "briefing/2"
SCHEMA_V1 = "briefing/1"

ActorKind = Literal["person", "organization", "place", "group"]
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)

#: What two sources can disagree on (filled by the merge of several articles into a story brief).
ConflictKind = Literal["figure", "date", "speaker"]

Span = tuple[int, int]
Path = tuple[str | int, ...]

#: The largest whole number a brief may carry: the largest integer JSON parsers agree on (2**53 - 1).
MAX_INT = 9_007_199_254_740_991


class Ref(NamedTuple):
    """One piece of evidence: the characters ``start:end`` of the text of source ``source``."""

    source: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def spec(
    default: Any = MISSING,
    *,
    factory: Any = MISSING,
    doc: str = "",
    pattern: str | None = None,
    day: bool = False,
    refers: Literal["actors", "sources"] | None = None,
    unique: bool = False,
    min_items: int = 0,
    const: str | None = None,
) -> Any:
    """A dataclass field with the facts its type cannot carry, read by validation and the schema.

    ``refers`` names the list whose ids the value (or each value of a list) must be; ``unique``
    means no sibling item has the same value; ``day`` is a real calendar day ``YYYY-MM-DD``.
    """
    meta: dict[str, object] = {"doc": doc, "pattern": pattern, "day": day, "refers": refers, "unique": unique}
    meta |= {"min_items": min_items, "const": const}
    metadata = {k: v for k, v in meta.items() if v}
    if factory is not MISSING:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


def _sources() -> Any:
    return spec(factory=list, refers="sources", min_items=1, doc="ids of the sources the item comes from")


def _evidence() -> Any:
    return spec(factory=list, doc="[source_id, start, end] references to the words the item stands on")


@dataclass(kw_only=True)
class Source:
    """One article the brief was compiled from: where it came from, and its text exactly as read."""

    id: str = spec(unique=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$", doc='the id evidence names, e.g. "s1"')
    path: str | None = spec(None, doc="the file it was read from")
    url: str | None = spec(None, doc="the page it was read from")
    title: str | None = spec(None, doc="the article's headline")
    site: str | None = spec(None, doc="the outlet")
    author: str | None = spec(None, doc="the byline")
    published: str | None = spec(None, day=True, doc="publication day, anchors relative dates")
    sha256: str = spec(pattern=r"^[0-9a-f]{64}$", doc="SHA-256 of the text as UTF-8, 64 hex digits")
    words: int = spec(doc="number of words in the text")
    text: str = spec(doc="the article exactly as read; evidence offsets index this string")


@dataclass(kw_only=True)
class SummarySentence:
    """A sentence of the article chosen for the summary."""

    text: str
    sources: list[str] = _sources()
    evidence: list[Ref] = _evidence()


@dataclass(kw_only=True)
class Actor:
    """A person, organisation, place or group, merged over all its surface forms."""

    id: str = spec(unique=True, doc="the id quotes and timeline entries name")
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = spec(factory=list)
    mentions: int = 0
    sources: list[str] = _sources()
    evidence: list[Ref] = _evidence()


@dataclass(kw_only=True)
class Quote:
    """Quoted words (without their marks) and who said them; ``start:end`` is in the first source."""

    id: str = spec(unique=True)
    text: str
    speaker: str | None
    speaker_id: str | None = spec(refers="actors", doc="the speaker's actor id")
    cue: str | None = spec(doc='the speech verb, e.g. "said"')
    start: int = spec(doc="offset of the quoted words in the text of the quote's first source")
    end: int = spec(doc="end offset of the quoted words in the text of the quote's first source")
    partial: bool = spec(False, doc="a fragment quoted inside indirect speech")
    variants: list[str] = spec(factory=list, doc="other wordings of the same quote")
    sources: list[str] = _sources()
    evidence: list[Ref] = _evidence()

    @property
    def ref(self) -> Ref:
        """The quoted words as evidence."""
        return Ref(self.sources[0], self.start, self.end)


@dataclass(kw_only=True)
class DateMention:
    """A temporal expression and its TimeML-style value (``2020-10``, ``XXXX-08``, ``PRESENT_REF``)."""

    text: str
    start: int = spec(doc="offset in the text of the first source")
    end: int = spec(doc="end offset in the text of the first source")
    value: str
    sources: list[str] = _sources()

    @property
    def ref(self) -> Ref:
        """The expression as evidence."""
        return Ref(self.sources[0], self.start, self.end)


@dataclass(kw_only=True)
class TimelineEvent:
    """One dated event; ``date`` is an ISO 8601 prefix (``XXXX`` for an unknown year)."""

    date: str
    date_text: str = spec(doc="the date as the article says it")
    qualifier: str | None = spec(None, doc="early, late, expected, ...")
    event: str
    actors: list[str] = spec(factory=list, refers="actors", doc="actor ids")
    sources: list[str] = _sources()
    evidence: list[Ref] = _evidence()


@dataclass(kw_only=True)
class Figure:
    """A number from the article: money, a count or a percentage, and what it measures."""

    text: str
    value: float | None
    unit: str | None
    measure: str | None = None
    sources: list[str] = _sources()
    evidence: list[Ref] = _evidence()


@dataclass(kw_only=True)
class Claim:
    """What one source says in a disagreement."""

    source: str = spec(refers="sources")
    text: str
    evidence: list[Ref] = _evidence()


@dataclass(kw_only=True)
class Conflict:
    """Sources that disagree: a different figure, a different date, a quote given to different speakers."""

    kind: ConflictKind
    about: str = spec(doc="what they disagree on, in a few words")
    claims: list[Claim] = spec(factory=list, min_items=2)


@dataclass(kw_only=True)
class Brief:
    """One brief of one article, or of several articles on one story."""

    schema: str = spec(SCHEMA, const=SCHEMA)
    title: str
    summary: list[SummarySentence] = spec(factory=list)
    actors: list[Actor] = spec(factory=list)
    quotes: list[Quote] = spec(factory=list)
    dates: list[DateMention] = spec(factory=list)
    timeline: list[TimelineEvent] = spec(factory=list)
    figures: list[Figure] = spec(factory=list)
    conflicts: list[Conflict] = spec(factory=list, doc="where the sources disagree (none for one article)")
    sources: list[Source] = spec(factory=list, min_items=1, doc="the articles, in the order they were given")

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def text_of(self, source_id: str) -> str:
        """The text of the source with this id (KeyError when there is none)."""
        source = self.source(source_id)
        if source is None:
            raise KeyError(source_id)
        return source.text

    def at(self, ref: Ref) -> str:
        """The words a piece of evidence points at."""
        return self.text_of(ref.source)[ref.start : ref.end]

    def to_dict(self) -> dict[str, Any]:
        """The brief as plain data, keys in declaration order, evidence as three-item lists."""
        out = _plain(self)
        assert isinstance(out, dict)
        return out

    @classmethod
    def from_dict(cls, data: object) -> Brief:
        """Validate plain data against the contract and build a brief (``briefing/1`` is upgraded).

        Raises :class:`BriefValidationError` for the first problem found; the path names the field
        as it stands in ``data``, so a ``briefing/1`` error points into the ``briefing/1`` file.
        """
        v1 = isinstance(data, dict) and data.get("schema") == SCHEMA_V1
        if isinstance(data, dict) and v1:
            data = upgrade_v1(data)
        try:
            brief: Brief = _read(Brief, data, ())
            _check_links(brief)
        except BriefValidationError as exc:
            if v1:
                raise BriefValidationError(_v1_path(exc.path), exc.expected, exc.got) from None
            raise
        return brief


class BriefValidationError(ValueError):
    """A brief that breaks the contract; ``path`` is where, e.g. ``("quotes", 2, "speaker")``."""

    def __init__(self, path: Path, expected: str, got: object = None) -> None:
        self.path = path
        self.expected = expected
        self.got = got
        super().__init__(f"{format_path(path)}: expected {expected}{_got(got)}")


def format_path(path: Path) -> str:
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


# --- the generic walks over the declarations ------------------------------------------------


@cache
def _fields(cls: type) -> tuple[tuple[str, Any, dict[str, Any]], ...]:
    """(name, type, metadata) of each field of a model class, in declaration order; all are required."""
    hints = get_type_hints(cls)
    return tuple((f.name, hints[f.name], dict(f.metadata)) for f in fields(cls))


@cache
def _names(cls: type) -> tuple[str, ...]:
    """The field names of a model class (without resolving type hints: writing a brief stays cheap)."""
    return tuple(f.name for f in fields(cls))


def _plain(value: object) -> object:
    if isinstance(value, Ref):
        return [value.source, int(value.start), int(value.end)]
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _names(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _is_model(tp: Any) -> bool:
    """Whether ``tp`` is one of the model's dataclasses (a class, not an instance)."""
    return isinstance(tp, type) and is_dataclass(tp)


def _optional(tp: Any) -> Any | None:
    """``X`` for ``X | None``, else None."""
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0]
    return None


_WORDS: dict[Any, str] = {str: "a string", int: "a whole number >= 0", bool: "true or false", float: "a number"}


def _describe(tp: Any) -> str:
    """How an error message names what a type expects."""
    inner = _optional(tp)
    if inner is not None:
        return f"{_describe(inner)} or null"
    if tp is Ref:
        return "a [source, start, end] reference"
    if get_origin(tp) is Literal:
        return "one of " + ", ".join(str(a) for a in get_args(tp))
    if get_origin(tp) is list:
        item = get_args(tp)[0]
        if tp == list[Ref]:
            return "a list of [source, start, end] references"
        return "a list of strings" if item is str else "a list"
    if _is_model(tp):
        return "a mapping"
    return _WORDS[tp]


def _read(tp: Any, value: object, path: Path, meta: dict[str, Any] | None = None) -> Any:
    """``value`` checked against type ``tp`` (and the field's metadata), as model objects."""
    meta = meta or {}
    inner = _optional(tp)
    if inner is not None:
        if value is None:
            return None
        if meta.get("day"):
            _check_day(value, path, "an ISO date YYYY-MM-DD or null")
        try:
            return _read(inner, value, path, meta)
        except BriefValidationError as exc:
            if exc.path != path or exc.expected != _describe(inner):
                raise
            raise BriefValidationError(path, _describe(tp), value) from None
    if tp is Ref:
        if (
            not isinstance(value, list)
            or len(value) != 3
            or not isinstance(value[0], str)
            or any(isinstance(x, bool) or not isinstance(x, int) for x in value[1:])
        ):
            raise BriefValidationError(path, "a [source, start, end] reference (an id and two whole numbers)", value)
        return Ref(*value)
    origin = get_origin(tp)
    if origin is list:
        if not isinstance(value, list):
            raise BriefValidationError(path, _describe(tp), value if get_args(tp)[0] is str else type(value).__name__)
        item = get_args(tp)[0]
        if len(value) < meta.get("min_items", 0):
            raise BriefValidationError(path, f"a list of at least {meta['min_items']} item(s)", value)
        item_meta = {k: v for k, v in meta.items() if k == "pattern"}
        return [_read(item, v, (*path, i), item_meta) for i, v in enumerate(value)]
    if origin is Literal:
        if value not in get_args(tp):
            raise BriefValidationError(path, _describe(tp), value)
        return value
    if _is_model(tp):
        return _read_object(tp, value, path)
    if tp is bool:
        if not isinstance(value, bool):
            raise BriefValidationError(path, _describe(tp), value)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BriefValidationError(path, _describe(tp), value)
        if value > MAX_INT:
            raise BriefValidationError(path, f"a whole number <= {MAX_INT}", _short(value))
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise BriefValidationError(path, _describe(tp), value)
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int beyond any float
            finite = False
        if not finite:
            raise BriefValidationError(path, "a finite number", _short(value) if isinstance(value, int) else value)
        return value
    if tp is str:
        if not isinstance(value, str):
            raise BriefValidationError(path, _describe(tp), value)
        if "const" in meta and value != meta["const"]:
            raise BriefValidationError(path, f'"{meta["const"]}"', value)
        if "pattern" in meta and not re.match(meta["pattern"], value):
            raise BriefValidationError(path, f"a string matching {meta['pattern']}", value)
        if meta.get("day"):
            _check_day(value, path, "an ISO date YYYY-MM-DD")
        return value
    raise TypeError(f"no reader for {tp!r}")  # a model declaration error, not bad input


def _short(value: int) -> object:
    """Very long numbers are not echoed digit by digit (nor turned into text: that is slow, or refused)."""
    return value if value.bit_length() < 100 else f"a number of about {int(value.bit_length() * 0.30103)} digits"


def _check_day(value: object, path: Path, expected: str) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BriefValidationError(path, expected, value)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise BriefValidationError(path, expected.replace("an ISO date", "a real calendar day"), value) from None


def _read_object(cls: type, value: object, path: Path) -> Any:
    if not isinstance(value, dict):
        raise BriefValidationError(path, "a mapping", type(value).__name__)
    declared = _fields(cls)
    kwargs: dict[str, Any] = {}
    for name, tp, meta in declared:
        if name not in value:
            raise BriefValidationError((*path, name), f"a value (the field '{name}' is missing)")
        kwargs[name] = _read(tp, value[name], (*path, name), meta)
    for key in value:
        if key not in kwargs:
            names = ", ".join(name for name, *_ in declared)
            raise BriefValidationError((*path, str(key)), f"one of the fields {names} (no field of this name)")
    return cls(**kwargs)


def _check_links(brief: Brief) -> None:
    """What types cannot check, in document order: ids unique and existing, evidence inside its text.

    Driven by the declarations: ``unique`` and ``refers`` metadata, :class:`Ref` values (inside
    their source's text and one of the item's own ``sources``), and items with ``start``/``end``
    (offsets in the text of their first source).
    """
    texts = {s.id: s.text for s in brief.sources}
    actor_ids = {a.id for a in brief.actors}
    for name, _tp, _meta in _fields(Brief):
        _walk(getattr(brief, name), (name,), texts, actor_ids, None)


def _walk(value: object, path: Path, texts: dict[str, str], actors: set[str], allowed: set[str] | None) -> None:
    if isinstance(value, Ref):
        _check_ref(value, path, texts, allowed)
    elif isinstance(value, list):
        seen: set[tuple[str, object]] = set()
        for i, item in enumerate(value):
            cls: type = type(item)
            if _is_model(cls):
                for name, _tp, meta in _fields(cls):
                    if not meta.get("unique"):
                        continue
                    key = (name, getattr(item, name))
                    if key in seen:
                        noun = type(item).__name__.lower()
                        raise BriefValidationError((*path, i, name), f"an id used by no other {noun}", key[1])
                    seen.add(key)
            _walk(item, (*path, i), texts, actors, allowed)
    elif is_dataclass(value) and not isinstance(value, type):
        sources = getattr(value, "sources", None)
        own = set(sources) if isinstance(sources, list) else allowed
        if isinstance(value, Claim):
            own = {value.source}
        for name, _tp, meta in _fields(type(value)):
            item = getattr(value, name)
            where = (*path, name)
            if meta.get("refers"):
                _check_ids(item, where, texts.keys() if meta["refers"] == "sources" else actors, meta["refers"])
            if name == "end" and sources:
                _check_offsets(value, where, sources[0], texts)
            _walk(item, where, texts, actors, own)


def _check_ids(value: object, path: Path, pool: Collection[str], refers: str) -> None:
    noun = "an actor" if refers == "actors" else "a source"
    if isinstance(value, list):
        for j, one in enumerate(value):
            if one not in pool:
                raise BriefValidationError((*path, j), f"the id of {noun}", one)
    elif value is not None and value not in pool:
        raise BriefValidationError(path, f"the id of {noun}" + (" or null" if refers == "actors" else ""), value)


def _check_offsets(item: object, path: Path, source: str, texts: dict[str, str]) -> None:
    start, end = getattr(item, "start"), getattr(item, "end")
    n = len(texts.get(source, ""))
    if not start <= end <= n:
        raise BriefValidationError(path, f"start <= end <= {n} (the length of the text of source {source})", [start, end])


def _check_ref(ref: Ref, path: Path, texts: dict[str, str], allowed: set[str] | None) -> None:
    if ref.source not in texts:
        raise BriefValidationError(path, "a reference to a source of the brief", list(ref))
    if allowed is not None and ref.source not in allowed:
        raise BriefValidationError(path, "a reference to one of the item's own sources", list(ref))
    n = len(texts[ref.source])
    if not 0 <= ref.start <= ref.end <= n:
        raise BriefValidationError(
            path, f"0 <= start <= end <= {n} (the length of the text of source {ref.source})", list(ref)
        )


# --- briefing/1 ---------------------------------------------------------------------------

#: v1 item lists whose items gain ``sources: ["s1"]`` and whose ``[start, end]`` evidence gains "s1".
_V1_ITEMS = ("summary", "actors", "quotes", "dates", "timeline", "figures")


def upgrade_v1(data: dict[str, Any]) -> dict[str, Any]:
    """A ``briefing/1`` brief as ``briefing/2`` data: one source ``s1`` from ``source`` and ``text``.

    Only what has the right shape is converted; anything else is passed on as it is, so validation
    reports it (and :func:`_v1_path` maps the error back to where it stands in the v1 file).
    """
    out: dict[str, Any] = {"schema": SCHEMA}
    for key, value in data.items():
        if key in ("schema", "source", "text"):
            continue
        if key in _V1_ITEMS and isinstance(value, list):
            value = [_upgrade_item(key, item) for item in value]
        out[key] = value
    out.setdefault("conflicts", [])
    src = data.get("source")
    if isinstance(src, dict):
        source = {"id": "s1", "path": src.get("path"), "url": None, "title": data.get("title"), "site": None,
                  "author": None}
        source |= {k: v for k, v in src.items() if k != "path"}
        if "text" in data:
            source["text"] = data["text"]
        out["sources"] = [source]
    else:
        out["sources"] = src
    return out


def _upgrade_item(key: str, item: object) -> object:
    if not isinstance(item, dict):
        return item
    out = dict(item)
    if key == "figures":
        out.setdefault("measure", None)  # optional in briefing/1
    evidence = out.get("evidence")
    if isinstance(evidence, list):
        out["evidence"] = [["s1", *pair] if isinstance(pair, list) and len(pair) == 2 else pair for pair in evidence]
    out["sources"] = ["s1"]
    return out


def _v1_path(path: Path) -> Path:
    """Where a field of the upgraded brief stands in the ``briefing/1`` file."""
    if path[:1] == ("sources",):
        rest = path[2:]
        return ("text",) if rest == ("text",) else ("source", *rest)
    return path


# --- JSON Schema --------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the brief, derived from the same declarations.

    It checks shapes; what needs the whole brief (ids that exist, evidence inside its source's
    text) is checked by :meth:`Brief.from_dict`.
    """
    defs: dict[str, Any] = {}
    _schema_of(Brief, {}, defs)
    root = defs.pop("Brief")
    root["description"] += (
        " Evidence is [source_id, start, end]: Python string offsets into that source's text. What a"
        " schema cannot say (ids that exist, evidence inside its source's text) `briefing print FILE` checks."
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:briefing:schema:brief:2",
        "title": f"A {SCHEMA} brief",
        **root,
        "$defs": defs,
    }


def _schema_of(tp: Any, meta: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any]
    inner = _optional(tp)
    if inner is not None:
        out = {"anyOf": [_schema_of(inner, {k: v for k, v in meta.items() if k != "doc"}, defs), {"type": "null"}]}
    elif tp is Ref:
        whole = {"type": "integer", "minimum": 0, "maximum": MAX_INT}
        out = {"type": "array", "prefixItems": [{"type": "string"}, whole, whole], "items": False,
               "minItems": 3, "description": "[source_id, start, end]"}
    elif get_origin(tp) is list:
        item_meta = {k: v for k, v in meta.items() if k == "pattern"}
        out = {"type": "array", "items": _schema_of(get_args(tp)[0], item_meta, defs)}
        if meta.get("min_items"):
            out["minItems"] = meta["min_items"]
    elif get_origin(tp) is Literal:
        out = {"enum": list(get_args(tp))}
    elif _is_model(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {
                "type": "object",
                "description": " ".join((tp.__doc__ or "").split()),
                "properties": {n: _schema_of(t, m, defs) for n, t, m in _fields(tp)},
                "required": [n for n, _t, _m in _fields(tp)],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    elif tp is bool:
        out = {"type": "boolean"}
    elif tp is int:
        out = {"type": "integer", "minimum": 0, "maximum": MAX_INT}
    elif tp is float:
        out = {"type": "number"}
    elif tp is str:
        out = {"type": "string"}
        if "const" in meta:
            out = {"const": meta["const"]}
        if "pattern" in meta:
            out["pattern"] = meta["pattern"]
        if meta.get("day"):
            out |= {"pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
    else:
        raise TypeError(f"no schema for {tp!r}")
    if meta.get("doc"):
        out["description"] = meta["doc"]
    return out
