"""The shapes the compile passes hand each other.

Each pass is a pure function from what earlier passes found to what it adds (see
:mod:`briefing.compile.pipeline`).  Offsets everywhere are character offsets into the article
text as read; the analysis text ``norm`` has the same length, so an offset found in one is valid
in the other.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import field

from briefing.brief import ACTOR_KINDS, ActorKind
from briefing.records import dataclass

Span = tuple[int, int]


def actor_kind(kind: str) -> ActorKind:
    """``kind`` as one of the brief's actor kinds; the compiler makes no actor of any other kind."""
    if kind not in ACTOR_KINDS:
        raise ValueError(f"not an actor kind: {kind!r}")
    return kind  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a noise segment such as a pasted headline) at ``start:end``."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Layout:
    """The page as every pass reads it, computed once by :func:`briefing.compile.layout.page.read`.

    ``text`` is the article as read and ``norm`` its analysis text (same length, so offsets agree);
    ``paragraphs`` and ``sentences`` are spans into both, ``headline`` the article's own headline
    line (or None), ``starts`` the sentences' start offsets (the index :meth:`sentence_at` bisects)
    and ``tokens`` each sentence's lower-cased words (:func:`briefing.compile.similarity.words`).
    Passes used to rebuild each of these for themselves; now the pipeline hands them this one.
    """

    text: str
    norm: str
    paragraphs: list[Span]
    headline: Span | None
    sentences: list[Sentence]
    starts: list[int]
    tokens: list[tuple[str, ...]]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence starting at or last before ``offset`` (-1 before the first)."""
        return bisect_right(self.starts, offset) - 1


@dataclass(frozen=True, slots=True)
class Noise:
    """Sentences that are not story text: index -> kind (byline, headline, caption, dateline, credit)."""

    kinds: dict[int, str] = field(default_factory=dict)

    def __contains__(self, index: object) -> bool:
        return index in self.kinds


@dataclass(frozen=True, slots=True)
class Repeats:
    """Near-duplicate sentences: ``canonical[i]`` is the first sentence of i's group (i itself if unique)."""

    canonical: tuple[int, ...] = ()

    def is_repeat(self, index: int) -> bool:
        return self.canonical[index] != index

    def variants(self, index: int) -> list[int]:
        """The other members of the group whose canonical sentence is ``index``."""
        return [i for i, c in enumerate(self.canonical) if c == index and i != index]


@dataclass(frozen=True, slots=True)
class Mention:
    """One surface form of an entity in the text: a name, a title ("the Turkish president") or a pronoun."""

    start: int
    end: int
    text: str
    form: str = "name"


@dataclass(slots=True)
class Entity:
    """An actor as the compiler knows it: the brief's Actor plus every mention's offsets.

    ``kind`` is one of the brief's actor kinds (:data:`briefing.brief.ActorKind`), so an entity
    becomes an Actor as it is.
    """

    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words (without marks) at ``start:end``; ``partial`` for fragments inside indirect speech.

    ``variants`` are the spans of the same quote repeated elsewhere in the article (another
    rendition of the story), already merged into this one.
    """

    start: int
    end: int
    partial: bool = False
    open_mark: int | None = None
    close_mark: int | None = None
    variants: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote: the entity (or None), the cue verb and where the cue and source stand.

    ``name`` and ``kind`` carry a named speaker the actor pass did not find, for which
    :mod:`briefing.compile.actors.named_speakers` then makes an actor and sets ``speaker_id``.
    ``description`` carries an unnamed speaker as the text describes it ("executive spokeswoman",
    "Green party source"); ``speaker_id`` is then the actor the description names, if any (the party).
    """

    speaker_id: str | None
    cue: str | None
    cue_span: Span | None = None
    source_span: Span | None = None
    name: str | None = None
    kind: ActorKind = "person"
    description: str | None = None


@dataclass(frozen=True, slots=True)
class DateFound:
    """A temporal expression: its span, TimeML value and qualifier (early, late, before, by, ...)."""

    start: int
    end: int
    value: str
    qualifier: str | None = None


@dataclass(slots=True)
class EventFound:
    """A timeline entry as the timeline pass finds it: the brief's TimelineEvent on plain spans."""

    date: str
    date_text: str
    qualifier: str | None
    event: str
    actors: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class FigureFound:
    """A figure as the figures pass finds it: the brief's Figure on plain spans."""

    text: str
    value: float | None
    unit: str | None
    evidence: list[Span] = field(default_factory=list)
    measure: str | None = None
