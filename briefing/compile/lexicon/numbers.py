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
#: The units, "one" ... "nine" (the last word of "nineteen sixty-five").
UNIT_WORDS: dict[str, int] = {word: n for word, n in NUMBER_WORDS.items() if n < 10}
#: The tens by their digit, "twenty" 2 ... "ninety" 9 ("nineteen sixty" is 1960).
TENS_WORDS: dict[str, int] = {word: n // 10 for word, n in NUMBER_WORDS.items() if n >= 20}
#: The decades spelt out by the digit of their tens, "twenties" 2 ... "nineties" 9 ("the sixties").
DECADE_WORDS: dict[str, int] = {f"{word[:-1]}ies": digit for word, digit in TENS_WORDS.items()}
