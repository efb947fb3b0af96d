"""Speech verbs in every form a cue takes ("say", "says", "said", "saying"), from their base forms.

The regular forms follow English spelling rules (note -> noted, notes, noting; reply -> replied,
replies; stress -> stresses; admit -> admitted); the irregular past tenses and the few verbs that
double a final consonant sit in small tables, as :mod:`demonyms` does for nationalities.
"""

from __future__ import annotations

#: Verbs whose -ing form introduces a quote too ("adding:", "saying that").
_WITH_ING = """say tell add warn insist state explain ask write tweet declare claim argue note recall reply
respond answer announce continue conclude predict suggest admit acknowledge confirm promise vow urge
call describe joke quip shout yell chant complain boast observe report post mention remark comment
assert contend maintain stress emphasize caution charge accuse sing quote""".split()
#: Verbs whose -ing form is seldom a cue ("reading", "beginning", "branding").
_WITHOUT_ING = """thunder scoff sneer muse deadpan recount read begin tout dub label brand term deny demand
lament proclaim exclaim whisper testify pledge wonder retort liken counter""".split()
#: Irregular past tenses.
_PAST = {"say": ("said",), "tell": ("told",), "write": ("wrote",), "begin": ("began",), "sing": ("sang",),
         "read": (), "label": ("labeled", "labelled")}
#: Verbs that double their final consonant before -ed and -ing (stress on the last syllable).
_DOUBLING = frozenset("admit quip deadpan dub".split())
_VOWELS = frozenset("aeiou")


def third_person(verb: str) -> str:
    """says, stresses, replies."""
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past(verb: str) -> tuple[str, ...]:
    """said, noted, replied, admitted (and both spellings of "labelled")."""
    if verb in _PAST:
        return _PAST[verb]
    if verb in _DOUBLING:
        return (verb + verb[-1] + "ed",)
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return (verb[:-1] + "ied",)
    return (verb + "ed",)


def present_participle(verb: str) -> str:
    """saying, noting, admitting."""
    if verb in _DOUBLING:
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith(("ee", "ye")):
        return verb[:-1] + "ing"
    return verb + "ing"


def _forms(verb: str, *, ing: bool) -> tuple[str, ...]:
    return (verb, third_person(verb), *past(verb), *((present_participle(verb),) if ing else ()))


#: Every form of every speech verb, lower case.
SPEECH_VERB_FORMS: frozenset[str] = frozenset(
    [form for verb in _WITH_ING for form in _forms(verb, ing=True)]
    + [form for verb in _WITHOUT_ING for form in _forms(verb, ing=False)]
)

#: Base forms far more often nouns ("the state", "a report") than a cue in news text.
NOUN_LIKE_VERBS: frozenset[str] = frozenset(
    """state post note charge claim comment answer reply report tweet quote read term brand label
    counter call promise pledge vow joke demand caution stress remark mention chant shout sing retort
    dub muse""".split()
)

#: Nouns for what someone said ("a statement from X", "his remarks").
SPEECH_NOUNS: frozenset[str] = frozenset(
    """warning statement message words remarks comment comments tweet tweets post letter email memo
    speech interview response reply answer promise pledge claim assertion remark note quote quip
    question announcement declaration testimony plea appeal vow joke""".split()
)
