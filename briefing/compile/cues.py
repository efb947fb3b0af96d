"""Words that introduce or close reported speech, shared by the quote and speaker passes.

Kept apart from both passes because the quote pass needs them to tell a quotation that is
attributed ("a fragment", he said) from a scare quote, and the speaker pass to find the subject.
"""

from __future__ import annotations

import re

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

CUE_VERBS: frozenset[str] = frozenset(_VERB_STEMS)

SPEECH_NOUNS: frozenset[str] = frozenset(
    (
        "warning", "statement", "message", "words", "remarks", "comment", "comments", "tweet",
        "tweets", "post", "letter", "email", "memo", "speech", "interview", "response", "reply",
        "answer", "promise", "pledge", "claim", "assertion", "remark", "note", "quote", "quip",
        "question", "announcement", "declaration", "testimony", "plea", "appeal", "vow", "joke",
    )
)

CUE_ALTERNATION = "according to|put it|" + "|".join(sorted(CUE_VERBS, key=len, reverse=True))
CUE_RE = re.compile(r"(?<![\w-])(?:" + CUE_ALTERNATION + r")(?![\w-])", re.I)
CUE_WORD = re.compile(r"(?<![\w-])(?:According to|Said|Says|" + CUE_ALTERNATION + r")(?![\w-])")
"""Cue words as a verb stands in running text: lower case, save the inverted "Said X:"."""

STRONG_CUES: frozenset[str] = frozenset(
    (
        "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adds",
        "adding", "write", "wrote", "writes", "tweeted", "tweets", "asked", "asks", "according to",
        "replied", "responded", "answered", "continued", "explained", "warned", "insisted",
        "stated", "declared", "noted", "recalled", "quipped", "joked", "wrote", "posted",
    )
)


def is_cue(word: str) -> bool:
    """True for a speech verb in any of its listed forms, or "according to"."""
    return word.lower() in CUE_VERBS or word.lower() == "according to"
