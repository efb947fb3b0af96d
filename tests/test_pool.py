"""The batch's workers: input order kept, few results in flight, a time limit per article, a clean Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import interrupt, store
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


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("fmt", ["yaml", "jsonl"])
def test_ctrl_c_in_a_batch_is_one_line_exit_130_and_leaves_nothing_behind(fmt: str, tmp_path: Path) -> None:
    """Ctrl-C as a terminal sends it: SIGINT to the whole process group, the parent and its workers,
    pressed several times in quick succession, at moments from the start of the workers to mid-batch."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(300):
        (folder / f"a{number}.txt").write_text(ARTICLE * 20)
    for attempt, (presses, gap) in enumerate([(1, 0.0), (3, 0.0), (3, 0.01), (5, 0.002), (2, 0.2)]):
        out = tmp_path / f"out{attempt}"
        args = ["compile", str(folder), "--out", str(out), "-j", "2"] + (["--format", "jsonl"] if fmt == "jsonl" else [])
        run = _briefing(*args, start_new_session=True)
        deadline = time.monotonic() + 60
        if attempt % 2:  # mid-batch, once briefs are being written
            while not (out.exists() and any(out.iterdir())) and time.monotonic() < deadline:
                time.sleep(0.01)
        else:  # as the workers start (the parent forks them after reading the compiler's tables)
            while len(Path(f"/proc/{run.pid}/task/{run.pid}/children").read_text().split()) < 1 and time.monotonic() < deadline:
                time.sleep(0.001)
        for _ in range(presses):
            os.killpg(run.pid, signal.SIGINT)
            time.sleep(gap)
        _, err = run.communicate(timeout=30)  # a hang fails here
        assert run.returncode == 130, err
        assert err.splitlines() == ["briefing: interrupted"]
        assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")] if out.exists() else True
        time.sleep(0.2)
        assert not _group_alive(run.pid), "a worker outlived the batch"


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(300):
        (folder / f"a{number}.txt").write_text(ARTICLE * 20)
    run = _briefing("compile", str(folder), "--out", str(tmp_path / "out"), "-j", "2", start_new_session=True)
    children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
    deadline = time.monotonic() + 60
    while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    deadline = time.monotonic() + 20
    while _group_alive(run.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _group_alive(run.pid)
    if alive:
        os.killpg(run.pid, signal.SIGKILL)
    assert not alive, "a worker went on after its parent was killed"


def test_a_write_stopped_right_after_its_file_is_created_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worst moment for a Ctrl-C: the temporary file exists, its descriptor not yet returned."""
    target = tmp_path / "brief.yaml"
    target.write_text("old")
    real_open = os.open

    def open_then_interrupted(path: str, flags: int, mode: int = 0o777) -> int:
        os.close(real_open(path, flags, mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(store.os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_atomic(target, "new")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.yaml"] and target.read_text() == "old"


def test_a_ctrl_c_inside_a_held_block_waits_for_its_end_and_the_next_ones_are_ignored() -> None:
    previous = signal.getsignal(signal.SIGINT)
    interrupt.install()
    try:
        finished = False
        with pytest.raises(interrupt.Interrupted):
            with interrupt.held():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # the handler has run by now, and deferred
                finished = True
        assert finished
        os.kill(os.getpid(), signal.SIGINT)  # a second Ctrl-C on the way out: ignored
        time.sleep(0.05)
    finally:
        signal.signal(signal.SIGINT, previous)
