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
from polevents.certainty import Certainty
from polevents.errors import PolEventsError
from polevents.events import Advisory, Event
from polevents.figures import Figure, ReadingPolicy
from polevents.records import RecordBook, Verdict

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


def _dataset(path: str | None) -> tuple[Any, str]:
    from polevents import datasets, io

    if path is None:
        return datasets.twitter_space_2022(), "the bundled 2022 dataset"
    return io.load(path), path


def _book(dataset: Any) -> RecordBook:
    book = RecordBook()
    for record in sorted(dataset.records, key=lambda r: r.set_on.start):
        book.add(record)
    return book


def _verdict_record(event: Event, verdict: Verdict) -> dict[str, Any]:
    return {
        "event": event.id or event.title,
        "category": verdict.category.label,
        "outcome": verdict.outcome.value,
        "broke": verdict.broke.value,
        "sentence": str(verdict),
        "record_holder": verdict.record.holder_name if verdict.record else None,
        "challenger": _figure_record(verdict.challenger) if verdict.challenger else None,
        "record_value": _figure_record(verdict.record_value) if verdict.record_value else None,
        "margin": _figure_record(verdict.margin) if verdict.margin else None,
        "ratio": list(verdict.ratio) if verdict.ratio else None,
        "reasons": list(verdict.reasons),
    }


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return lines


def _cmd_check(args: argparse.Namespace) -> int:
    policy = ReadingPolicy.named(args.policy)
    dataset, where = _dataset(args.file)
    book = _book(dataset)
    checks = [
        (event, verdict) for event in dataset.events for verdict in book.check(event, policy=policy)
    ]
    if args.json:
        payload = {
            "dataset": where,
            "policy": policy.name,
            "checks": [_verdict_record(e, v) for e, v in checks],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(f"Record checks in {where}, hedges read under the {policy.name.upper()} policy.")
    print()
    if not checks:
        print("No event competes in any record category.")
        return 0
    rows: list[tuple[str, ...]] = [("event", "record category", "outcome", "broke")]
    rows += [(e.title, v.category.label, v.outcome.name, v.broke.name) for e, v in checks]
    print("\n".join(_table(rows)))
    for event, verdict in checks:
        print()
        print(f"{event.title} / {verdict.category.label}: {verdict.outcome.name}")
        print(f"  {verdict}")
        for reason in verdict.reasons:
            print(f"    - {reason}")
    return 0


def _when(item: Event | Advisory) -> Any:
    if isinstance(item, Event):
        return item.when
    return item.window or item.issued


def _cmd_timeline(args: argparse.Namespace) -> int:
    dataset, where = _dataset(args.file)
    replaced = {id(a.supersedes): a for a in dataset.advisories if a.supersedes is not None}
    items: list[Event | Advisory] = [*dataset.events, *dataset.advisories]
    items.sort(key=lambda item: (_when(item).start, _when(item).end))
    clashes = []
    for advisory in dataset.advisories:
        for event in dataset.events:
            answer = advisory.affects(event)
            if answer is not Certainty.NO:
                clashes.append((advisory, event, answer))
    if args.json:
        payload = {
            "dataset": where,
            "items": [
                {
                    "kind": item.event_type if isinstance(item, Event) else "advisory",
                    "id": item.id,
                    "title": item.title if isinstance(item, Event) else str(item),
                    "start": _when(item).start.isoformat(),
                    "end": _when(item).end.isoformat(),
                    "exact": _when(item).exact,
                    "superseded_by": (
                        replaced[id(item)].id
                        if isinstance(item, Advisory) and id(item) in replaced
                        else None
                    ),
                }
                for item in items
            ],
            "clashes": [
                {"advisory": a.id or str(a), "event": e.id or e.title, "affects": c.value}
                for a, e, c in clashes
            ],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(f"Timeline of {where}.")
    print()
    rows: list[tuple[str, ...]] = [("when", "what", "")]
    for item in items:
        when = _when(item)
        if isinstance(item, Event):
            rows.append((str(when), item.event_type.replace("_", " "), item.title))
        else:
            note = " (superseded)" if id(item) in replaced else ""
            label = "advisory window" if item.window is not None else "advisory issued"
            rows.append((str(when), label, f"{item}{note}: {item.recommendation[:60]}"))
    print("\n".join(_table(rows)))
    print()
    print("Clashes (advisories that affect, or may affect, an event):")
    if not clashes:
        print("  none")
    for advisory, event, answer in clashes:
        note = " (superseded)" if id(advisory) in replaced else ""
        window = f" [{advisory.window}]" if advisory.window else ""
        why = "it is about this event" if advisory.about is not None else "time and place allow it"
        print(f"  {answer.name:<5} {advisory}{window}{note} -> {event.title} ({why})")
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
    except Exception as err:  # an internal error: say so, and ask for a report
        print(
            f"polevents: internal error: {type(err).__name__}: {err}; "
            f"please report it at {REPORT_URL}",
            file=sys.stderr,
        )
        return 1
