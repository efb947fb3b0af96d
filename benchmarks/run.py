"""Speed and memory figures for briefing, printed, not asserted (timed tests are flaky on CI).

    python benchmarks/run.py            # everything (about a minute)
    python benchmarks/run.py --quick    # fewer repetitions

Figures printed (targets from the issues in brackets):
- seed compile in-process, median, and the time of each pass             [<= 8 ms]
- whole-process CPU of `markdown`/`print` on the seed, and its ratio to a bare
  `python -c "import click, yaml"`                                          [<= 100 ms CPU]
- batch words per second, 1,000 news-sized articles, --jobs 2, YAML and jsonl [>= 100k words/s]
  (`--only batch` runs this and the workers' memory alone)
- 1 MB of adversarial text (one word, quote marks, dots, short words): CPU and peak RSS [<= 1 s, <= 300 MB]
- quotes + speakers + dates + timeline on the seed                         [<= 10 ms]
- whole-process `briefing markdown` and `briefing print` on the seed     [<= 0.25 s markdown]
- compile time and peak traced memory for 1x, 10x, 100x the seed         [100x <= 150x time, <= 20x memory]
- articles per second compiling a directory of 200 articles, --jobs 2
- the web-page path's extra cost: the seed as a page, whole-process `markdown` and in-process reading
- one story of 200 articles: `compile DIR --story --jobs 2`, whole process, and the merge alone  [<= 10 s]
- TUI launch to first frame (benchmarks/tui_first_frame.py)              [<= 0.45 s]
"""

from __future__ import annotations

import argparse
import inspect
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.compile import compile_text, pipeline  # noqa: E402
from briefing.resources import seed_path  # noqa: E402

SEED = seed_path().read_text(encoding="utf-8")


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _timed(fn: Callable[..., object], key: str, into: dict[str, list[float]]) -> Callable[..., object]:
    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            into.setdefault(key, []).append(time.perf_counter() - start)

    return timed


def pass_times(repeat: int) -> dict[str, float]:
    """Median milliseconds per pass on the seed, by wrapping each pass the pipeline calls."""
    wrapped: dict[str, list[float]] = {}
    originals = []
    calls = sorted(set(re.findall(r"\b([a-z_]+)\.([a-z_]+)\(", inspect.getsource(pipeline.compile_text))))
    for module_name, attr in calls:
        module = getattr(pipeline, module_name, None)
        fn = getattr(module, attr, None)
        if module is None or not callable(fn) or not (getattr(fn, "__module__", None) or "").startswith("briefing"):
            continue
        originals.append((module, attr, fn))
        setattr(module, attr, _timed(fn, f"{module_name}.{attr}", wrapped))
    try:
        for _ in range(repeat):
            compile_text(SEED)
    finally:
        for module, attr, fn in originals:
            setattr(module, attr, fn)
    return {k: statistics.median(v) * 1000 for k, v in wrapped.items()}


#: Bytecode as an installed briefing has it: pip compiles it on install, an editable checkout writes
#: it on the first run, unless PYTHONDONTWRITEBYTECODE forbids it; then every run compiles every
#: module's source again (about 60 ms here), which no user pays.  Kept in a folder of our own.
PYCACHE = Path(tempfile.gettempdir(), "briefing-bench-pycache")


def run_env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def process_cpu(cmd: list[str], repeat: int) -> float:
    """Median CPU milliseconds (user + system) of a whole process: what start-up really costs,
    whatever else the shared machine is doing to the wall time.  The first run is not counted
    (it writes the bytecode and the caches)."""
    import resource

    times = []
    for _ in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=run_env())
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(times[1:]) * 1000


def batch_words_per_second(count: int, jobs: int, fmt: str) -> tuple[float, float]:
    """Words per second (wall, and per CPU second of all processes) for a directory of ``count``
    news-sized articles (the seed's paragraphs rotated), to YAML files or to jsonl on stdout."""
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        write_articles(src, count)
        words = sum(len(path.read_text(encoding="utf-8").split()) for path in src.iterdir())
        exe = shutil.which("briefing")
        cmd = [exe] if exe else [sys.executable, "-m", "briefing"]
        where = ["--out", str(out)] if fmt == "yaml" else ["--format", "jsonl"]
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(
            [*cmd, "compile", str(src), *where, "--jobs", str(jobs)], check=True, stdout=subprocess.DEVNULL, env=run_env()
        )
        elapsed, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return words / elapsed, words / cpu


