"""The batch's workers: input order kept, few results in flight, a time limit per article, a clean Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing.pool import ordered

ARTICLE = 'Ann Roe, the mayor, said the vote failed on Monday. "We will try again," she said.\n'


def _touch_and_return(item: tuple[str, int]) -> int:
    folder, number = item
    Path(folder, str(number)).touch()
    return number


def _slow_on_three(number: int) -> int:
    if number == 3:
        time.sleep(60)
    if number == 5:
        raise ValueError("a bug for one item")
    if number == 7:
        os._exit(9)
    return number * 10


def test_results_come_in_input_order_and_failures_do_not_stop_the_rest() -> None:
    out = list(ordered(_slow_on_three, list(range(10)), jobs=2, time_limit=2, failed=lambda n, why: why))
    assert out[:3] == [0, 10, 20] and out[4] == 40 and out[6] == 60 and out[8:] == [80, 90]
    assert out[3] == "took longer than 2 s; skipped"
    assert out[5].startswith("internal error: ValueError: a bug for one item")
    assert out[7] == "the worker compiling it stopped"


def test_the_pool_does_not_run_ahead_of_a_slow_consumer(tmp_path: Path) -> None:
    items = [(str(tmp_path), n) for n in range(200)]
    results = ordered(_touch_and_return, items, jobs=2, time_limit=30, failed=lambda n, why: -1, window=4)
    assert next(results) == 0
    time.sleep(1.0)
    started = len(list(tmp_path.iterdir()))
    assert started <= 1 + 4
    assert list(results) == list(range(1, 200))


def _briefing(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


def test_one_slow_article_is_skipped_and_the_files_after_it_are_written(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "c.txt", "d.txt"):
        (folder / name).write_text(ARTICLE)
    (folder / "b.txt").write_text("Ann Roe said the vote failed on Monday. " * 60_000)
    run = _briefing("compile", str(folder), "--out", str(tmp_path / "out"), "--time-limit", "1", "-j", "2")
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.yaml", "c.yaml", "d.yaml"]
    assert err.splitlines() == [
        f"briefing: error: {folder / 'b.txt'}: took longer than 1 s; skipped",
        "briefing: 1 of 4 articles failed",
    ]


def test_ctrl_c_in_a_batch_is_one_line_exit_130_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(300):
        (folder / f"a{number}.txt").write_text(ARTICLE * 20)
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        run = _briefing("compile", str(folder), "--out", str(out), "-j", "2", start_new_session=True)
        deadline = time.monotonic() + 60
        while not (out.exists() and any(out.iterdir())) and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=30)
        assert run.returncode == 130
        assert err.splitlines() == ["briefing: interrupted"]
        assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
