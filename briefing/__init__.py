"""briefing: turn a news article into one structured, source-linked brief.

The public API for other programs::

    from briefing import compile_text, load_brief, dump_brief
    brief = compile_text(article_text, published="2021-09-26")
    brief = compile_html(page_markup)          # a saved web page: main text, title, byline, date
    brief = compile_url("https://...")         # fetched (the only call that uses the network)
    print(brief.summary[0].text, brief.summary[0].evidence)

Imports are lazy so that ``import briefing`` costs nothing until a name is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "1.0.0"

__all__ = ["Brief", "BriefingError", "compile_html", "compile_text", "compile_url", "dump_brief", "load_brief", "__version__"]

if TYPE_CHECKING:
    from briefing.brief import Brief
    from briefing.compile import compile_text
    from briefing.errors import BriefingError
    from briefing.sources import compile_html, compile_url
    from briefing.store import dump_brief, load_brief


def __getattr__(name: str) -> Any:
    if name == "compile_text":
        from briefing.compile import compile_text

        return compile_text
    if name in ("compile_html", "compile_url"):
        from briefing import sources

        return getattr(sources, name)
    if name == "Brief":
        from briefing.brief import Brief

        return Brief
    if name == "BriefingError":
        from briefing.errors import BriefingError

        return BriefingError
    if name in ("dump_brief", "load_brief"):
        from briefing import store

        return getattr(store, name)
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
