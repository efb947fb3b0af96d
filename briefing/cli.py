"""The command line: ``briefing [PATH]``, ``compile``, ``print`` and ``markdown``.

Start-up cost matters here: ``print`` and ``markdown`` are used in pipes and loops, so this module
imports only click at the top; the compiler, rich and textual are imported inside the commands
that need them.  Bad input becomes one line on stderr and exit status 1; usage errors exit 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

import click

from briefing import __version__
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.batch import Item
    from briefing.brief import Brief
    from briefing.sources.base import Article
    from briefing.sources.feed import Entry

EXAMPLES = """\b
Examples:
  briefing                                  open the seed article in the TUI
  briefing article.txt                      open an article (compiled on load)
  briefing page.html                        a saved web page: its main text and metadata
  briefing print https://example.org/news/story --save-page pages/
  briefing compile https://example.org/feed.xml --out briefs/
  briefing compile article.txt -o brief.yaml
  briefing print brief.yaml                 Rich view on the terminal
  briefing markdown article.txt > brief.md  GitHub-flavoured Markdown
  briefing html article.txt -o brief.html   one self-contained web page
  briefing serve article.txt                the terminal UI in a browser (127.0.0.1:8000)
"""


class BadInput(click.ClickException):
    """Bad input: one line on stderr, exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        say(f"briefing: error: {self.format_message()}")


def say(line: str) -> None:
    """One line on stderr, through the same sanitiser as article text: a file name or a field of a
    brief in a message cannot send escape codes to the terminal."""
    from briefing.views.safe import plain

    click.echo(plain(line), err=True)


def fail(error: BriefingError) -> NoReturn:
    raise BadInput(error.message) from None


def warn(line: str) -> None:
    """A brief was made but may be poor (the text is not English): one line on stderr."""
    say(f"briefing: warning: {line}")


#: What a command reads: a file, ``-`` or a URL.  click does not judge it (a directory or an
#: unreadable file would be a usage error, exit 2, with the usage block): the readers do, and
#: bad input is one line and exit 1 like a missing file.
ARTICLE = click.Path(allow_dash=True, readable=False)


class _DefaultToOpen(click.Group):
    """A group where ``briefing PATH`` means ``briefing open PATH`` (the TUI).

    Its help also lists the TUI's own options (``--theme``, ``--watch``, ``--published``), as
    ``briefing [OPTIONS] [PATH]`` takes them; a word that is no file but nearly a command name
    (``briefing prnt``) is answered with the command meant.
    """

    _GROUP_OPTIONS = ("--color", "--width")

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        i = 0
        while i < len(args):
            if args[i] in self._GROUP_OPTIONS:
                i += 2
            elif args[i].startswith(tuple(f"{name}=" for name in self._GROUP_OPTIONS)):
                i += 1
            else:
                break
        rest = args[i:]
        if rest and rest[0] not in self.commands and rest[0] not in ("--help", "-h", "--version"):
            self._check_not_a_typo(rest[0])
            args = [*args[:i], "open", *rest]
        return super().parse_args(ctx, args)

    def _check_not_a_typo(self, word: str) -> None:
        """A word that names no file, no URL and no option but looks like a command: say which."""
        import difflib

        if word.startswith("-") or "/" in word or "." in word or os.path.exists(word):
            return
        close = difflib.get_close_matches(word, list(self.commands), n=1, cutoff=0.6)
        if close:
            raise BadInput(f"{word}: no such command or file; did you mean 'briefing {close[0]}'?")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        tui = self.commands.get("open")
        if tui is None:
            return
        help_names = set(ctx.help_option_names)
        options = [p for p in tui.get_params(ctx) if isinstance(p, click.Option) and not help_names & set(p.opts)]
        records = [record for record in (p.get_help_record(ctx) for p in options) if record]
        with formatter.section("Terminal UI options (briefing [OPTIONS] [PATH])"):
            formatter.write_dl(records)


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


color_option = click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default=None,
    help="Colour output: auto (a terminal, unless NO_COLOR is set), always or never.",
)
width_option = click.option("--width", type=click.IntRange(20, 1000), default=None, help="Output width in columns.")
published_option = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    callback=_published,
    help="Publication date: anchors relative dates such as 'last week'.",
)
save_page_option = click.option(
    "--save-page",
    "save_page",
    metavar="DIR",
    type=click.Path(file_okay=False),
    default=None,
    help="Keep each page fetched from a URL in DIR (to compile or --watch it later, offline).",
)
sentences_option = click.option(
    "--sentences",
    type=click.IntRange(1, 50),
    default=None,
    help="Number of summary sentences (default: about 30% of the story, 3 to 7).",
)


