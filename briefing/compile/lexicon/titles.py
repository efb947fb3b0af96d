"""Abbreviated titles written before a name ("Sen.", "Insp.", "Mrs") and what each stands for.

One table for every pass that reads them: the sentence splitter (a title's dot ends no sentence),
the tokeniser of names (the dot stays on the word), the speaker pass's clause cuts and name runs,
and descriptions ("Sen. Roe ... the senator"), and the gazetteer's person titles, which add
them to nameparser's.  nameparser lists most of these but not what they stand for, which
descriptions need, and lacks some news copy uses ("Insp.", "Det.", "Sen."), so the table is
written out.
"""

from __future__ import annotations

#: Lower-case abbreviation -> the word it abbreviates.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "mr": "mister", "mrs": "missus", "ms": "ms", "mx": "mx", "messrs": "messieurs", "mme": "madame",
    "mlle": "mademoiselle", "dr": "doctor", "prof": "professor", "rev": "reverend", "fr": "father",
    "hon": "honourable", "sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
    "del": "delegate", "gov": "governor", "pres": "president", "amb": "ambassador", "atty": "attorney",
    "gen": "general", "gens": "general", "lt": "lieutenant", "col": "colonel", "maj": "major",
    "capt": "captain", "cmdr": "commander", "adm": "admiral", "brig": "brigadier", "sgt": "sergeant",
    "cpl": "corporal", "pvt": "private", "supt": "superintendent", "insp": "inspector", "det": "detective",
}
#: Titles that say whether their holder is a man or a woman ("Mr. Roe" is no Ann Roe).
GENDERED_TITLES: dict[str, str] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "missus": "f",
    "mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f", "dame": "f", "lady": "f",
}
#: The courtesy and academic titles a story-wide name key drops ("Mr Roe", "Dr Roe", "Prof. Roe" are Roe).
COURTESY_TITLES: frozenset[str] = frozenset("mr mrs ms miss dr sir dame lord lady prof rev".split())
#: Abbreviations after a name or before a place that also keep their dot ("Jr.", "St. Louis", "Mt.").
NAME_ABBREVIATIONS: frozenset[str] = frozenset("st jr sr mt ft".split())
#: Those and the ranks of nobility and royalty, which tell it too ("Queen Ann ... she").
TITLE_GENDERS: dict[str, str] = {
    **GENDERED_TITLES, "king": "m", "prince": "m", "baroness": "f", "queen": "f", "princess": "f",
}
