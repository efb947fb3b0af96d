"""The terminal UI (Textual): the only part of briefing that imports textual.  See :mod:`.app`."""