@click.group(
    cls=_DefaultToOpen,
    invoke_without_command=True,
    epilog=EXAMPLES,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "--version", prog_name="briefing")
@color_option
@width_option
@click.pass_context
def cli(ctx: click.Context, color: str | None, width: int | None) -> None:
    """Turn a news article into one structured, source-linked brief.

    With no command, opens PATH (an article or a .yaml/.json brief; the seed article when omitted)
    in the terminal UI.
    """
    ctx.ensure_object(dict)
    ctx.obj.update(color=color, width=width)
    _ran.append(ctx.invoked_subcommand)
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_command)


@cli.command("open")
@click.argument("paths", nargs=-1, type=ARTICLE)
@click.option("--theme", metavar="NAME", default=None, help="Theme name (see themes/ and ~/.config/briefing/themes/).")
@click.option("--watch", is_flag=True, help="Recompile and refresh when the file changes.")
@click.option("--story", is_flag=True, help="Several articles (files, a directory, URLs) merged into one story brief.")
@published_option
@click.pass_context
def open_command(
    ctx: click.Context, paths: tuple[str, ...], theme: str | None, watch: bool, story: bool, published: str | None
) -> None:
    """Open an article (text, a saved page or a URL) or a brief in the terminal UI (several
    articles as one story with --story)."""
    from briefing.sources import is_url
    from briefing.tui.launch import make_app

    if story:
        if not paths:
            raise click.UsageError("--story needs the articles of the story")
        if watch:
            raise click.UsageError("--watch follows one file, not a story")
        if "-" in paths:
            raise click.UsageError("- (stdin) cannot be part of a story")
        missing = next((p for p in paths if not is_url(p) and not os.path.exists(p)), None)
        if missing is not None:
            fail(BriefingError(f"{missing}: no such file"))
    elif len(paths) > 1:
        raise click.UsageError("several inputs make one brief only with --story")
    path = paths[0] if paths else None
    target: Path | str = path if path and is_url(path) else Path(path) if path else _seed()
    if not story and isinstance(target, Path) and str(target) != "-" and not target.exists():
        fail(BriefingError(f"{target}: no such file"))
    app = make_app(target, theme=theme, watch=watch, published=published, story=paths if story else (), early=True)
    app.run()
    if app.return_code:
        ctx.exit(app.return_code)


@cli.command("compile", epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True, type=ARTICLE)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the brief of one article here.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Write one brief per article into this directory (for several articles or a directory).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json", "jsonl"]),
    default=None,
    help="yaml or json (default: from the -o suffix, else YAML in files and JSON on stdout); "
    "jsonl streams one brief per line to stdout.",
)
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, help="Parallel workers (default: all cores).")
@click.option("--story", is_flag=True, help="Merge the articles into one story brief (to stdout, or -o FILE).")
@click.option(
    "--time-limit",
    type=click.FloatRange(0.1, 86400),
    default=120.0,
    show_default=True,
    help="Seconds one article of several may take; a slower one is skipped and reported.",
)
@published_option
@sentences_option
@save_page_option
def compile_command(
    paths: tuple[str, ...],
    output: str | None,
    out_dir: str | None,
    fmt: str | None,
    jobs: int | None,
    story: bool,
    time_limit: float,
    published: str | None,
    sentences: int | None,
    save_page: str | None,
) -> None:
    """Compile articles into briefs: one file, page, feed or URL (or - for stdin), several, or a directory."""
    from briefing.store import dumps_brief, format_for, json_line, write_atomic

    if story:
        if out_dir or fmt == "jsonl":
            raise click.UsageError("--story writes one brief: use -o FILE or stdout, with --format yaml or json")
        brief, failed = _compile_story(list(paths), jobs, published, sentences)
        _write_brief(brief, output, fmt)
        if failed:
            sys.exit(1)
        return
    single = len(paths) == 1 and (paths[0] == "-" or not Path(paths[0]).is_dir())
    if single and not (out_dir and paths[0] == "-"):
        from briefing.batch import compile_loaded, output_names

        upgraded = _v1_brief(paths[0])
        if upgraded is not None:
            brief = upgraded
        else:
            loaded = _load_one(paths[0], save_page)
            if isinstance(loaded, list):  # a feed: one brief per entry
                if output:
                    raise click.UsageError("-o names one output file; a feed holds several articles: use --out DIR")
                if not out_dir and fmt != "jsonl":
                    raise click.UsageError("a feed holds several articles: use --out DIR, or --format jsonl to stream them")
                _compile_batch(list(loaded), out_dir, fmt, jobs, published, sentences, save_page, time_limit)
                return
            result = compile_loaded(loaded, _shown(paths[0]), published, sentences)
            for line in result.warnings:
                warn(line)
            if result.brief is None:
                fail(BriefingError(result.error or f"{paths[0]}: cannot compile"))
            brief = result.brief
        try:
            if out_dir:
                chosen: Literal["yaml", "json"] = "json" if fmt == "json" else "yaml"
                Path(out_dir).mkdir(parents=True, exist_ok=True)
                write_atomic(Path(out_dir) / output_names([paths[0]], f".{chosen}")[0], dumps_brief(brief, chosen))
                if fmt == "jsonl":
                    _write_stdout(json_line(brief) + "\n")
            elif fmt == "jsonl":
                _write_stdout(json_line(brief) + "\n")
            elif output:
                write_atomic(output, dumps_brief(brief, fmt or format_for(output) or "yaml"))  # type: ignore[arg-type]
            else:
                _write_stdout(dumps_brief(brief, fmt or "json"))  # type: ignore[arg-type]
        except BriefingError as error:
            fail(error)
        except OSError as exc:
            fail(BriefingError(f"{out_dir}: cannot create directory: {exc.strerror or exc}"))
        return
    if output:
        raise click.UsageError("-o names one output file; use --out DIR for several articles")
    if "-" in paths:
        raise click.UsageError("- (stdin) can only be compiled on its own")
    if not out_dir and fmt != "jsonl":
        raise click.UsageError("several articles need --out DIR, or --format jsonl to stream to stdout")
    from briefing.batch import expand

    try:
        items = expand(paths, save_page)
    except BriefingError as error:
        fail(error)
    if not items:
        fail(BriefingError(f"{', '.join(paths)}: no article files found"))
    _compile_batch(items, out_dir, fmt, jobs, published, sentences, save_page, time_limit)


