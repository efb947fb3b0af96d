"""Words after a number that tell what kind of number it is: a time of day, a date, a rank, a duration.

The figures pass counts "38 runs" and "four batteries" but not "4 pm", "14 March", "3rd" or
"three months" (a span of time, which the timeline reads).  All lower case.
"""

from __future__ import annotations

from briefing.compile.lexicon.calendar_names import MONTH_WORDS

#: Words after a number that make it a time, a date or a rank, not a count.
NOT_UNITS = MONTH_WORDS | frozenset("a.m am p.m pm o'clock hours hrs gmt utc bst est edt pst cet st nd rd th".split())
#: Spans of time: durations for the timeline, not counts ("three months", "five years").
DURATIONS = frozenset("seconds minutes hours days nights weeks months years decades centuries".split())
