"""Copying to the clipboard, by a way that reaches it, and saying which way was taken.

The terminal's own way (OSC 52) needs no program but goes nowhere inside tmux unless tmux is set
to pass it on, and nothing tells the app whether it arrived.  So inside tmux the text also goes
to a clipboard program where one is installed (wl-copy, xclip, xsel, pbcopy), else to tmux's
own paste buffer; the message names the way, so "copied" is never a guess.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping

#: Clipboard programs in the order they are tried, each with the display it needs (or None).
TOOLS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wl-copy", ("wl-copy",), "WAYLAND_DISPLAY"),
    ("xclip", ("xclip", "-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("xsel", "--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", ("pbcopy",), None),
)


def copy(
    text: str,
    osc52: Callable[[str], None],
    environ: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    run: Callable[..., object] = subprocess.run,
) -> str:
    """Copy ``text`` and say how: "the terminal (OSC 52)", "xclip", "tmux's paste buffer", ...

    ``osc52`` sends the terminal's escape sequence (the app's ``copy_to_clipboard``); the other
    arguments are the environment and the means to find and run programs, for the tests.
    """
    env = os.environ if environ is None else environ
    osc52(text)
    if not env.get("TMUX"):
        return "the terminal (OSC 52)"
    candidates = [(name, argv) for name, argv, display in TOOLS if display is None or env.get(display)]
    candidates.append(("tmux's paste buffer", ("tmux", "load-buffer", "-")))
    for name, argv in candidates:
        if which(argv[0]) is None:
            continue
        try:
            run(list(argv), input=text.encode("utf-8"), check=True, timeout=3, capture_output=True)
        except (OSError, subprocess.SubprocessError):
            continue
        return name
    return "the terminal (OSC 52; inside tmux it arrives only with set-clipboard on)"
