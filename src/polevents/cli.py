"""The ``polevents`` command.

Exit codes: 0 when the command ran (whatever the verdicts), 2 for bad input
(with a one-line message, never a traceback), 1 for an internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from polevents import _format
from polevents.errors import PolEventsError
from polevents.figures import Figure, ReadingPolicy

__all__ = ["main"]

REPORT_URL = "https://github.com/polevents/polevents/issues"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: bad arguments are bad input.
        raise _UsageError(f"{self.prog}: {message}")


def _figure_record(figure: Figure) -> dict[str, Any]:
    low, high = figure.bounds
    return {
        "text": figure.text,
        "qualifier": figure.qualifier.name.lower(),
        "low": low,
        "low_inclusive": figure.low_inclusive,
        "high": high,
        "high_inclusive": figure.high_inclusive,
        "nominal": figure.nominal_value,
        "unit": figure.unit,
        "policy": figure.policy,
        "reading": str(figure),
        "interval": figure.interval_notation(),
    }


def _bound_words(value: float | None, inclusive: bool) -> str:
    if value is None:
        return "unbounded"
    return f"{_format.number(value)} ({'included' if inclusive else 'excluded'})"


def describe_figure(figure: Figure) -> list[tuple[str, str]]:
    """The rows ``polevents parse`` prints for one figure."""
    low, high = figure.bounds
    nominal = figure.nominal_value
    return [
        ("text", figure.text or ""),
        ("qualifier", figure.qualifier.name),
        ("reading", str(figure)),
        ("interval", figure.interval_notation()),
        ("low", _bound_words(low, figure.low_inclusive)),
        ("high", _bound_words(high, figure.high_inclusive)),
        ("nominal", "-" if nominal is None else _format.number(nominal)),
        ("unit", figure.unit),
        ("policy", figure.policy or "-"),
    ]


def _cmd_parse(args: argparse.Namespace) -> int:
    policy = ReadingPolicy.named(args.policy)
    figure = Figure.parse(args.text, unit=args.unit, policy=policy)
    if args.json:
        print(json.dumps(_figure_record(figure), indent=2, ensure_ascii=False))
    else:
        rows = describe_figure(figure)
        width = max(len(k) for k, _ in rows)
        for key, value in rows:
            print(f"{key:<{width}}  {value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, exposed for the docs and tests."""
    parser = _Parser(prog="polevents", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    parse = sub.add_parser("parse", help="show how a phrase such as 'around 165K' is read")
    parse.add_argument("text", help="the phrase, e.g. 'over 446,000 people'")
    parse.add_argument("--unit", help="the unit when the text names none (person, post, ...)")
    parse.add_argument("--policy", default="news", choices=["news", "literal"])
    parse.add_argument("--json", action="store_true", help="print JSON for machines")
    parse.set_defaults(handler=_cmd_parse)
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
    except Exception as err:  # an internal error: say so, and ask for a report
        print(
            f"polevents: internal error: {type(err).__name__}: {err}; "
            f"please report it at {REPORT_URL}",
            file=sys.stderr,
        )
        return 1
