"""Number words and their values, for figures ("twelve seats") and durations ("fifteen years ago").

No installed package maps English number words to values without also bringing a parser for
whole phrases, and the passes need only the single words, so they are written here once.
"""

from __future__ import annotations

#: "one" ... "nineteen", and the tens to "ninety".
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
