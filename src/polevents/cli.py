"""The ``polevents`` command.

``check`` and ``timeline`` are :meth:`polevents.io.Dataset.check` and
:meth:`~polevents.io.Dataset.timeline`; ``plot`` is
:func:`polevents.plot.progression`; this module only reads the arguments
and prints what they return.

- FILE is a .json, .toml or .yaml dataset; ``-`` reads one from standard
  input (JSON unless ``--input-format`` says otherwise; a byte-order mark
  is dropped). With no FILE the
  bundled 2022 dataset is used, even when standard input is a pipe: input is
  read only when asked for, so a script never hangs on an open stdin.
- Text fits the terminal: lines are wrapped (tables re-flowed) to
  ``COLUMNS``, or the terminal's width, or 80 columns when the output is not
  a terminal. Colour only on a terminal and never with ``NO_COLOR`` set
  (``--color=always|never`` overrides). JSON and CSV are never wrapped or
  coloured. A check of many events shows a progress line on standard error
  when that is a terminal.
- Output survives any terminal encoding: a character the encoding lacks is
  written as a backslash escape (``\\xd7`` for "×"), never an error.
- A reader that stops reading (``polevents check --json | head -1``) ends
  the command quietly, exit code 0.

Exit codes: 0 when the command ran (whatever the verdicts), 2 for bad input
(with a one-line message, never a traceback), 1 for an internal error
(with a message asking for a report), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import re
import shutil
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from polevents import _render, _report, datasets, io
from polevents.errors import PolEventsError, ValidationError
from polevents.figures import Figure, ReadingPolicy
from polevents.io import Dataset

__all__ = ["main"]

REPORT_URL = "https://github.com/polevents/polevents/issues"

#: The narrowest text the command wraps to, whatever COLUMNS says.
MIN_WIDTH = 20
#: A check shows its progress line only after this many seconds.
PROGRESS_DELAY = 0.5
#: ... and is redrawn at most this often (seconds).
PROGRESS_INTERVAL = 0.1

_FORMATS = ("json", "toml", "yaml")


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: bad arguments are bad input.
        raise _UsageError(f"{self.prog}: {message}")


def _version() -> str:
    from polevents import __version__

    return str(__version__)


# --- the terminal -----------------------------------------------------------------------


def _width() -> int:
    # shutil reads COLUMNS first, then the terminal, else the fallback: 80
    # columns when the output is a pipe or a file.
    return max(MIN_WIDTH, shutil.get_terminal_size((80, 24)).columns)


def _is_tty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False


def _use_colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    # https://no-color.org: set and not empty means no colour.
    if os.environ.get("NO_COLOR"):
        return False
    return os.environ.get("TERM") != "dumb" and _is_tty(sys.stdout)


_RULE = re.compile(r"^-+(?:  +-+)*$")
_LABEL = re.compile(r"^(?:[-?]|[A-Z][A-Z_]+) +")
_GAP = 2


def _wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    body = line.lstrip(" ")
    indent = " " * min(len(line) - len(body), width // 2)
    # A bullet's (or a YES/MAYBE label's) next lines start under its text.
    label = _LABEL.match(body)
    hang = indent + " " * min(len(label.group()), width // 4) if label else indent
    return textwrap.wrap(
        body,
        width,
        initial_indent=indent,
        subsequent_indent=hang,
        break_on_hyphens=False,
    ) or [line[:width]]


def _columns(rule: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]


def _fit_table(lines: list[str], width: int) -> list[str]:
    """Re-flow a table (header, rule of dashes, rows) into ``width`` columns,
    wrapping the cells of the widest columns."""
    spans = _columns(lines[1])
    starts = [start for start, _ in spans]
    widths = [end - start for start, end in spans]
    if sum(widths) + _GAP * (len(widths) - 1) <= width:
        return lines
    rows = [lines[0], *lines[2:]]
    cells = [
        [
            row[start : starts[n + 1] if n + 1 < len(starts) else None].strip()
            for n, start in enumerate(starts)
        ]
        for row in rows
    ]
    room = max(len(widths), width - _GAP * (len(widths) - 1))
    narrowest = min(8, room // len(widths))
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda n: widths[n])
        if widths[widest] <= narrowest:
            break
        widths[widest] -= 1
    out: list[str] = []
    for r, row in enumerate(cells):
        wrapped = [
            textwrap.wrap(cell, w, break_on_hyphens=False) or [""]
            for cell, w in zip(row, widths, strict=True)
        ]
        for k in range(max(len(w) for w in wrapped)):
            parts = [(w[k] if k < len(w) else "").ljust(widths[n]) for n, w in enumerate(wrapped)]
            out.append((" " * _GAP).join(parts).rstrip())
        if r == 0:
            out.append((" " * _GAP).join("-" * w for w in widths))
    return [piece for line in out for piece in _wrap(line, width)]


def fit(text: str, width: int) -> str:
    """Text within ``width`` columns: long lines wrapped (keeping their
    indent), plain-text tables re-flowed with their cells wrapped.

    >>> print(fit("a  b\\n-  -\\nx  y\\n\\none two three", 8))
    a  b
    -  -
    x  y
    <BLANKLINE>
    one two
    three
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() and i + 1 < len(lines) and _RULE.match(lines[i + 1]):
            end = i + 2
            while end < len(lines) and lines[end].strip():
                end += 1
            out += _fit_table(lines[i:end], width)
            i = end
            continue
        out += _wrap(lines[i], width)
        i += 1
    return "\n".join(out)


