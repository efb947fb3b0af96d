"""The compiler's time grows linearly with its input, on the shapes that once made it quadratic or worse.

Each shape is compiled at two sizes, the second twice the first, and the test asserts the ratio of
the CPU times, not the times themselves: linear work doubles (about 2x), quadratic work quadruples
(4x), exponential work never finishes.  The shapes run in a child process with a time bound, so a
regression that hangs (one pattern matching a stretch in exponentially many ways) fails the test
with the shape's name instead of stalling the suite.  The shared machine is noisy, so a shape is
measured up to three times and passes on its best ratio.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

#: name -> (template, repeated unit, copies at the smaller size); the template's {} is the unit repeated.
SHAPES: dict[str, tuple[str, str, int]] = {
    "adverbs before a cue": ('Ann Roe {}x said: "We win."\n', "recently ", 2000),
    "a run of full stops": ("{}", ".", 8000),
    "a run of exclamation marks": ("The end{} Then more.", "!", 8000),
    "a run of ellipses": ("{}", "\u2026", 8000),
    "a word joined by apostrophes": ("{}", "a'", 6000),
    "a word joined by hyphens": ("{}", "a-", 6000),
    "apostrophes then a capital": ("{} In October the plan failed.", "a'", 6000),
    "a number then spaces": ("It cost 12{}x.", " ", 12000),
    "a number then tabs": ("It cost 12{}x.", "\t", 12000),
    "a number then spaces and a hyphen": ("It cost 12{}- x.", " ", 12000),
    "rows of a results table": ("{}", "Hallam Town        12      3 \t  4     -   19      1,200\n", 400),
    "a long capitalised run": ("{}", "Aa ", 3000),
    "a long run of month names": ("{}", "May ", 3000),
    "a first name then a long capitalised run": ("Ann {}said.", "Roe ", 3000),
    "pasted headline cuts in one sentence": ("{}", "the vote failed In October ", 800),
    "quotation marks": ("{}", '"', 8000),
    "quoted words": ("{}", '"a" ', 3000),
    "initials": ("{}", "B. ", 3000),
    "a date then many years": ("Ann Roe said on {}.", "2020 ", 2000),
    "parentheses": ("{}", "(a) ", 3000),
    "newlines between words": ("{}", "a\n", 5000),
}

_CHILD = textwrap.dedent(
    """
    import json, sys, time
    from briefing.compile import compile_text
    compile_text("Ann Roe said the plan failed on Monday.")
    shapes = json.loads(sys.stdin.read())
    for name, (template, unit, copies) in shapes.items():
        best = None
        for _ in range(3):
            times = []
            for k in (copies, 2 * copies):
                article = template.format(unit * k)
                start = time.process_time()
                compile_text(article)
                times.append(max(time.process_time() - start, 1e-3))
            ratio = times[1] / times[0]
            best = ratio if best is None else min(best, ratio)
            if best < 2.8:
                break
        print(json.dumps([name, best, times[1]]), flush=True)
    """
)


def _ratios(shapes: dict[str, tuple[str, str, int]], timeout: float) -> dict[str, float]:
    """Each shape's best time ratio (twice the input over the input), measured in a child process."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        out, _ = child.communicate(json.dumps(shapes), timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        out, _ = child.communicate()
    ratios = {name: ratio for name, ratio, _ in map(json.loads, out.splitlines())}
    missing = [name for name in shapes if name not in ratios]
    assert not missing, f"no answer within {timeout:.0f} s (super-linear time) on: {missing[0]}"
    return ratios


def test_every_adversarial_shape_compiles_in_linear_time() -> None:
    ratios = _ratios(SHAPES, timeout=240)
    slow = {name: round(ratio, 2) for name, ratio in ratios.items() if ratio >= 2.8}
    assert not slow, f"time more than doubles when the input doubles: {slow}"


@pytest.mark.parametrize("copies", [26])
def test_adverbs_before_a_cue_do_not_hang(copies: int) -> None:
    """The reported shape: 26 copies of "recently " took 17 s, 40 never finished."""
    from briefing.compile import compile_text

    brief = compile_text(f'Ann Roe {"recently " * copies}x said: "We win."\n')
    assert [q.text for q in brief.quotes] == ["We win."]
