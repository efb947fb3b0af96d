"""Small words: too common to tell what a stretch of text is about, or telling only how it is built.

The summary compares sentences on what is left without them; the figures pass ends a measure
phrase ("12% of the vote", "$ 2.5 billion contract") at the first of its own list; the headline and
speaker readings skip articles, title-case minor words and the words that make a name an object.
Lower case unless said otherwise.
"""

from __future__ import annotations

#: Not content: the summary's sentence graph is built on the other words.
STOP_WORDS = frozenset(
    "a an the of to in and or for on at by with from as is was were be been being are it its this that "
    "these those he she they we you i his her their our your my me him them us not but have has had do "
    "does did will would can could should may might must shall said says say told also than then there "
    "here which who whom whose what when where why how all any some more most such only very just about "
    "into over after before up out so if no yes one two new mr mrs ms s t".split()
)
#: Words that end a figure's measure phrase: it is the head noun and its modifiers only.
MEASURE_ENDS = frozenset(
    "a an the of for to in on at by with from and or but as that which who whom this these those is was "
    "were are be been has have had will would can could should may might its their his her our than "
    "into over under after before since until during per each a.m p.m am pm ago old more less behind ahead above last "
    "next previous yesterday today tomorrow "
    "below up down off out about around across through between against among within without near".split()
)

#: Articles, and the determiners that open a description ("the spokesman", "his lawyer", "this official").
ARTICLES = frozenset("a an the".split())
DETERMINERS = ARTICLES | frozenset("his her their its our this that".split())
#: Words Title Case leaves in lower case ("Council Votes on the Budget"); headlines also leave
#: "is" and "it" so ("Ad Sales Boost Time Warner Profit", "What It Is").
TITLE_CASE_MINOR = frozenset("a an and as at but by for from in into of on or over the to up via vs with".split())
HEADLINE_MINOR = TITLE_CASE_MINOR | frozenset("is it".split())
#: Words a lead sentence opens with but a headline does not (as written, capitalised).
LEAD_OPENERS = frozenset(
    "The A An This That These Those It He She They We I You In On At As After When While For By With "
    "From Last Earlier Now Today Yesterday So But And".split()
)
#: Prepositions after which a name is an object ("a letter to Roe", "talks with Roe"), not the subject.
OBJECT_PREPOSITIONS = frozenset(
    "in of at on to from by with for into about against than like over under behind beside".split()
)
#: Verbs after which a name is their object ("told Roe", "thanked Roe"), not the one who speaks.
OBJECT_VERBS = frozenset(
    """told tells tell asked asks ask urged urges called calls thanked praised criticised criticized
    attacked met meets accused accuses blamed blames defended replaced beat beating joined succeeded""".split()
)
