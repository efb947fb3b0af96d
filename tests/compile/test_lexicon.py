"""The lexicon: word lists derived once, and no copy of them anywhere else in the compiler."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from briefing.compile.lexicon.calendar_names import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTH_WORDS,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBERS,
)
from briefing.compile.lexicon.heads import ORG_NAME_ENDS, SPEAKER_ROLES, THING_NAME_ENDS
from briefing.compile.lexicon.numbers import DECADE_WORDS, NUMBER_WORDS
from briefing.compile.lexicon.openers import HEADLINE_NOT_LAST, SENTENCE_OPENERS
from briefing.compile.lexicon.pages import PAGE_LABELS
from briefing.compile.lexicon.speech import SPEECH_VERB_FORMS, past, present_participle, third_person
from briefing.compile.lexicon.stopwords import (
    DETERMINERS,
    HEADLINE_MINOR,
    LEAD_OPENERS,
    OBJECT_PREPOSITIONS,
    OBJECT_VERBS,
)
from briefing.compile.lexicon.tense import PRONOUN_GENDERS, REPORTING_ONLY_VERBS, REPORTING_VERBS
from briefing.compile.lexicon.titles import COURTESY_TITLES, TITLE_ABBREVIATIONS, TITLE_GENDERS
from briefing.compile.lexicon.units import DURATIONS, NOT_UNITS
from briefing.compile.lexicon.words import (
    ADVERBIAL_START,
    CLAUSE_WORDS,
    NAME_RUN_OPENERS,
    NAME_SUFFIXES,
    RELATIVE_WORDS,
    ROLE_LEADERS,
    SPEAKER_VOICE,
)
from briefing.compile.pipeline import compile_text

COMPILE = Path(__file__).resolve().parents[2] / "briefing" / "compile"
#: The story merge reads names with the same word lists as the compiler.
MERGE = COMPILE.parent / "merge"


def test_months_and_weekdays_come_with_their_numbers() -> None:
    assert MONTH_NAMES[0] == "January" and MONTH_NAMES[-1] == "December"
    assert MONTH_NUMBERS["sept"] == MONTH_NUMBERS["sep"] == MONTH_NUMBERS["september"] == 9
    assert "May" not in MONTH_ABBREVIATIONS and "Sept" in MONTH_ABBREVIATIONS
    assert WEEKDAY_NAMES[0] == "Monday" and WEEKDAY_NUMBERS["sunday"] == 6


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("note", ("notes", ("noted",), "noting")),
        ("reply", ("replies", ("replied",), "replying")),
        ("stress", ("stresses", ("stressed",), "stressing")),
        ("admit", ("admits", ("admitted",), "admitting")),
        ("say", ("says", ("said",), "saying")),
        ("label", ("labels", ("labeled", "labelled"), "labeling")),
    ],
)
def test_speech_verb_forms_follow_spelling_rules_and_the_irregular_table(verb: str, forms: tuple[str, tuple[str, ...], str]) -> None:
    assert (third_person(verb), past(verb), present_participle(verb)) == forms


def test_speech_verbs_whose_ing_form_is_no_cue_have_none() -> None:
    assert {"said", "told", "wrote", "testified", "deadpanned"} <= SPEECH_VERB_FORMS
    assert not {"reading", "beginning", "branding"} & SPEECH_VERB_FORMS


@pytest.mark.parametrize("title", ["Insp.", "Sgt.", "Det.", "Supt.", "Sen."])
def test_an_abbreviated_title_before_the_speaker_leaves_the_speaker_named(title: str) -> None:
    article = f'Police searched the field on Monday.\n\n"We found nothing at the site," {title} Ann Roe said.'
    brief = compile_text(article)
    assert [q.speaker for q in brief.quotes] == ["Ann Roe"]
    assert [a.name for a in brief.actors if a.kind == "person"] == ["Ann Roe"]


def _word_lists() -> list[tuple[str, int, set[str]]]:
    """Every string constant in the compiler outside ``lexicon/`` but docstrings, as its set of lower-case words."""
    found = []
    for path in COMPILE.rglob("*.py"):
        if path.relative_to(COMPILE).parts[0] == "lexicon":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                found.append((str(path.relative_to(COMPILE)), node.lineno, set(re.findall(r"[a-z]+", node.value.lower()))))
    return found


def test_no_compile_module_outside_the_lexicon_spells_out_titles_months_or_weekdays() -> None:
    months = {m.lower() for m in MONTH_NAMES} | {a.lower() for a in MONTH_ABBREVIATIONS} - {"may", "mar"}
    weekdays = {w.lower() for w in WEEKDAY_NAMES}
    titles = set(TITLE_ABBREVIATIONS)
    copies = [
        (where, line)
        for where, line, words in _word_lists()
        if len(words & months) >= 4 or len(words & weekdays) >= 4 or len(words & titles) >= 5
    ]
    assert copies == []



def _hand_lists() -> list[tuple[str, int, set[str]]]:
    """Every hand word list in the compiler outside ``lexicon/`` and in the merge: a ``"word word
    ...".split()``, or a set, tuple, list or dict (its keys) of four or more one-word strings."""
    found = []
    for path in [*COMPILE.rglob("*.py"), *MERGE.rglob("*.py")]:
        if path.is_relative_to(COMPILE) and path.relative_to(COMPILE).parts[0] == "lexicon":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            words: list[object] = []
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)
            ):
                words = list(node.func.value.value.split())
            elif isinstance(node, (ast.Set, ast.Tuple, ast.List, ast.Dict)):
                elements = node.keys if isinstance(node, ast.Dict) else node.elts
                strings = [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(strings) >= 4 and len(strings) == len(elements) and all(" " not in w for w in strings):
                    words = list(strings)
            if words:
                found.append((str(path.relative_to(MERGE.parent)), node.lineno, {str(w).lower() for w in words}))
    return found


#: The lexicon's lists that once had copies (drifted or not) in the passes.
LISTS: dict[str, frozenset[str]] = {
    "speaker roles": SPEAKER_ROLES,
    "organisation name ends": ORG_NAME_ENDS,
    "thing name ends": THING_NAME_ENDS,
    "reporting verbs": frozenset(REPORTING_ONLY_VERBS) | REPORTING_VERBS,
    "determiners": DETERMINERS,
    "title-case minor words": HEADLINE_MINOR,
    "lead openers": frozenset(w.lower() for w in LEAD_OPENERS),
    "object prepositions": OBJECT_PREPOSITIONS,
    "object verbs": OBJECT_VERBS,
    "name run openers": NAME_RUN_OPENERS,
    "clause words": CLAUSE_WORDS,
    "role leaders": ROLE_LEADERS,
    "name suffixes": NAME_SUFFIXES,
    "courtesy titles": COURTESY_TITLES,
    "number words": frozenset(NUMBER_WORDS),
    "decades": frozenset(DECADE_WORDS),
    "page labels": frozenset(w.lower() for w in PAGE_LABELS),
    "not units": NOT_UNITS - MONTH_WORDS,
    "durations": DURATIONS,
    "speaker voice": SPEAKER_VOICE,
    "pronouns": frozenset(PRONOUN_GENDERS),
    "gendered titles": frozenset(TITLE_GENDERS),
    "sentence openers": frozenset(w.lower() for w in SENTENCE_OPENERS),
    "headline last words": HEADLINE_NOT_LAST,
    "adverbial starts": ADVERBIAL_START,
    "relative words": RELATIVE_WORDS,
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_lexicon_list_is_spelt_out_only_in_the_lexicon(name: str) -> None:
    """No hand list shares most of its words (five or more) with the list: a copy, or one that drifted."""
    listed = LISTS[name]
    copies = [
        (where, line)
        for where, line, words in _hand_lists()
        if len(words & listed) >= max(5, 0.6 * min(len(words), len(listed)))
    ]
    assert copies == []