def _rss_of_children(pid: int) -> dict[int, int]:
    """Resident bytes of each child process of ``pid`` (Linux /proc; empty elsewhere)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return {}
    found = {}
    for child in children:
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                found[int(child)] = int(line.split()[1]) * 1024
    return found


def write_articles(src: Path, count: int) -> None:
    """``count`` news-sized articles in ``src``: the seed's paragraphs, rotated so no two are alike."""
    paragraphs = [p for p in SEED.split("\n") if p.strip()]
    src.mkdir()
    for i in range(count):
        rotated = paragraphs[i % len(paragraphs):] + paragraphs[: i % len(paragraphs)]
        (src / f"a{i:05}.txt").write_text(f"Article {i}\n\n" + "\n\n".join(rotated), encoding="utf-8")


def worker_memory(count: int, jobs: int) -> tuple[float, float, float]:
    """Largest worker RSS (MB) in the first and the last tenth of a ``compile DIR --out DIR`` run
    of ``count`` articles, sampled every 0.2 s, and the parent's peak: flat memory means the two
    worker figures agree."""
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        write_articles(src, count)
        exe = shutil.which("briefing")
        cmd = [exe] if exe else [sys.executable, "-m", "briefing"]
        proc = subprocess.Popen(
            [*cmd, "compile", str(src), "--out", str(out), "--jobs", str(jobs)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=run_env(),
        )
        samples: list[tuple[int, int]] = []  # (files written so far, largest worker RSS)
        while proc.poll() is None:
            rss = _rss_of_children(proc.pid)
            if rss:
                samples.append((sum(1 for _ in os.scandir(out)) if out.exists() else 0, max(rss.values())))
            time.sleep(0.2)
        parent = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    early = [rss for done, rss in samples if done <= count // 10] or [0]
    late = [rss for done, rss in samples if done >= count * 9 // 10] or [0]
    return max(early) / 1e6, max(late) / 1e6, parent / 1e6


BIG_CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from briefing.compile import compile_text
compile_text("Ann Roe said the vote failed.")
text = (sys.argv[2] * 1_000_000)[:1_000_000]
start = time.process_time(); compile_text(text); cpu = time.process_time() - start
print(cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def big_input(unit: str) -> tuple[float, int]:
    """CPU seconds and peak RSS bytes compiling 1 MB made of ``unit`` repeated."""
    out = subprocess.run(
        [sys.executable, "-c", BIG_CHILD, str(ROOT), unit], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1])


def whole_process(args: list[str], repeat: int) -> float:
    exe = shutil.which("briefing")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "briefing", *args]
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=run_env())
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]) * 1000


SCALE_CHILD = """
import sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
from briefing.compile import compile_text
from briefing.resources import seed_path
seed = seed_path().read_text(encoding="utf-8")
text = "\\n\\n".join([seed] * int(sys.argv[2]))
compile_text(seed)
runs = int(sys.argv[3])
times = []
for _ in range(runs):
    start = time.perf_counter(); compile_text(text); times.append(time.perf_counter() - start)
tracemalloc.start(); compile_text(text); peak = tracemalloc.get_traced_memory()[1]; tracemalloc.stop()
times.sort()
import resource
print(times[len(times) // 2] * 1000, peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def scale(copies: int, runs: int) -> tuple[float, int, int]:
    """Median compile ms, peak traced bytes during one compile, and the process's peak RSS bytes."""
    out = subprocess.run(
        [sys.executable, "-c", SCALE_CHILD, str(ROOT), str(copies), str(runs)],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def directory_throughput(count: int, jobs: int) -> float:
    """Articles per second for `briefing compile DIR --out DIR --jobs N`, whole process."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        write_articles(src, count)
        exe = shutil.which("briefing")
        cmd = [exe] if exe else [sys.executable, "-m", "briefing"]
        start = time.perf_counter()
        subprocess.run([*cmd, "compile", str(src), "--out", str(out), "--jobs", str(jobs)], check=True)
        elapsed = time.perf_counter() - start
        assert len(list(out.iterdir())) == count
    return count / elapsed


def seed_page() -> str:
    """The seed article inside a page's furniture (head metadata, navigation, scripts, footer)."""
    import html

    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in SEED.split("\n") if p.strip())
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Seed | Bench News</title>'
        '<meta property="og:title" content="Seed article"><meta name="author" content="A. Writer">'
        '<meta property="article:published_time" content="2021-09-26"><script>var x = 1;</script></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        f"<main><article><h1>Seed article</h1>{body}</article></main><footer>(c) Bench News</footer></body></html>"
    )


