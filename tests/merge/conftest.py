"""A story told by three invented outlets, written for these tests (none of it is real news).

What the merge must find in it:
- one mayor named in full ("Helena Marta Varga"), without her middle name, by surname ("Varga")
  and by title ("Mayor Varga");
- two different people sharing the surname Varga (the mayor and the engineer Tomas Varga);
- one quote carried by all three outlets, trimmed and slightly edited;
- one quote given to the engineer by one outlet and to the minister by another;
- a figure the outlets disagree on (the repairs cost $40 million or $55 million);
- a disputed date: the closure on March 3 (the Courier, and the Ledger's "on Monday") or on
  Tuesday, March 4 (the Gazette), each article read against its own publication date.

Acronyms, "Jr." and nicknames are pinned on hand-made briefs in ``test_merge_actors.py``.
"""

from __future__ import annotations

import pytest

from briefing.brief import Brief
from briefing.compile import compile_text
from briefing.merge import merge_story

COURIER = (
    "Port Aldine shuts Kessel Bridge over cable fears\n\n"
    "Mayor Helena Marta Varga closed the Kessel Bridge on March 3 after inspectors found corroded "
    "cables under the main span.\n\n"
    '"We will not reopen the bridge until every cable has been inspected and replaced where needed," '
    "Varga said at a news conference.\n\n"
    "The Port Aldine Transit Authority (PATA) expects a $40 million repair bill. "
    'Tomas Varga, a structural engineer at Delmont University, said: "The cables were corroded far '
    'beyond anything the last report showed."\n\n'
    "Ferries will carry commuters across the harbour until the bridge reopens.\n"
)

LEDGER = (
    "Kessel Bridge closed indefinitely\n\n"
    "Port Aldine's mayor, Helena Varga, closed the Kessel Bridge on Monday when inspectors found "
    "corroded cables, leaving 60,000 daily commuters to find another way across the harbour.\n\n"
    '"We will not reopen the bridge until every cable has been inspected," Varga told reporters.\n\n'
    "The repairs will mean a $55 million repair bill, said PATA. Transport Minister Amara Bello said the "
    "state would pay half. "
    '"The cables were corroded far beyond anything the last report showed," said Bello.\n\n'
    "Tomas Varga, the engineer who led the inspection, said the work could take a year.\n"
)

GAZETTE = (
    "Mayor shuts bridge as cables fail\n\n"
    "The mayor of Port Aldine closed the Kessel Bridge on Tuesday, March 4 after inspectors found "
    "corroded cables under the main span.\n\n"
    '"We won\'t reopen the bridge until every cable has been inspected and replaced where needed," '
    "Mayor Varga said.\n\n"
    "Ms. Bello, the transport minister, promised state money for the repairs. The Port Aldine "
    "Transit Authority will run extra ferries across the harbour.\n"
)

#: (file name, text, publication day) in the order the story is given.
ARTICLES = [
    ("courier.txt", COURIER, "2025-03-05"),
    ("ledger.txt", LEDGER, "2025-03-06"),
    ("gazette.txt", GAZETTE, "2025-03-07"),
]


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, str, str]]:
    return ARTICLES


@pytest.fixture(scope="module")
def briefs() -> list[Brief]:
    """Each article compiled alone, against its own publication day."""
    return [compile_text(text, published=day, path=name) for name, text, day in ARTICLES]


@pytest.fixture(scope="module")
def story(briefs: list[Brief]) -> Brief:
    return merge_story(briefs)
