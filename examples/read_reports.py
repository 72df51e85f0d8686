"""Read every hedged figure in the two 2022 reports, as `polevents parse` does.

Each phrase is quoted from one of the two news reports behind the bundled
dataset (see shared/reports/README.md). When the reports are at hand, beside
the repository as ``../shared/reports``, every quote is checked to appear in
its report word for word.

Run it with ``make demo`` or ``python examples/read_reports.py``.
"""

from __future__ import annotations

from pathlib import Path

from polevents import Figure, ReadingPolicy

TRIBUNE = "The Express Tribune, 2022-04-21"
BLOG = "news blog, 2022-04"
REPORTS = {
    BLOG: "000_bcb549b42baa053a.txt",
    TRIBUNE: "001_0c12d8d1098cd553.txt",
}

# (source, phrase as printed, unit when the phrase names none)
PHRASES: list[tuple[str, str, str | None]] = [
    (BLOG, "around 165K people", None),
    (BLOG, "Thousands of people", None),
    (BLOG, "about half a million people", None),
    (BLOG, "an average of 165,000 people", None),
    (BLOG, "almost 44,000 listens", "person"),
    (BLOG, "over 7 million times", "tweet"),
    (BLOG, "more than 165K listeners", None),
    (BLOG, "almost 44K listens", "person"),
    (TRIBUNE, "Over 446,000 people", None),
    (TRIBUNE, "over 446,000 people", None),
    (TRIBUNE, "approximately half a million users", None),
    (TRIBUNE, "an average of 165,000 users", None),
    (TRIBUNE, "over 44,000 listeners", None),
    (TRIBUNE, "tweeted over 7 million times", "tweet"),
]


def _check_quotes(reports_dir: Path) -> None:
    for source, phrase, _ in PHRASES:
        text = (reports_dir / REPORTS[source]).read_text(encoding="utf-8")
        if phrase not in text:
            raise SystemExit(f"{phrase!r} is not in {REPORTS[source]}: fix the quote")


def main() -> None:
    reports_dir = Path(__file__).resolve().parents[2] / "shared" / "reports"
    checked = reports_dir.is_dir()
    if checked:
        _check_quotes(reports_dir)

    rows = [("source", "phrase", "qualifier", "NEWS reading", "LITERAL reading")]
    for source, phrase, unit in PHRASES:
        news = Figure.parse(phrase, unit=unit, policy=ReadingPolicy.NEWS)
        literal = Figure.parse(phrase, unit=unit, policy=ReadingPolicy.LITERAL)
        rows.append(
            (
                source,
                phrase,
                news.qualifier.name,
                news.interval_notation(),
                literal.interval_notation(),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * width for width in widths))
    print()
    print(
        "Every quote was found word for word in its report."
        if checked
        else "(The reports were not found beside the repository; quotes were not re-checked.)"
    )


if __name__ == "__main__":
    main()
