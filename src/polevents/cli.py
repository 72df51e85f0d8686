"""The ``polevents`` command.

``check`` and ``timeline`` are :meth:`polevents.io.Dataset.check` and
:meth:`~polevents.io.Dataset.timeline`; this module only reads the
arguments and prints what they return.

Exit codes: 0 when the command ran (whatever the verdicts), 2 for bad input
(with a one-line message, never a traceback), 1 for an internal error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from polevents import _render, _report, datasets, io
from polevents.errors import PolEventsError
from polevents.figures import Figure, ReadingPolicy
from polevents.io import Dataset

__all__ = ["main"]

REPORT_URL = "https://github.com/polevents/polevents/issues"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: bad arguments are bad input.
        raise _UsageError(f"{self.prog}: {message}")


def _read_figure(args: argparse.Namespace) -> Figure:
    policy = ReadingPolicy.named(args.policy)
    return Figure.parse(args.text, unit=args.unit, policy=policy, lang=args.lang)


def _cmd_parse(args: argparse.Namespace) -> int:
    figure = _read_figure(args)
    if args.json:
        print(json.dumps(_report._figure_json(figure), indent=2, ensure_ascii=False))
        return 0
    rows = _render.figure_rows(figure)
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0


def _dataset(path: str | None) -> Dataset:
    if path is None:
        return datasets.twitter_space_2022()
    return io.load(path)


def _title(dataset: Dataset) -> str:
    return dataset.source or "the bundled 2022 dataset"


def _header(name: str, *args: str) -> str:
    # The words come from _render once it has them (requested); until then these.
    render = getattr(_render, name, None)
    if callable(render):
        return str(render(*args))
    if name == "check_header":
        where, policy = args
        return f"Record checks in {where}, hedges read under the {policy.upper()} policy."
    return f"Timeline of {args[0]}."


def _cmd_check(args: argparse.Namespace) -> int:
    policy = ReadingPolicy.named(args.policy)
    dataset = _dataset(args.file)
    report = dataset.check(policy=policy)
    if args.json:
        payload = {**report.as_json(), "dataset": _title(dataset)}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(_header("check_header", _title(dataset), policy.name))
    print()
    print(report)
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    dataset = _dataset(args.file)
    timeline = dataset.timeline()
    if args.json:
        payload = {**timeline.as_json(), "dataset": _title(dataset)}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(_header("timeline_header", _title(dataset)))
    print()
    print(timeline)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, exposed for the docs and tests."""
    parser = _Parser(prog="polevents", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    parse = sub.add_parser("parse", help="show how a phrase such as 'around 165K' is read")
    parse.add_argument("text", help="the phrase, e.g. 'over 446,000 people'")
    parse.add_argument("--unit", help="the unit when the text names none (person, post, ...)")
    parse.add_argument("--policy", default="news", choices=["news", "literal"])
    parse.add_argument(
        "--lang", default="en", help="the language of the text: en (default), es, fr, pt, ..."
    )
    parse.add_argument("--json", action="store_true", help="print JSON for machines")
    parse.set_defaults(handler=_cmd_parse)

    check = sub.add_parser("check", help="check every event against the records in a dataset")
    check.add_argument("file", nargs="?", help="a .json, .toml or .yaml dataset (default: bundled)")
    check.add_argument("--policy", default="news", choices=["news", "literal"])
    check.add_argument("--json", action="store_true", help="print JSON for machines")
    check.set_defaults(handler=_cmd_check)

    timeline = sub.add_parser("timeline", help="events and advisories in time order, with clashes")
    timeline.add_argument(
        "file", nargs="?", help="a .json, .toml or .yaml dataset (default: bundled)"
    )
    timeline.add_argument("--json", action="store_true", help="print JSON for machines")
    timeline.set_defaults(handler=_cmd_timeline)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
        handler = args.handler
        return int(handler(args))
    except _UsageError as err:
        print(f"{err} (see 'polevents --help')", file=sys.stderr)
        return 2
    except PolEventsError as err:
        message = " ".join(str(err).split())
        print(f"polevents: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped reading (``polevents check | head``): not an error.
        # Point stdout at nothing so that flushing it at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as err:  # an internal error: say so, and ask for a report
        print(
            f"polevents: internal error: {type(err).__name__}: {err}; "
            f"please report it at {REPORT_URL}",
            file=sys.stderr,
        )
        return 1
