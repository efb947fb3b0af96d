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
