"""The compiler: article text in, :class:`~briefing.brief.Brief` out.  See :mod:`.pipeline`."""

from briefing.compile.pipeline import compile_text

__all__ = ["compile_text"]
