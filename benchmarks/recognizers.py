"""Agreement with Microsoft Recognizers-Text's number specs (public gold).

The specs live outside the project, in ``../shared/corpora/recognizers-text``
(MIT; see its README). This script reads the cases within polevents' scope —
cardinal numbers and number ranges; no fractions, ordinals, powers or negative
numbers — and reports, per language, how many polevents reads to the same
value or interval. Every disagreement is listed with the convention that
explains it, or marked unexplained.

Run with ``make bench`` (or ``python benchmarks/recognizers.py``). When the
folder is absent the script says so and skips: the project's tests never need
it.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from polevents import Figure, ParseError, ReadingPolicy, extract

LANGUAGES = {
    "English": "en",
    "Spanish": "es",
    "Portuguese": "pt",
    "French": "fr",
    "German": "de",
    "Italian": "it",
}

# A unit that allows fractions and has no unit word likely to appear in the
# specs' sentences, so that bare numbers are read as figures of it.
NEUTRAL_UNIT = "second"


def corpus_root() -> Path | None:
    """Where the specs are: ``$POLEVENTS_SHARED/corpora/…`` or ``../shared`` beside the repo."""
    shared = os.environ.get("POLEVENTS_SHARED")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    root = base / "corpora" / "recognizers-text"
    return root if root.is_dir() else None


def _cases(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    loaded: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return loaded


def _gold_number(text: str) -> float:
    # German and Italian specs write values with a decimal comma.
    return float(text.replace(",", ".")) if "," in text and "." not in text else float(text)


# Words that mark a fraction or an ordinal in the specs' languages: such
# cases are out of scope even where the spec gives no subtype.
_FRACTION_WORDS = re.compile(
    r"/|\bhalb|drittel|viertel|fünftel|achtel|\bmezz|\bterz|quart[oi]\b|\bhalf\b|"
    r"\bmedio\b|\bmeio\b|\bdemi\b|\bmoitié\b|tiers\b|quarts?\b|\bover\b|\bsobre\b|\bsur\b|"
    r"\bcomma\b",
    re.IGNORECASE,
)


@dataclass
class Tally:
    """Counts for one language and one kind of case."""

    in_scope: int = 0
    agree: int = 0
    agree_by_convention: int = 0
    out_of_scope: Counter[str] = field(default_factory=Counter)
    disagreements: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.agree / self.in_scope if self.in_scope else math.nan

    @property
    def share_with_conventions(self) -> float:
        return (
            (self.agree + self.agree_by_convention) / self.in_scope if self.in_scope else math.nan
        )


def _cardinal_scope(case: dict[str, object]) -> str | None:
    """Why a NumberModel case is out of scope, or None when it is in."""
    results = case.get("Results") or []
    assert isinstance(results, list)
    for result in results:
        if result.get("TypeName") != "number":
            return "not a cardinal"
        resolution = result.get("Resolution", {})
        subtype = resolution.get("subtype")
        if subtype in ("fraction", "power"):
            return subtype
        value = str(resolution.get("value", ""))
        if value.startswith("-"):
            return "negative"
        if subtype is None and _FRACTION_WORDS.search(str(result.get("Text", ""))):
            return "fraction"
    return None


def _read_values(text: str, lang: str) -> list[float] | str:
    try:
        mentions = extract(text, unit=NEUTRAL_UNIT, lang=lang, policy=ReadingPolicy.LITERAL)
    except ParseError as err:
        return f"refused: {err.expected}"
    values: list[float] = []
    for mention in mentions:
        nominal = mention.figure.nominal_value
        if nominal is None:
            low, high = mention.figure.bounds
            return f"read as an interval {low}–{high}"
        values.append(nominal)
    return values


# Conventions that explain a disagreement: (pattern on the input, explanation).
CARDINAL_CONVENTIONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^\s*\d+(\.\d+){2,}\s*$"),
        "dotted digit groups (an address or version) are not figures",
    ),
    (
        re.compile(r"\d[.,]\d{3}\b"),
        "a separator whose meaning the language does not settle is refused",
    ),
    (re.compile(r"^\s*\.\d"), "a number starting with a bare decimal point is not read"),
    (
        re.compile(r"\b(one|uno|un|une|um|uma|ein|eine)\b", re.IGNORECASE),
        "a lone 'one'/'a' is an article more often than a figure",
    ),
]


def _same(values: list[float], gold: list[float]) -> bool:
    if len(values) != len(gold):
        return False
    return all(
        math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9) for a, b in zip(values, gold, strict=True)
    )


def cardinals(root: Path, language: str, lang: str) -> Tally:
    """Cardinals from ``NumberModel.json``: same values, in the same order."""
    tally = Tally()
    for case in _cases(root / "Number" / language / "NumberModel.json"):
        why_out = _cardinal_scope(case)
        if why_out is not None:
            tally.out_of_scope[why_out] += 1
            continue
        text = str(case["Input"])
        results = case.get("Results") or []
        assert isinstance(results, list)
        gold = [_gold_number(str(r["Resolution"]["value"])) for r in results]
        tally.in_scope += 1
        read = _read_values(text, lang)
        if isinstance(read, list) and _same(read, gold):
            tally.agree += 1
            continue
        convention = next(
            (why for pattern, why in CARDINAL_CONVENTIONS if pattern.search(text)), ""
        )
        if convention and (isinstance(read, str) or len(read) < len(gold)):
            # Reading less than the gold is the refusal side of a convention, never a wrong value.
            tally.agree_by_convention += 1
        tally.disagreements.append((text, str(gold), str(read), convention or "unexplained"))
    return tally


_INTERVAL = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def _gold_interval(text: str) -> tuple[float | None, float | None, bool, bool]:
    match = _INTERVAL.match(text.strip())
    if match is None:
        raise ValueError(text)
    left, low, high, right = match.groups()
    return (
        _gold_number(low) if low else None,
        _gold_number(high) if high else None,
        left == "[",
        right == "]",
    )


def _range_scope(case: dict[str, object]) -> str | None:
    results = case.get("Results") or []
    assert isinstance(results, list)
    if len(results) != 1:
        return "not one range" if results else "no range"
    text = str(results[0].get("Text", ""))
    value = str(results[0]["Resolution"]["value"])
    if "-" in value.replace("(,", "").replace("[,", ""):
        return "negative"
    if re.search(r"/|\b(tenth|fifteenth|quarter|half|\w+th)\b", text, re.IGNORECASE):
        return "fraction or ordinal"
    return None


def _range_conventions(
    gold: tuple[float | None, float | None, bool, bool], figure: Figure
) -> tuple[bool, str]:
    """Whether ``figure`` matches ``gold`` exactly, or by which conventions."""
    low, high = figure.bounds
    g_low, g_high, g_low_inc, g_high_inc = gold
    notes: list[str] = []
    # Counts are never negative: "under 170" is [0, 170) here, (-∞, 170) there.
    if g_low is None and low == 0.0:
        notes.append("counts start at 0")
        g_low, g_low_inc = 0.0, figure.low_inclusive
    # "between 20 and 30" names both ends: [20, 30] here, [20, 30) there.
    if g_high is not None and high == g_high and figure.high_inclusive and not g_high_inc:
        notes.append("a range written with both ends includes its end")
        g_high_inc = True
    same = (low, high, figure.low_inclusive, figure.high_inclusive) == (
        g_low,
        g_high,
        g_low_inc if g_low is not None else False,
        g_high_inc if g_high is not None else False,
    )
    return same, "; ".join(notes)


def ranges(root: Path, language: str, lang: str) -> Tally:
    """Ranges from ``NumberRangeModel.json``, read under the LITERAL policy."""
    tally = Tally()
    for case in _cases(root / "Number" / language / "NumberRangeModel.json"):
        why_out = _range_scope(case)
        if why_out is not None:
            tally.out_of_scope[why_out] += 1
            continue
        results = case["Results"]
        assert isinstance(results, list)
        gold = _gold_interval(str(results[0]["Resolution"]["value"]))
        tally.in_scope += 1
        text = str(results[0]["Text"])
        try:
            figure = Figure.parse(text, unit=NEUTRAL_UNIT, lang=lang, policy=ReadingPolicy.LITERAL)
        except ParseError as err:
            tally.disagreements.append((text, str(gold), f"refused: {err.expected}", "unexplained"))
            continue
        same, notes = _range_conventions(gold, figure)
        if same and not notes:
            tally.agree += 1
        elif same:
            tally.agree_by_convention += 1
            tally.disagreements.append((text, str(gold), figure.interval_notation(), notes))
        else:
            tally.disagreements.append((text, str(gold), figure.interval_notation(), "unexplained"))
    return tally


def _table(rows: list[tuple[str, str, Tally]]) -> Iterator[str]:
    yield (
        "| language | cases | in scope | same reading | same once conventions count "
        "| out of scope |"
    )
    yield "|---|---|---|---|---|---|"
    for language, kind, tally in rows:
        out = ", ".join(f"{why} {n}" for why, n in tally.out_of_scope.most_common())
        yield (
            f"| {language} | {kind} | {tally.in_scope} | {tally.agree} ({tally.share:.0%}) "
            f"| {tally.agree + tally.agree_by_convention} ({tally.share_with_conventions:.0%}) "
            f"| {out or '—'} |"
        )


def main() -> int:
    root = corpus_root()
    if root is None:
        print("recognizers: skipped — ../shared/corpora/recognizers-text is not here")
        return 0
    rows: list[tuple[str, str, Tally]] = []
    for language, lang in LANGUAGES.items():
        rows.append((language, "cardinals", cardinals(root, language, lang)))
        if (root / "Number" / language / "NumberRangeModel.json").exists():
            rows.append((language, "ranges", ranges(root, language, lang)))
    lines = ["## Agreement with Recognizers-Text", "", *_table(rows), ""]
    lines += ["### Disagreements", ""]
    for language, kind, tally in rows:
        if not tally.disagreements:
            continue
        lines += [
            f"#### {language} {kind}",
            "",
            "| input | gold | polevents | convention |",
            "|---|---|---|---|",
        ]
        for text, gold, read, why in tally.disagreements:
            cells = (c.replace("|", "\\|").replace("\n", " ") for c in (text, gold, read, why))
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    report = "\n".join(lines)
    print(report)
    (Path(__file__).parent / "recognizers.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