_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_COLOURS = {
    "BROKEN": "\x1b[1;32m",
    "FIRST": "\x1b[1;32m",
    "TIED": "\x1b[1;36m",
    "NOT_BROKEN": "\x1b[2m",
    "UNDETERMINED": "\x1b[1;33m",
    "INCOMPARABLE": "\x1b[1;35m",
    # YES is good news in a check (the record broke), bad in a timeline (the
    # advisory affects the event): bold, not a colour that says which.
    "YES": _BOLD,
    "MAYBE": "\x1b[1;33m",
}
_WORD = re.compile(r"\b(" + "|".join(_COLOURS) + r")\b")


def colour(text: str) -> str:
    """Outcome and certainty words in colour, table headers in bold (ANSI codes)."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if n + 1 < len(lines) and line.strip() and _RULE.match(lines[n + 1]):
            lines[n] = f"{_BOLD}{line}{_RESET}"
        else:
            lines[n] = _WORD.sub(lambda m: f"{_COLOURS[m.group(1)]}{m.group(1)}{_RESET}", line)
    return "\n".join(lines)


def _say(args: argparse.Namespace, text: str) -> None:
    """Print text for people: fitted to the terminal, coloured where wanted."""
    text = fit(text, _width())
    if _use_colour(args.color):
        text = colour(text)
    print(text)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


class _Progress:
    """One line on standard error, rewritten as events are checked; shown only
    on a terminal and only once a check has run for :data:`PROGRESS_DELAY`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.drawn = -math.inf
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.shown and now - self.started < PROGRESS_DELAY:
            return
        # At most ten redraws a second, and always the last one.
        if done < total and now - self.drawn < PROGRESS_INTERVAL:
            return
        self.shown = True
        self.drawn = now
        bar_width = max(10, min(30, _width() - 40))
        filled = bar_width * done // total if total else bar_width
        bar = "#" * filled + "." * (bar_width - filled)
        self.stream.write(f"\rchecking events [{bar}] {done}/{total}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# --- input ------------------------------------------------------------------------------


def _dataset(args: argparse.Namespace) -> Dataset:
    path: str | None = args.file
    if path is None:
        # Never standard input unless asked for with "-": a script whose stdin
        # happens to be a pipe must not wait on it, or read something else.
        return datasets.twitter_space_2022()
    if path == "-" and sys.stdin is None:  # started with standard input closed
        raise ValidationError("FILE", "-", "a dataset on standard input, which is closed")
    return io.load(path, format=args.input_format)


def _title(dataset: Dataset) -> str:
    return dataset.source or "the bundled 2022 dataset"


# --- commands ---------------------------------------------------------------------------


def _read_figure(args: argparse.Namespace) -> Figure:
    policy = ReadingPolicy.named(args.policy)
    return Figure.parse(args.text, unit=args.unit, policy=policy, lang=args.lang)


def _cmd_parse(args: argparse.Namespace) -> int:
    figure = _read_figure(args)
    if args.json:
        _print_json({"version": _report.OUTPUT_VERSION, **(_report._figure_json(figure) or {})})
        return 0
    rows = _render.figure_rows(figure)
    width = max(len(k) for k, _ in rows)
    _say(args, "\n".join(f"{key:<{width}}  {value}" for key, value in rows))
    return 0


def _check(dataset: Dataset, policy: ReadingPolicy) -> _report.CheckReport:
    progress = _Progress(sys.stderr) if _is_tty(sys.stderr) else None
    try:
        return dataset.check(policy=policy, progress=progress)
    finally:
        if progress is not None:
            progress.close()


def _cmd_check(args: argparse.Namespace) -> int:
    policy = ReadingPolicy.named(args.policy)
    dataset = _dataset(args)
    report = _check(dataset, policy)
    output = "json" if args.json else args.format
    if output == "json":
        _print_json({**report.as_json(), "dataset": _title(dataset)})
    elif output == "csv":
        report.to_csv(sys.stdout)
    else:
        _say(args, f"{_render.check_header(_title(dataset), policy.name)}\n\n{report}")
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    dataset = _dataset(args)
    timeline = dataset.timeline()
    if args.json:
        _print_json({**timeline.as_json(), "dataset": _title(dataset)})
        return 0
    _say(args, f"{_render.timeline_header(_title(dataset))}\n\n{timeline}")
    return 0


def _cmd_plot(args: argparse.Namespace) -> int:
    from polevents import plot  # matplotlib is optional: imported only here

    suffix = os.path.splitext(args.output)[1].lower()
    if suffix not in plot.SUFFIXES:
        raise ValidationError("--output", args.output, "a file name ending in .png or .svg")
    plot._mpl()  # a missing extra is said before any work
    dataset = _dataset(args)
    plot.save(plot.progression(dataset, args.category), args.output)
    return 0


# --- the parser -------------------------------------------------------------------------


def _add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a .json, .toml or .yaml dataset, or - for standard input (default: the bundled one)",
    )
    parser.add_argument(
        "--input-format",
        choices=_FORMATS,
        help="the dataset's format, whatever its suffix says (standard input: json unless given)",
    )


