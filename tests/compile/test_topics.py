"""The discourse model: a pronoun speaks for the sentence topic, not for the last name met."""

from __future__ import annotations

from briefing.compile.pipeline import compile_text


def _speakers(article: str) -> list[str | None]:
    return [q.speaker for q in compile_text(article).quotes]


def test_she_is_the_subject_not_the_person_named_last() -> None:
    article = (
        "Dr Lena Voss accused the finance minister, Carl Brandt, of misleading voters about the budget. "
        '"It is a disgrace and he knows it," she told reporters.'
    )
    assert _speakers(article) == ["Lena Voss"]


def test_he_skips_a_name_in_object_position() -> None:
    article = (
        "Union leader Omar Haddad criticised the plan drawn up by Peter Lang and his advisers on Monday. "
        '"It will close three depots," he said.'
    )
    assert _speakers(article) == ["Omar Haddad"]


def test_an_introductory_clause_does_not_hide_the_subject() -> None:
    article = (
        "Shares in Vantor Group fell sharply on Tuesday. "
        "In a statement to the stock exchange, chief executive Maria Tell blamed the weather and her rival, Jon Abel. "
        '"Sales will recover in the spring," she said.'
    )
    assert _speakers(article) == ["Maria Tell"]


def test_the_first_of_several_subjects_is_the_topic() -> None:
    article = (
        "Sarah Morley, Tom Reyes and Ian Price have all been picked for the relay squad. "
        '"It is a proud day for the club," she said.'
    )
    assert _speakers(article) == ["Sarah Morley"]


def test_a_description_in_subject_position_keeps_the_topic() -> None:
    article = (
        "Chelsea manager Ray Dunmore will fine striker Ben Catt for his red card.\n\n"
        "The Scot initially defended Catt, but he has changed his mind after seeing the video. "
        'He said: "I was wrong and the referee was right."'
    )
    assert _speakers(article) == ["Ray Dunmore"]


def test_the_last_speaker_beats_an_older_topic() -> None:
    article = (
        "Finance chief Ana Soler presented the figures. "
        '"Costs are under control," said her deputy, Mark Rowe. "We cut waste," he added.'
    )
    assert _speakers(article)[-1] == "Mark Rowe"


def test_a_description_after_the_cue_is_the_person_in_focus() -> None:
    article = (
        "Tom Reyes won the 400m. Dan Hale agreed the title had capped a difficult year for the sprinter. "
        '"I think the medal matters because my family know my journey," said the Leeds-based athlete.'
    )
    assert _speakers(article) == ["Dan Hale"]


def test_the_head_of_a_body_named_in_apposition_is_the_topic() -> None:
    article = (
        "The panel heard the case against runner Kai Doran. The head of that panel, Stavros Melas, said the "
        'charge had not been proven. "The charge cannot stand," he said.'
    )
    assert _speakers(article) == ["Stavros Melas"]


def test_an_adjective_between_the_article_and_the_name_keeps_the_name_as_subject() -> None:
    article = 'Referee Ian Mole sent off Tom Price.\n\nAn angry Price initially said: "He went down far too easily."'
    assert _speakers(article) == ["Tom Price"]


def test_a_cue_set_off_by_commas_speaks_for_the_name_after_it() -> None:
    article = (
        "Markets barely moved. The finance ministers' comments, said Ann Roe of Corvel Bank in Tokyo, "
        'were "too weak to move the market".'
    )
    assert _speakers(article) == ["Ann Roe"]


def test_a_place_closing_an_apposition_does_not_speak() -> None:
    article = 'Mr Dale Fenwick, MP for Hexham, Northumberland, said the party was "trying to buy votes".'
    assert _speakers(article) == ["Dale Fenwick"]