def html_cost(runs: int, repeat: int) -> tuple[float, float, float]:
    """Whole-process `briefing markdown` on the seed as .txt and as .html, and reading the page in-process (ms)."""
    from briefing.sources import Raw, reader

    page = seed_page()
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp, "seed.html")
        html_path.write_text(page, encoding="utf-8")
        txt = whole_process(["markdown", str(seed_path())], runs)
        htm = whole_process(["markdown", str(html_path)], runs)
    read = reader("html")
    read(Raw(page.encode("utf-8"), "seed.html"))  # imports trafilatura once, outside the timing
    extract = median_ms(lambda: read(Raw(page.encode("utf-8"), "seed.html")), repeat)
    return txt, htm, extract


def _rotations(count: int) -> list[str]:
    """``count`` articles on one story: the seed's paragraphs rotated, so every quote and event
    recurs in every article (the merge's worst case: the largest groups)."""
    paragraphs = [p for p in SEED.split("\n") if p.strip()]
    out = []
    for i in range(count):
        rotated = paragraphs[i % len(paragraphs):] + paragraphs[: i % len(paragraphs)]
        out.append(f"Article {i}\n\n" + "\n\n".join(rotated))
    return out


def story_seconds(count: int, jobs: int) -> tuple[float, float, float]:
    """Wall and CPU seconds (all processes) for `briefing compile DIR --story -o story.json --jobs N`
    on ``count`` articles, and milliseconds for the merge alone of ``count`` briefs in-process.
    CPU time says what the machine's other load hides in the wall time."""
    import resource

    from briefing.merge import merge_story

    texts = _rotations(count)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "in")
        src.mkdir()
        for i, text in enumerate(texts):
            (src / f"a{i:03}.txt").write_text(text, encoding="utf-8")
        exe = shutil.which("briefing")
        cmd = [exe] if exe else [sys.executable, "-m", "briefing"]
        start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        story = Path(tmp, "story.json")
        subprocess.run([*cmd, "compile", str(src), "--story", "-o", str(story), "--jobs", str(jobs)], check=True)
        elapsed, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        assert story.stat().st_size > 0
    distinct = [compile_text(text, path=f"a{i:03}.txt") for i, text in enumerate(texts[:20])]
    briefs = [distinct[i % len(distinct)] for i in range(count)]
    merge_ms = median_ms(lambda: merge_story(briefs), 3)
    return elapsed, cpu, merge_ms


