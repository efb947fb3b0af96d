"""Words that tell a clause's tense and its subject, for dating and wording timeline events.

Grammar, not names: short closed lists, all lower case.  Regular past forms ("-ed") are found by
their ending; these are the irregular ones news uses most, and the auxiliaries after which an
"-ed" word is a participle ("will be debated", "has been delayed"), not a past tense.
"""

from __future__ import annotations

#: Irregular simple-past verbs (not those spelt like their present: "put", "set", "cut", "hit", "read"),
#: and "been", whose perfect ("has been on patrol since March") tells of the past too.
PAST_IRREGULAR = frozenset(
    """said told was were had did met went came took made began won lost held left gave saw found
    became struck fell rose sold bought brought thought knew ran sent spent paid built fought led kept
    stood wrote spoke broke chose drove flew grew threw wore sat lay stole swore shook rang sang
    withdrew overtook undertook beat been""".split()
)
#: Words after which an "-ed" form is a participle or adjective, so it says nothing of the tense.
PARTICIPLE_AFTER = frozenset("be been being is are am was were has have had get gets got to not the a an".split())
#: "-ed" words that are no past tense of a verb (besides those in "-eed": "need", "succeed").
NOT_PAST_ED = frozenset("hundred red shed bred wed naked sacred wicked".split())

#: Personal pronouns that can stand for an actor named before, by the kind of actor they fit.
PERSON_PRONOUNS = frozenset("he she".split())
PLURAL_PRONOUNS = frozenset("they".split())
FIRST_PERSON = frozenset("i we".split())
#: Possessive forms of those, and what they are possessives of.
POSSESSIVES = {"his": "he", "her": "she", "their": "they"}
#: Subjects that name nothing ("It's up to ...", "That's all ...", "There is ...", "This is ...").
EMPTY_SUBJECTS = frozenset("it it's that that's this this's there there's here here's what what's".split())

#: Words that make a clause a statement of something done or to be done: a finite verb or an
#: auxiliary.  Regular pasts ("-ed") and the irregular ones (:data:`PAST_IRREGULAR`) are found apart.
FINITE_WORDS = frozenset(
    """is are was were be been has have had will would shall should can could may might must do does did
    says tells told said 's 're 've 'll 'd isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't
    can't couldn't don't doesn't didn't""".split()
)
#: Verbs that read the same after "I" and after a name: the modals.
MODALS = frozenset("will would could should might must can may".split())
#: Reporting verbs that end a clause telling only that someone spoke ("a spokesman said").
REPORTING_VERBS = frozenset("said says announced confirmed added reported stated wrote told".split())
#: Reporting verbs of a clause that only tells who spoke to whom ("He told reporters"), in the
#: order the timeline's pattern tries them.
REPORTING_ONLY_VERBS = ("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "explained", "insisted", "stressed")
#: Words of an aside telling what its subject is due to do ("The telescopes, due to launch in ...").
PLAN_WORDS = ("due", "set", "expected", "scheduled", "slated", "poised", "planned", "likely", "unlikely")
#: Subject pronouns and what each can stand for: a man, a woman, a thing, several, the speaker.
PRONOUN_GENDERS = {"he": "m", "she": "f", "it": "n", "they": "p", "i": "1", "we": "p"}
#: Auxiliaries after a sentence's first word that make it a person acting ("Price has said", "Young
#: was named"): the actor pass's few, narrower than :data:`FINITE_WORDS` (which changed 2 of 1,056 dev briefs).
PREDICATE_AUXILIARIES = frozenset("has had was is will would could can did does".split())
