"""Currencies: what makes a number money, from pycountry's ISO 4217 table and a few hand entries.

pycountry lists each currency's code and English name ("CAD", "Canadian Dollar"); the gazetteer's
build derives from it the names an amount may end in ("250 million Canadian dollars", "40,000
zlotys", "3.4 billion Brazilian reais") and the codes it may open with ("SEK 4.2 billion"), and
keeps them in its cached table, so a run never imports pycountry.  What no package has is written
here: the signs ("$", "C$"), the currency a bare unit word means in news copy ("dollars" alone are
US dollars), the plurals English spelling does not give ("reais"), and the currency names that are
everyday words after a number ("3 won", "Sol").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: Signs written before the amount, and the currency each means.
SIGNS: dict[str, str] = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "C$": "CAD", "A$": "AUD"}
#: Codes news copy writes after an amount ("5 million USD"); other codes there are too often
#: something else ("5 PHP developers").
CODES_AFTER: tuple[str, ...] = ("USD", "GBP", "EUR")
#: A bare unit word that several currencies share, and the one news means by it; and the
#: colloquial names ISO does not use ("yuan" for the renminbi, the British "rouble").
BARE_UNITS: dict[str, str] = {
    "dollar": "USD", "pound": "GBP", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "rupee": "INR",
    "rouble": "RUB", "ruble": "RUB", "lira": "TRY", "franc": "CHF",
}
#: One-word ISO names that are also everyday English (or a people) after a number: never a bare unit.
NOT_BARE_UNITS: frozenset[str] = frozenset("won sol dong guarani".split())
#: Plurals that are not the singular and "s" ("reais"), or that are the singular ("yen").
IRREGULAR_PLURALS: dict[str, str] = {
    "real": "reais", "lira": "lira", "yen": "yen", "yuan": "yuan", "rand": "rand", "baht": "baht",
    "renminbi": "renminbi", "sterling": "sterling", "rupiah": "rupiah", "kyat": "kyat",
}


def plural(unit: str) -> str:
    """English plural of a currency unit ("dollar" -> "dollars", "real" -> "reais", "yen" -> "yen")."""
    return IRREGULAR_PLURALS.get(unit) or unit + "s"


def _listed(code: str, name: str) -> bool:
    """A national currency: no fund, metal, drawing right or test code (X..), no dated or bracketed name."""
    return not code.startswith("X") and name.replace(" ", "").replace("-", "").isalpha()


def names_after_amount(currencies: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-case words after an amount that make it money, each with its currency code.

    ``currencies`` are (code, English name) pairs.  Every full name of two or more words counts,
    singular and plural ("canadian dollar", "canadian dollars"); a one-word name ("Zloty") counts
    alone unless it is :data:`NOT_BARE_UNITS`; then the bare units of :data:`BARE_UNITS` and the
    codes of :data:`CODES_AFTER`.
    """
    names: dict[str, str] = {}
    for code, name in currencies:
        if not _listed(code, name):
            continue
        *qualifier, unit = name.lower().split()
        if qualifier or unit not in NOT_BARE_UNITS:
            for form in (unit, plural(unit)):
                names.setdefault(" ".join([*qualifier, form]), code)
    for unit, code in BARE_UNITS.items():
        names[unit] = names[plural(unit)] = code
    for code in CODES_AFTER:
        names[code.lower()] = code
    return names


def codes_before_amount(currencies: Iterable[tuple[str, str]], is_word: Callable[[str], bool]) -> tuple[str, ...]:
    """ISO codes that may open an amount ("SEK 4.2 billion"), sorted: those of national currencies
    that are no English word in lower case ("ALL", "TOP", "CUP" and "TRY" are left out)."""
    return tuple(sorted(code for code, name in currencies if _listed(code, name) and not is_word(code.lower())))
