"""The verdicts of a check as a table: CSV without any extra, a pandas
DataFrame with the ``frames`` extra, a chart with the ``plot`` extra.

Run with ``python examples/verdicts_table.py``. The CSV is what
``polevents check --format csv`` prints; the chart is what
``polevents plot unique_audience -o progression.png`` writes.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import tempfile
from pathlib import Path

from polevents import ReadingPolicy
from polevents.datasets import twitter_space_2022


def main() -> None:
    case = twitter_space_2022()
    for policy in (ReadingPolicy.NEWS, ReadingPolicy.LITERAL):
        report = case.check(policy=policy)
        print(repr(report))
        text = report.to_csv() or ""
        for row in csv.DictReader(io.StringIO(text)):
            print(
                f"  {row['event']}: {row['outcome']}, "
                f"challenger [{row['challenger_low']}, {row['challenger_high'] or 'unbounded'}] "
                f"{row['challenger_unit']}"
            )
    if importlib.util.find_spec("pandas") is not None:
        frame = case.check().to_frame()
        print(frame[["event", "outcome", "challenger_low", "challenger_high"]].to_string())
    if importlib.util.find_spec("matplotlib") is not None:
        from polevents import plot

        with tempfile.TemporaryDirectory() as folder:
            path = plot.save(plot.progression(case, "unique_audience"), Path(folder) / "p.png")
            print(f"chart: {path.stat().st_size} bytes of PNG")


if __name__ == "__main__":
    main()
