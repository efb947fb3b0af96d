"""Words too common to tell what a stretch of text is about, for the passes that weigh words.

The summary compares sentences on what is left without them; the figures pass ends a measure
phrase ("12% of the vote", "$ 2.5 billion contract") at the first of its own list.  All lower case.
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