def batch_figures(quick: bool) -> None:
    """The batch's throughput in both output forms and its workers' memory over a long run."""
    articles = 200 if quick else 1000
    for fmt in ("yaml", "jsonl"):
        load = os.getloadavg()[0]
        wall, per_cpu = batch_words_per_second(articles, 2, fmt)
        print(
            f"batch of {articles} articles, --jobs 2, {fmt}: {wall / 1000:.0f}k words/s wall, "
            f"{per_cpu / 1000:.0f}k words per CPU second (load {load:.1f} before)  [target >= 100k words/s on 2 cores]"
        )
    files = 1000 if quick else 10_000
    early, late, parent = worker_memory(files, 2)
    print(
        f"worker memory over {files:,} files, --jobs 2: largest worker RSS {early:.0f} MB in the first tenth, "
        f"{late:.0f} MB in the last tenth (largest process of this benchmark so far {parent:.0f} MB)  [target: flat]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", choices=["batch"], help="run one section alone (batch: throughput and worker memory)")
    args = parser.parse_args()
    if args.only == "batch":
        batch_figures(args.quick)
        return
    repeat = 10 if args.quick else 40

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}")
    seed_ms = median_ms(lambda: compile_text(SEED), repeat)
    print(f"seed compile in-process: {seed_ms:.1f} ms median of {repeat}  [target <= 8 ms]")
    passes = pass_times(repeat)
    for key, ms in sorted(passes.items(), key=lambda kv: -kv[1]):
        print(f"  {key:<28} {ms:6.2f} ms")
    q_and_d = sum(ms for key, ms in passes.items() if key.split(".")[0] in ("quotes", "speakers", "dates", "timeline"))
    print(f"quotes + speakers + dates + timeline: {q_and_d:.2f} ms  [target <= 10 ms]")

    runs = 5 if args.quick else 11
    md = whole_process(["markdown", str(seed_path())], runs)
    pr = whole_process(["print", str(seed_path())], runs)
    print(f"whole process, median of {runs}: briefing markdown {md:.0f} ms [target <= 250 ms], briefing print {pr:.0f} ms")
    exe = shutil.which("briefing")
    cmd = [exe] if exe else [sys.executable, "-m", "briefing"]
    bare = process_cpu([sys.executable, "-c", "import click, yaml"], runs)
    for command in ("markdown", "print"):
        cpu = process_cpu([*cmd, command, str(seed_path())], runs)
        print(
            f"whole process CPU, median of {runs}: briefing {command} {cpu:.0f} ms [target <= 100 ms]; "
            f"bare python -c 'import click, yaml' {bare:.0f} ms; ratio {cpu / bare:.2f}x"
        )

    base_ms, base_mem, base_rss = scale(1, 15 if args.quick else 31)
    print(f"scale 1x:   {base_ms:8.1f} ms  traced peak {base_mem / 1e6:7.2f} MB  process peak RSS {base_rss / 1e6:6.1f} MB")
    for copies in (10, 100):
        ms, mem, rss = scale(copies, 3 if copies == 100 else 5)
        print(
            f"scale {copies}x: {ms:8.1f} ms  traced peak {mem / 1e6:7.2f} MB  process peak RSS {rss / 1e6:6.1f} MB"
            f"  -> {ms / base_ms:5.1f}x time, {mem / base_mem:5.1f}x traced, {rss / base_rss:4.1f}x RSS"
            + ("  [target <= 150x time, <= 20x memory]" if copies == 100 else "")
        )

    batch_figures(args.quick)
    for unit in ("x", '"', ". ", "a ", "Ann Roe said. "):
        cpu, rss = big_input(unit)
        print(f"1 MB of {unit!r} repeated: {cpu:.2f} s CPU, peak RSS {rss / 1e6:.0f} MB  [target <= 1 s, <= 300 MB]")

    count = 60 if args.quick else 200
    rate = directory_throughput(count, 2)
    print(f"directory of {count} articles, --jobs 2: {rate:.1f} articles/s")
    story_s, story_cpu, merge_ms = story_seconds(count, 2)
    print(
        f"one story of {count} articles, compile --story --jobs 2: {story_s:.1f} s whole process, "
        f"{story_cpu:.1f} s CPU (merge alone {merge_ms:.0f} ms)  [target <= 10 s for 200]"
    )

    txt_ms, html_ms, extract_ms = html_cost(runs, repeat)
    print(
        f"web page, whole process: briefing markdown seed.html {html_ms:.0f} ms vs seed.txt {txt_ms:.0f} ms"
        f" (+{html_ms - txt_ms:.0f} ms: trafilatura's import and extraction); reading the page in-process {extract_ms:.1f} ms"
    )

    tui = ROOT / "benchmarks" / "tui_first_frame.py"
    if tui.exists():
        sys.stdout.flush()
        subprocess.run([sys.executable, str(tui)], check=False)


if __name__ == "__main__":
    main()
