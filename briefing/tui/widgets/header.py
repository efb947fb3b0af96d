"""The header line: the brief's title, the actor filter if one is set, and where the brief came from."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing.brief import Brief
from briefing.views.format import publication
from briefing.views.safe import plain


def header_content(brief: Brief | None, label: str, actor: str | None = None) -> Content:
    """Title and source facts as plain text with styles (titles are article text, never markup)."""
    if brief is None:
        return Content.assemble(("briefing", "bold"), ("  " + plain(label), "$text-muted"))
    if len(brief.sources) == 1:
        src = brief.sources[0]
        facts = [plain(src.path or src.url or "stdin"), f"{src.words} words"]
        facts.append(publication(src.published, [(d.start, d.value) for d in brief.dates if not d.sources or d.sources[0] == src.id]))
    else:
        facts = [f"{len(brief.sources)} sources", f"{sum(s.words for s in brief.sources)} words"]
    parts: list[str | tuple[str, str]] = [(plain(brief.title), "bold")]
    if actor:
        parts.append((f"  filter: {plain(actor)} (esc clears)", "bold $accent"))
    parts.append(("  " + " · ".join(facts), "$text-muted"))
    return Content.assemble(*parts)


class BriefHeader(Static):
    """One line at the top; long titles are cut with an ellipsis rather than wrapped."""

    def show(self, brief: Brief | None, label: str, actor: str | None = None) -> None:
        self.update(header_content(brief, label, actor))
