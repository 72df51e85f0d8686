"""polevents' number reader against quantulum3, on the project's real-sentence corpus.

For every sentence in ``tests/corpus/figures/*.jsonl`` the two readers are
timed in turns (interleaved, so that machine noise hits both alike) and
judged against the hand-written expectation:

- *value*: the reader found the one expected figure's value;
- *value, hedge and unit* (polevents only: quantulum3 has no notion of a
  hedge): the reading matches in full.

Then ``extract`` is timed on adversarial text of doubling length (a long
word, many digits, many hedges, news prose) to show it stays linear.

Run with ``make bench``; quantulum3 comes with the ``bench`` extra. Without
it the comparison is skipped with a message.
"""

from __future__ import annotations

import contextlib
import json
import math
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from polevents import Figure, ParseError, extract, ureg

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "figures"
ROUNDS = 5


def load_corpus() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entries.append(json.loads(line))
    return entries


def _base(value: float, unit: str) -> tuple[float, str]:
    """A value in its dimension's base unit, and that dimension."""
    quantity = ureg.Quantity(value, unit).to_base_units()
    return float(quantity.magnitude), str(quantity.dimensionality)


def _expected_value(figure: dict[str, Any]) -> float | None:
    value = figure.get("value")
    return None if value is None else float(value)


def polevents_reading(entry: dict[str, Any]) -> Figure | None:
    try:
        return Figure.parse(entry["text"], unit=entry.get("unit"), lang=entry.get("lang", "en"))
    except ParseError:
        return None


def polevents_judged(entry: dict[str, Any], figure: Figure | None) -> tuple[bool, bool]:
    """(value right, value hedge and unit right) for one sentence."""
    expected = entry.get("figures") or []
    if figure is None or len(expected) != 1:
        return False, False
    want = expected[0]
    value = _expected_value(want)
    nominal = figure.nominal_value
    if value is None or nominal is None:
        bounds = figure.bounds
        same = want.get("low") == bounds[0] and want.get("high") == bounds[1]
        return same, same and figure.qualifier.value == want["qualifier"]
    got, got_dim = _base(nominal, figure.unit)
    wanted, want_dim = _base(value, want["unit"])
    value_ok = math.isclose(got, wanted, rel_tol=1e-9)
    full = value_ok and got_dim == want_dim and figure.qualifier.value == want["qualifier"]
    return value_ok, full


def quantulum_judged(entry: dict[str, Any], quantities: list[Any]) -> bool:
    """Value right: quantulum3 found one quantity, with the expected value."""
    expected = entry.get("figures") or []
    if len(expected) != 1 or _expected_value(expected[0]) is None:
        return False
    want = float(expected[0]["value"])
    values = [float(q.value) for q in quantities]
    return len(values) == 1 and math.isclose(values[0], want, rel_tol=1e-9)


def _recognizers() -> Callable[[str], list[float]] | None:
    """Recognizers-Text's Python port, if it installs (its last release is from 2019)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from recognizers_number import Culture, recognize_number  # type: ignore[import-untyped]
    except Exception:  # an old port: ImportError, or its own dependencies failing
        return None

    def read(text: str) -> list[float]:
        values = []
        for result in recognize_number(text, Culture.English):
            try:
                values.append(float(result.resolution["value"]))
            except (KeyError, TypeError, ValueError):
                continue
        return values

    return read


def compare_with_quantulum(entries: list[dict[str, Any]]) -> list[str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum  # type: ignore[import-untyped]
    except ImportError:
        return ["quantulum3 is not installed (`pip install '.[bench]'`): comparison skipped", ""]
    recognizers = _recognizers()

    english = [e for e in entries if e.get("lang", "en") == "en"]
    ours_time: list[float] = []
    theirs_time: list[float] = []
    recognizers_time: list[float] = []
    ours_value = ours_full = theirs_value = recognizers_value = 0
    for entry in english:
        text = entry["text"]
        our_runs: list[float] = []
        their_runs: list[float] = []
        figure: Figure | None = None
        found: list[Any] = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            figure = polevents_reading(entry)
            our_runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = quantulum.parse(text)
            their_runs.append(time.perf_counter() - start)
        if recognizers is not None:
            start = time.perf_counter()
            values = recognizers(text)
            recognizers_time.append(time.perf_counter() - start)
            expected = entry.get("figures") or []
            recognizers_value += (
                len(expected) == 1
                and _expected_value(expected[0]) is not None
                and len(values) == 1
                and math.isclose(values[0], float(expected[0]["value"]), rel_tol=1e-9)
            )
        ours_time.append(min(our_runs))
        theirs_time.append(min(their_runs))
        value_ok, full_ok = polevents_judged(entry, figure)
        ours_value += value_ok
        ours_full += full_ok
        theirs_value += quantulum_judged(entry, found)
    n = len(english)
    ours, theirs = statistics.mean(ours_time), statistics.mean(theirs_time)
    recognizers_row = (
        f"| Recognizers-Text (Python port) `recognize_number` | "
        f"{statistics.mean(recognizers_time) * 1e6:,.0f} µs (one run) | {recognizers_value} "
        f"| — (numbers only) |"
        if recognizers_time
        else "| Recognizers-Text (Python port) | did not install | — | — |"
    )
    return [
        f"## polevents against quantulum3 on {n} English corpus sentences",
        "",
        "| reader | mean time per sentence | value right | value, hedge and unit right |",
        "|---|---|---|---|",
        f"| polevents `Figure.parse` | {ours * 1e6:,.0f} µs | {ours_value} | {ours_full} |",
        f"| quantulum3 `parser.parse` | {theirs * 1e6:,.0f} µs | {theirs_value} | — (no hedges) |",
        recognizers_row,
        "",
        f"polevents is **{theirs / ours:,.0f}×** faster per sentence "
        f"(best of {ROUNDS} runs each, interleaved sentence by sentence).",
        "",
    ]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "one long word after a number": lambda n: "5 " + "a" * n,
    "many digits": lambda n: "7" * n,
    "many hedges": lambda n: ("about around over almost " * (n // 24 + 1))[:n],
    "many number words": lambda n: ("one hundred and nought point nought " * (n // 35 + 1))[:n],
    "many bounds": lambda n: ("more than 10 and less than 20 and " * (n // 34 + 1))[:n],
    "news prose": lambda n: (
        "Over 446,000 people tuned in; around 165K listeners stayed. " * (n // 60 + 1)
    )[:n],
}


def linearity() -> list[str]:
    lines = [
        "## `extract` on growing adversarial text",
        "",
        "Time per character should stay flat as the text doubles.",
        "",
        "| text | 16 kB | 32 kB | 64 kB | 128 kB | growth per doubling |",
        "|---|---|---|---|---|---|",
    ]
    for name, make in ADVERSARIAL.items():
        per_char: list[float] = []
        for size in (16_000, 32_000, 64_000, 128_000):
            text = make(size)
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                with contextlib.suppress(ParseError):
                    extract(text, unit="person")
                runs.append(time.perf_counter() - start)
            per_char.append(min(runs) / size)
        growth = (per_char[-1] / per_char[0]) ** (1 / 3)
        cells = " | ".join(f"{p * 1e9:,.0f} ns/char" for p in per_char)
        lines.append(f"| {name} | {cells} | {growth:.2f}× |")
    return [*lines, ""]


def main() -> int:
    entries = load_corpus()
    if not entries:
        print("readers: no corpus in tests/corpus/figures — skipped")
        return 0
    lines = compare_with_quantulum(entries) + linearity()
    report = "\n".join(lines)
    print(report)
    (Path(__file__).parent / "readers.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
