"""Words the sentence splitter reads around a full stop: what opens a sentence, what cannot end one.

A capitalised word after a full stop may open a new sentence ("... on Monday. The council") or
continue the old one after an abbreviation ("Mr. Roe", "No. 10"); a pasted headline ends before a
lower-case word turns to a capitalised opener.  These are closed classes of English, written out
once here (as written: the openers capitalised, the rest lower case).
"""

from __future__ import annotations

#: Capitalised words that open sentences but rarely continue one.
SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I You This That These Those There His Her Its Their Our My In On At "
    "But And However After Before When While As If Meanwhile Earlier Later Last Since Despite Although "
    "Though Yet So Some Many Most Both According Under During Following What Why How Who Mr Mrs Ms "
    "Dr Now Then Still Instead Also Asked Speaking".split()
)
#: Openers that may follow a lowercase word only after a pasted headline (see ``_glue_cuts``).
GLUE_OPENERS = frozenset(
    "In On At After Before When While As If Meanwhile Earlier Later Last Since Despite Although However "
    "But According Under During Following The This These Those An He She It They We There His Her Its "
    "Their".split()
)
#: Openers that may end a Title Case headline run (determiners may not: "The Guardian").
TITLE_RUN_OPENERS = frozenset(
    "In On At After Before When While As If Meanwhile Earlier Later Last Since Despite Although However "
    "But According Under During Following He She They We".split()
)
#: Capitalised small words that mark a work's title ("In The Name Of The Father"), not a sentence.
WORK_TITLE_WORDS = frozenset("The A An Of And To For With".split())
#: Determiners that open a sentence and cannot end a headline run before them ("The", "His").
OPENING_DETERMINERS = frozenset("The This These Those A An His Her Its Their".split())
#: Words after which a capitalised word is a name or title, never a new sentence.
CLOSED_BEFORE_NAME = frozenset(
    "a an the of in on at to for by with from into onto about as and or nor but than that which who "
    "whom whose is was are were be been being has have had do does did will would can could may might "
    "must shall should not no via per like said says told tells say reported wrote called named dubbed "
    "titled entitled see saw read watched played starring versus vs between among against toward "
    "towards under over after before during since until near beside".split()
)
#: Function words: a headline does not end on one ("... ground in", "... a place of").
HEADLINE_NOT_LAST = frozenset(
    "a an the of in on at to for by with from into onto about as and or nor but than that which who whom "
    "whose is was are were be been being has have had do does did will would can could may might must "
    "shall should not no via per like between among against under over after before during since until "
    "near his her its their our my your this these those".split()
)
