"""Words that introduce or close reported speech, shared by the quote and speaker passes.

Kept apart from both passes because the quote pass needs them to tell a quotation that is
attributed ("a fragment", he said) from a scare quote, and the speaker pass to find the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERB_STEMS = (
    "say", "said", "says", "saying",
    "tell", "told", "tells", "telling",
    "add", "added", "adds", "adding",
    "warn", "warned", "warns", "warning",
    "insist", "insisted", "insists", "insisting",
    "state", "stated", "states", "stating",
    "explain", "explained", "explains", "explaining",
    "ask", "asked", "asks", "asking",
    "write", "wrote", "writes", "writing",
    "tweet", "tweeted", "tweets", "tweeting",
    "declare", "declared", "declares", "declaring",
    "claim", "claimed", "claims", "claiming",
    "argue", "argued", "argues", "arguing",
    "note", "noted", "notes", "noting",
    "recall", "recalled", "recalls", "recalling",
    "reply", "replied", "replies", "replying",
    "respond", "responded", "responds", "responding",
    "answer", "answered", "answers", "answering",
    "announce", "announced", "announces", "announcing",
    "continue", "continued", "continues", "continuing",
    "conclude", "concluded", "concludes", "concluding",
    "predict", "predicted", "predicts", "predicting",
    "suggest", "suggested", "suggests", "suggesting",
    "admit", "admitted", "admits", "admitting",
    "acknowledge", "acknowledged", "acknowledges", "acknowledging",
    "confirm", "confirmed", "confirms", "confirming",
    "promise", "promised", "promises", "promising",
    "vow", "vowed", "vows", "vowing",
    "urge", "urged", "urges", "urging",
    "call", "called", "calls", "calling",
    "describe", "described", "describes", "describing",
    "joke", "joked", "jokes", "joking",
    "quip", "quipped", "quips", "quipping",
    "shout", "shouted", "shouts", "shouting",
    "yell", "yelled", "yells", "yelling",
    "chant", "chanted", "chants", "chanting",
    "complain", "complained", "complains", "complaining",
    "boast", "boasted", "boasts", "boasting",
    "observe", "observed", "observes", "observing",
    "report", "reported", "reports", "reporting",
    "post", "posted", "posts", "posting",
    "mention", "mentioned", "mentions", "mentioning",
    "remark", "remarked", "remarks", "remarking",
    "comment", "commented", "comments", "commenting",
    "assert", "asserted", "asserts", "asserting",
    "contend", "contended", "contends", "contending",
    "maintain", "maintained", "maintains", "maintaining",
    "stress", "stressed", "stresses", "stressing",
    "emphasize", "emphasized", "emphasizes", "emphasizing",
    "caution", "cautioned", "cautions", "cautioning",
    "charge", "charged", "charges", "charging",
    "accuse", "accused", "accuses", "accusing",
    "thunder", "thundered", "thunders",
    "scoff", "scoffed", "scoffs",
    "sneer", "sneered", "sneers",
    "muse", "mused", "muses",
    "deadpan", "deadpanned", "deadpans",
    "recount", "recounted", "recounts",
    "read", "reads",
    "begin", "began", "begins",
    "tout", "touted", "touts",
    "dub", "dubbed", "dubs",
    "label", "labeled", "labelled", "labels",
    "brand", "branded", "brands",
    "term", "termed", "terms",
    "deny", "denied", "denies",
    "demand", "demanded", "demands",
    "lament", "lamented", "laments",
    "proclaim", "proclaimed", "proclaims",
    "exclaim", "exclaimed", "exclaims",
    "whisper", "whispered", "whispers",
    "testify", "testified", "testifies",
    "pledge", "pledged", "pledges",
    "wonder", "wondered", "wonders",
    "retort", "retorted", "retorts",
    "sing", "sings", "sang", "singing",
    "liken", "likened", "likens",
    "quote", "quoted", "quotes", "quoting",
    "counter", "countered", "counters",
)

_NOUN_LIKE = frozenset(
    """state post note charge claim comment answer reply report tweet quote read term brand label
    counter call promise pledge vow joke demand caution stress remark mention chant shout sing retort
    dub muse""".split()
)
"""Base forms that are far more often nouns ("the state", "a report") than a cue in news text."""

CUE_VERBS: frozenset[str] = frozenset(_VERB_STEMS) - _NOUN_LIKE

SPEECH_NOUNS: frozenset[str] = frozenset(
    (
        "warning", "statement", "message", "words", "remarks", "comment", "comments", "tweet",
        "tweets", "post", "letter", "email", "memo", "speech", "interview", "response", "reply",
        "answer", "promise", "pledge", "claim", "assertion", "remark", "note", "quote", "quip",
        "question", "announcement", "declaration", "testimony", "plea", "appeal", "vow", "joke",
    )
)

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_PAIRS = {"according": "to", "put": "it"}
_INVERTED = frozenset(("Said", "Says", "According"))


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word or pair ("according to", "put it") at ``start:end``."""

    start: int
    end: int
    text: str


def find_cues(norm: str, start: int, end: int, *, running_text: bool = True) -> list[Cue]:
    """Cue words in ``norm[start:end]`` by word look-up (a set, not a regex alternation).

    In ``running_text`` a verb is a cue only in lower case, save the inverted "Said X:" and a
    sentence-opening "According to", so "United States" or "Wayne State" are not speech.
    """
    tokens = list(_TOKEN.finditer(norm, start, end))
    out: list[Cue] = []
    for i, token in enumerate(tokens):
        word = token.group()
        low = word.lower()
        if running_text and not word.islower() and word not in _INVERTED:
            continue
        pair = _PAIRS.get(low)
        if pair is not None:
            follower = tokens[i + 1] if i + 1 < len(tokens) else None
            if follower is not None and follower.group() == pair and follower.start() == token.end() + 1:
                out.append(Cue(token.start(), follower.end(), norm[token.start() : follower.end()]))
        elif low in CUE_VERBS:
            out.append(Cue(token.start(), token.end(), word))
    return out


def speech_words(norm: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of every cue word or speech noun ("a statement", "his remarks") in ``start:end``.

    One pass over a stretch (a paragraph); callers ask whether a sentence holds one by bisection,
    so checking every quote's sentence stays linear however many quotes a sentence has.
    """
    stop = len(norm) if end is None else end
    found: list[int] = []
    tokens = list(_TOKEN.finditer(norm, start, stop))
    for i, token in enumerate(tokens):
        low = token.group().lower()
        pair = _PAIRS.get(low)
        if low in CUE_VERBS or low in SPEECH_NOUNS:
            found.append(token.start())
        elif pair is not None and i + 1 < len(tokens) and tokens[i + 1].group() == pair:
            found.append(token.start())
    return found
