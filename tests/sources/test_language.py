"""The English check: other languages are told apart from English news, short text is not judged."""

from __future__ import annotations

import pytest
from page_helpers import clean_text

from briefing.sources.language import looks_english, warning

FRENCH = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont du moulin à toute circulation, après que des "
    "ingénieurs ont découvert de profondes fissures dans deux de ses piliers. Les travaux coûteront plus de quatre "
    "millions d'euros et dureront au moins dix-huit mois, selon un rapport présenté aux élus."
)
SPANISH = (
    "El ayuntamiento votó el martes cerrar el viejo puente del molino a todo el tráfico, después de que los "
    "ingenieros encontraran grietas profundas en dos de sus pilares. Las obras costarán más de cuatro millones "
    "de euros y durarán al menos dieciocho meses, según un informe presentado a los concejales."
)
RUSSIAN = (
    "Городской совет во вторник проголосовал за закрытие старого мельничного моста для всего транспорта после "
    "того, как инженеры обнаружили глубокие трещины в двух его опорах. Ремонт обойдётся более чем в четыре "
    "миллиона и займёт не менее восемнадцати месяцев, говорится в докладе для депутатов совета города."
)


def test_english_news_reads_as_english() -> None:
    assert looks_english(clean_text()) and warning(clean_text(), "a.txt") is None


@pytest.mark.parametrize("text", [FRENCH, SPANISH, RUSSIAN])
def test_other_languages_are_not_english(text: str) -> None:
    assert not looks_english(text)


def test_too_little_text_is_not_judged() -> None:
    assert looks_english("Der Stadtrat sperrt die Brücke.")


def test_the_warning_names_the_input_and_the_declared_language() -> None:
    line = warning(FRENCH, "page.html", "fr")
    assert line is not None and line.startswith("page.html: ") and "'fr'" in line and "\n" not in line


def test_a_text_in_ascii_alone_is_judged_by_its_function_words() -> None:
    """All-ASCII text skips the per-word script check: its words still decide."""
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Muehlenbruecke fuer jeden Verkehr zu sperren, nachdem "
        "Ingenieure tiefe Risse in zwei ihrer Pfeiler gefunden hatten. Die Arbeiten kosten mehr als vier Millionen "
        "Euro und dauern mindestens achtzehn Monate, heisst es in einem Bericht."
    )
    english = (
        "The city council voted on Tuesday to close the old mill bridge to all traffic after engineers found deep "
        "cracks in two of its piers. The work will cost more than four million euros and take at least eighteen "
        "months, according to a report to the council."
    )
    assert german.isascii() and english.isascii()
    assert not looks_english(german) and looks_english(english)