def _v1_brief(path: str) -> Brief | None:
    """A ``briefing/1`` brief file given to ``compile``, loaded (and so upgraded) to be written as
    ``briefing/2``; None for anything else (an article, or a ``briefing/2`` brief, which the
    sniffer then refuses as already a brief).  A broken ``briefing/1`` file is one error line."""
    from briefing.sources import is_url
    from briefing.sources.sniff import is_v1_brief

    if path == "-" or is_url(path) or not os.path.isfile(path):  # a named pipe is read once, by the reader
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None  # the article reader says what is wrong with the path
    if not is_v1_brief(head):
        return None
    from briefing.store import load_brief

    try:
        return load_brief(path)
    except BriefingError as error:
        fail(error)


def _load_one(path: str, save_page: str | None) -> Article | list[Entry]:
    """The article or the feed entries behind one path or URL (fetched once), or one error line."""
    from briefing.sources import load

    try:
        return load(path, save_page=save_page)
    except BriefingError as error:
        fail(error)


def _shown(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _compile_story(
    paths: list[str], jobs: int | None, published: str | None, sentences: int | None
) -> tuple[Brief, int]:
    """The story brief of ``paths`` (files, directories, pages, URLs, feeds) and how many articles
    failed (each reported)."""
    from briefing.batch import expand
    from briefing.story import compile_story

    if "-" in paths:
        raise click.UsageError("- (stdin) cannot be part of a story")
    try:
        articles = expand(paths)
    except BriefingError as error:
        fail(error)
    if not articles:
        fail(BriefingError(f"{', '.join(paths)}: no article files found"))
    with _progress(len(articles)) as advance:
        try:
            brief, errors = compile_story(
                articles, jobs=jobs, published=published, summary_sentences=sentences, advance=advance, warn=warn
            )
        except BriefingError as error:
            fail(error)
    for line in errors:
        say(f"briefing: error: {line}")
    if errors:
        say(f"briefing: {len(errors)} of {len(articles)} articles failed; the story holds the others")
    return brief, len(errors)


def _write_brief(brief: Brief, output: str | None, fmt: str | None) -> None:
    """One brief to ``output`` (atomically; format from ``fmt`` or the suffix, else YAML) or to stdout (JSON)."""
    from briefing.store import dumps_brief, format_for, write_atomic

    if output:
        try:
            write_atomic(output, dumps_brief(brief, fmt or format_for(output) or "yaml"))  # type: ignore[arg-type]
        except BriefingError as error:
            fail(error)
    else:
        _write_stdout(dumps_brief(brief, fmt or "json"))  # type: ignore[arg-type]


def _compile_batch(
    articles: list[Item],
    out_dir: str | None,
    fmt: str | None,
    jobs: int | None,
    published: str | None,
    sentences: int | None,
    save_page: str | None = None,
    time_limit: float = 120.0,
) -> None:
    """Compile many articles; write each brief (or stream JSONL), report bad files, exit 1 if any."""
    from briefing.batch import compile_many, output_names
    from briefing.store import write_atomic

    file_fmt = "json" if fmt == "json" else "yaml"
    if out_dir:
        try:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(BriefingError(f"{out_dir}: cannot create directory: {exc.strerror or exc}"))
    names = output_names(articles, f".{file_fmt}")
    formats = ((file_fmt,) if out_dir else ()) + (("jsonl",) if fmt == "jsonl" else ())
    results = compile_many(
        articles, jobs=jobs, published=published, summary_sentences=sentences, save_page=save_page,
        formats=formats, time_limit=time_limit,
    )
    failed = 0
    with _progress(len(articles)) as advance:
        for name, result in zip(names, results):
            for line in result.warnings:
                warn(line)
            if result.error is not None:
                failed += 1
                say(f"briefing: error: {result.error}")
            else:
                for chosen, text in zip(formats, result.rendered, strict=True):
                    if chosen == "jsonl":
                        try:
                            _write_stdout(text)
                        except BriefingError as error:  # no later brief can reach stdout either
                            fail(error)
                        continue
                    try:
                        write_atomic(Path(out_dir or ".") / name, text)
                    except BriefingError as error:
                        failed += 1
                        say(f"briefing: error: {error.message}")
            advance()
    if failed:
        say(f"briefing: {failed} of {len(articles)} articles failed")
        sys.exit(1)


def _progress(total: int) -> Any:
    """A Rich progress bar on stderr when it is a terminal; otherwise nothing is drawn."""
    import contextlib

    @contextlib.contextmanager
    def quiet() -> Iterator[Callable[[], None]]:
        yield lambda: None

    if not sys.stderr.isatty():
        return quiet()

    @contextlib.contextmanager
    def bar() -> Iterator[Callable[[], None]]:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (TextColumn("compiling"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("compile", total=total)
            yield lambda: progress.advance(task)

    return bar()


story_option = click.option(
    "--story", is_flag=True, help="Several articles (files, a directory, URLs) merged into one story brief."
)


@cli.command("print")
@click.argument("paths", nargs=-1, type=ARTICLE)
@story_option
@color_option
@width_option
@published_option
@click.option("--theme", default=None, help="Theme whose colours to use.")
@save_page_option
@click.pass_context
def print_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    story: bool,
    color: str | None,
    width: int | None,
    published: str | None,
    theme: str | None,
    save_page: str | None,
) -> None:
    """Print the brief with Rich (an article, page or URL is compiled on the fly; several with --story)."""
    brief = _load_view(paths, story, published, save_page)
    from briefing.views.console import render_to

    color = color or ctx.obj.get("color") or "auto"
    width = width or ctx.obj.get("width")
    try:
        render_to(sys.stdout, brief, color=color, width=width, theme=theme)
    except BriefingError as error:
        fail(error)
    except BrokenPipeError:
        _quiet_broken_pipe()


@cli.command("markdown")
@click.argument("paths", nargs=-1, type=ARTICLE)
@story_option
@published_option
@save_page_option
def markdown_command(paths: tuple[str, ...], story: bool, published: str | None, save_page: str | None) -> None:
    """Print the brief as GitHub-flavoured Markdown (safe to pipe; several articles with --story)."""
    from briefing.views.markdown import render

    _write_stdout(render(_load_view(paths, story, published, save_page)))


def _load_view(paths: tuple[str, ...], story: bool, published: str | None, save_page: str | None) -> Brief:
    """The brief a view shows: one input's (the seed when none), or the story of several with --story."""
    if story:
        if not paths:
            raise click.UsageError("--story needs the articles of the story")
        return _compile_story(list(paths), None, published, None)[0]
    if len(paths) > 1:
        raise click.UsageError("several inputs make one brief only with --story")
    return _load_any(paths[0] if paths else None, published, save_page)


@cli.command("html")
@click.argument("paths", nargs=-1, type=ARTICLE)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the page here (default: standard output).")
@click.option("--theme", metavar="NAME", default=None, help="Theme for the page (default: dark or light as the reader's browser prefers).")
@story_option
@published_option
@save_page_option
def html_command(
    paths: tuple[str, ...], output: str | None, theme: str | None, story: bool, published: str | None, save_page: str | None
) -> None:
    """Write the brief as one self-contained web page: the panes, the source text, evidence lit on click."""
    from briefing.views.html import render

    brief = _load_view(paths, story, published, save_page)
    try:
        page = render(brief, theme)
        if output:
            from briefing.store import write_atomic

            write_atomic(output, page)
        else:
            _write_stdout(page)
    except BriefingError as error:
        fail(error)


@cli.command("serve")
@click.argument("path", required=False, type=ARTICLE)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option("--theme", metavar="NAME", default=None, help="Theme name, as for the terminal UI.")
@published_option
def serve_command(path: str | None, port: int, theme: str | None, published: str | None) -> None:
    """Serve the terminal UI to a web browser on this machine (http://127.0.0.1:PORT, textual-serve)."""
    from briefing.sources import is_url
    from briefing.tui.serve import serve

    target = path or str(_seed())
    if target == "-":
        raise click.UsageError("serve needs a file or URL: every browser tab reads it anew")
    if not is_url(target) and not Path(target).exists():
        fail(BriefingError(f"{target}: no such file"))
    try:
        serve(str(Path(target).resolve()) if not is_url(target) else target, port=port, theme=theme, published=published)
    except OSError as exc:
        fail(BriefingError(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}"))


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of a brief, for other programs to validate briefs with."""
    import json

    from briefing.brief import json_schema

    _write_stdout(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def _seed() -> Path:
    from briefing.resources import seed_path

    return seed_path()


def _load_any(path: str | None, published: str | None, save_page: str | None = None) -> Brief:
    """A brief from a .yaml/.json file, or compiled from an article; the seed when no path."""
    from briefing.batch import brief_for

    try:
        return brief_for(path or str(_seed()), published, warn, save_page)
    except BriefingError as error:
        fail(error)


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:
        _quiet_stdout()
        raise BriefingError(f"stdout: cannot write: {exc.strerror or exc}") from None


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``| head``): stop quietly, as Unix tools do."""
    _quiet_stdout()
    sys.exit(0)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


#: The command each run of :func:`cli` invoked (None for the group's own help or version).
_ran: list[str | None] = []

#: Commands that have written and closed every file of theirs when they return (their output goes
#: to stdout or through ``write_atomic``), so nothing is left for the interpreter's teardown to do.
#: Not the terminal UI, which hands the terminal back itself.
_DONE_ON_RETURN = frozenset({"print", "markdown", "html", "compile", "schema"})


def _end(code: object) -> NoReturn:
    """Exit with ``code`` without tearing the interpreter down, after a command in
    :data:`_DONE_ON_RETURN`: freeing every module's objects one by one took about 10 ms of a
    ``markdown`` run's CPU, for memory the kernel frees at once.  The exit handlers still run (the
    pattern cache is saved by one) and stdout and stderr are flushed; anything unusual (another
    thread alive, an exit code that is no number, a flush that fails) takes the normal way out."""
    import atexit
    import threading

    if not _ran or _ran[-1] not in _DONE_ON_RETURN or threading.active_count() > 1:
        raise SystemExit(code)
    if code is not None and not isinstance(code, int):
        raise SystemExit(code)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    atexit._run_exitfuncs()
    os._exit(code or 0)


def main() -> None:
    """Console entry point: never shows a traceback for bad input or a closed pipe; Ctrl-C is
    one line and exit status 130 (any temporary file is removed on the way out)."""
    import signal

    from briefing import interrupt

    interrupt.install()
    try:
        cli.main(prog_name="briefing")
    except SystemExit as done:
        _end(done.code)
    except (KeyboardInterrupt, interrupt.Interrupted):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        say("briefing: interrupted")
        sys.exit(130)
    except BriefingError as error:  # raised outside a command's own handling (writing its output)
        say(f"briefing: error: {error.message}")
        sys.exit(1)
    except OSError as exc:  # stdout on a full disk or a closed device: one line, no second error at exit
        _quiet_stdout()
        say(f"briefing: error: {exc.filename or 'output'}: cannot write: {exc.strerror or exc}")
        sys.exit(1)
    except Exception as exc:  # a bug in briefing: still one line, with a way to see the rest
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        say(f"briefing: internal error: {type(exc).__name__}: {detail} (BRIEFING_DEBUG=1 shows the traceback)")
        sys.exit(1)
