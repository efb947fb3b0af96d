"""Demonyms: the adjective and plural a nationality is written with ("Turkish", "Turks").

No data package installed here lists them, so most are derived from the country name by the
regular English suffix rules (Russia -> Russian, Japan -> Japanese, Pakistan -> Pakistani) and
the irregular ones sit in a small table.  Derived forms that no writer uses ("Chinan") cost
nothing: they are only ever looked up, never generated into text.
"""

from __future__ import annotations

# adjective -> (country as the gazetteer names it, plural for the people)
IRREGULAR: dict[str, tuple[str, str]] = {
    "American": ("United States", "Americans"),
    "British": ("United Kingdom", "Britons"),
    "English": ("England", "English"),
    "Scottish": ("Scotland", "Scots"),
    "Scots": ("Scotland", "Scots"),
    "Welsh": ("Wales", "Welsh"),
    "Irish": ("Ireland", "Irish"),
    "French": ("France", "French"),
    "Dutch": ("Netherlands", "Dutch"),
    "Greek": ("Greece", "Greeks"),
    "Swiss": ("Switzerland", "Swiss"),
    "Turkish": ("Turkey", "Turks"),
    "Spanish": ("Spain", "Spaniards"),
    "Polish": ("Poland", "Poles"),
    "Danish": ("Denmark", "Danes"),
    "Swedish": ("Sweden", "Swedes"),
    "Finnish": ("Finland", "Finns"),
    "Icelandic": ("Iceland", "Icelanders"),
    "Thai": ("Thailand", "Thais"),
    "Filipino": ("Philippines", "Filipinos"),
    "Chinese": ("China", "Chinese"),
    "Czech": ("Czechia", "Czechs"),
    "Slovak": ("Slovakia", "Slovaks"),
    "Slovene": ("Slovenia", "Slovenes"),
    "Cypriot": ("Cyprus", "Cypriots"),
    "Afghan": ("Afghanistan", "Afghans"),
    "Turkmen": ("Turkmenistan", "Turkmens"),
    "Uzbek": ("Uzbekistan", "Uzbeks"),
    "Kazakh": ("Kazakhstan", "Kazakhs"),
    "Tajik": ("Tajikistan", "Tajiks"),
    "Kyrgyz": ("Kyrgyzstan", "Kyrgyz"),
    "Saudi": ("Saudi Arabia", "Saudis"),
    "Kuwaiti": ("Kuwait", "Kuwaitis"),
    "Norwegian": ("Norway", "Norwegians"),
    "Peruvian": ("Peru", "Peruvians"),
    "Argentine": ("Argentina", "Argentines"),
    "Malagasy": ("Madagascar", "Malagasy"),
    "Monegasque": ("Monaco", "Monegasques"),
    "Kiwi": ("New Zealand", "New Zealanders"),
    "Serb": ("Serbia", "Serbs"),
    "Croat": ("Croatia", "Croats"),
    "Kurdish": ("Kurdistan", "Kurds"),
    "Arab": ("Arabia", "Arabs"),
    "Palestinian": ("Palestine", "Palestinians"),
    "Israeli": ("Israel", "Israelis"),
    "Pakistani": ("Pakistan", "Pakistanis"),
    "Vietnamese": ("Vietnam", "Vietnamese"),
    "Lebanese": ("Lebanon", "Lebanese"),
    "Portuguese": ("Portugal", "Portuguese"),
    "Congolese": ("Democratic Republic of the Congo", "Congolese"),
    "Bosnian": ("Bosnia and Herzegovina", "Bosnians"),
    "Soviet": ("Russia", "Soviets"),
    "European": ("Europe", "Europeans"),
    "African": ("Africa", "Africans"),
    "Asian": ("Asia", "Asians"),
    "Latin American": ("South America", "Latin Americans"),
}

# (ending of the country name, replacement) tried in order; every match yields a candidate.
_RULES: tuple[tuple[str, str], ...] = (
    ("ia", "ian"),
    ("a", "an"),
    ("a", "ian"),
    ("y", "ian"),
    ("y", ""),
    ("e", "ian"),
    ("e", "ean"),
    ("o", "an"),
    ("um", "ian"),
    ("um", "an"),
    ("", "ese"),
    ("", "ian"),
    ("", "i"),
    ("", "ish"),
    ("", "n"),
)


def derived(country: str) -> list[str]:
    """Regular demonym candidates for a one-word country name (multi-word: only the last word varies)."""
    out = []
    for ending, replacement in _RULES:
        if country.endswith(ending) and len(country) - len(ending) >= 3:
            out.append(country[: len(country) - len(ending)] + replacement)
    return out


def plural(adjective: str) -> str:
    """The people of a regular demonym: Russian -> Russians, Pakistani -> Pakistanis, Japanese -> Japanese."""
    if adjective.endswith(("ese", "ss", "sh", "ch")):
        return adjective
    return adjective + "s"
