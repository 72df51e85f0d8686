"""Benchmarks, each timed beside a baseline in the same run.

Run with ``make bench``. Prints a Markdown table and writes it to
``benchmarks/results.md``, which docs/performance.md includes; then runs
the reader comparisons (``readers.py``: quantulum3 on the real-sentence
corpus, ``extract`` on adversarial text) and the agreement with
Recognizers-Text's public specs (``recognizers.py``) and loading a large
document against equivalent pydantic models (``load.py``).
"""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable
from pathlib import Path

from polevents import Figure, extract

ARTICLE = (
    "Over 446,000 people globally tuned in to interact with the former premier. "
    "It was reported that approximately half a million users interacted with an average "
    "of 165,000 users listening at a given time. The record was previously held by "
    "K-POP Lyrical Space with over 44,000 listeners. "
) * 10

BENCHMARKS: list[tuple[str, Callable[[], object], str, Callable[[], object]]] = [
    (
        'Figure.parse("around 165K listeners")',
        lambda: Figure.parse("around 165K listeners"),
        'Figure.about(165_000, "person")',
        lambda: Figure.about(165_000, "person"),
    ),
    (
        "extract(40 figures in 2.5 kB of text)",
        lambda: extract(ARTICLE),
        "40 × Figure.about",
        lambda: [Figure.about(165_000, "person") for _ in range(40)],
    ),
    (
        "a.exceeds(b)",
        lambda: A.exceeds(B),
        "float comparison a_low > b_high",
        lambda: A.bounds[0] > B.bounds[1],  # type: ignore[operator]
    ),
    (
        "a - b (floats rounded outward)",
        lambda: A - B,
        "float subtraction of the bounds",
        lambda: (A.bounds[0] - B.bounds[1], A.bounds[1] - B.bounds[0]),  # type: ignore[operator]
    ),
]
A = Figure.over(446_000, "person")
B = Figure.about(44_000, "person")


def _per_call(func: Callable[[], object]) -> float:
    timer = timeit.Timer(func)
    number, _ = timer.autorange()
    runs = timer.repeat(repeat=5, number=number)
    return statistics.median(runs) / number


def _fmt(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def main() -> None:
    lines = [
        "| benchmark | time per call | baseline | baseline per call | ratio |",
        "|---|---|---|---|---|",
    ]
    for name, func, base_name, base in BENCHMARKS:
        measured, baseline = _per_call(func), _per_call(base)
        lines.append(
            f"| `{name}` | {_fmt(measured)} | `{base_name}` | {_fmt(baseline)} "
            f"| {measured / baseline:,.1f}× |"
        )
    table = "\n".join(lines) + "\n"
    print(table)
    (Path(__file__).parent / "results.md").write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
    # Run as a script, this folder is on sys.path.
    import load
    import readers
    import recognizers

    readers.main()
    recognizers.main()
    load.main([])