def _add_color(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text: auto (on a terminal, unless NO_COLOR is set), always, never",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, exposed for the docs and tests."""
    parser = _Parser(prog="polevents", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"polevents {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    parse = sub.add_parser("parse", help="show how a phrase such as 'around 165K' is read")
    parse.add_argument("text", help="the phrase, e.g. 'over 446,000 people'")
    parse.add_argument("--unit", help="the unit when the text names none (person, post, ...)")
    parse.add_argument("--policy", default="news", choices=["news", "literal"])
    parse.add_argument(
        "--lang", default="en", help="the language of the text: en (default), es, fr, pt, ..."
    )
    parse.add_argument("--json", action="store_true", help="print JSON for machines")
    _add_color(parse)
    parse.set_defaults(handler=_cmd_parse)

    check = sub.add_parser("check", help="check every event against the records in a dataset")
    _add_file(check)
    check.add_argument("--policy", default="news", choices=["news", "literal"])
    check.add_argument(
        "--format",
        choices=("table", "json", "csv"),
        default="table",
        help="table: text for people (default); json: for machines; csv: one row per verdict",
    )
    check.add_argument("--json", action="store_true", help="the same as --format json")
    _add_color(check)
    check.set_defaults(handler=_cmd_check)

    timeline = sub.add_parser("timeline", help="events and advisories in time order, with clashes")
    _add_file(timeline)
    timeline.add_argument("--json", action="store_true", help="print JSON for machines")
    _add_color(timeline)
    timeline.set_defaults(handler=_cmd_timeline)

    plot = sub.add_parser(
        "plot", help="draw a record category's progression to a PNG or SVG file (needs matplotlib)"
    )
    _add_file(plot)
    plot.add_argument(
        "category", metavar="CATEGORY", help="a record category's label, or its metric's key"
    )
    plot.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="the chart to write: .png or .svg"
    )
    plot.set_defaults(handler=_cmd_plot)
    return parser


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _quiet_stdout() -> None:
    # The reader has gone: point stdout at nothing, so that flushing it at
    # exit does not fail again (the Python documentation's recipe for SIGPIPE).
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _tolerant_streams() -> None:
    # A terminal whose encoding lacks "×" or "–" gets \xd7, not an error.
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., Any] | None = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    _tolerant_streams()
    try:
        args = build_parser().parse_args(argv)
        code = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    except _UsageError as err:
        print(f"{err} (see 'polevents --help')", file=sys.stderr)
        return 2
    except PolEventsError as err:
        print(f"polevents: error: {_one_line(err)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # an internal error: say so, and ask for a report
        print(
            f"polevents: internal error: {type(err).__name__}: {_one_line(err)}; "
            f"please report it at {REPORT_URL}",
            file=sys.stderr,
        )
        return 1
