"""Agreement with Microsoft Recognizers-Text's number specs (public gold).

The specs live outside the project, in ``../shared/corpora/recognizers-text``
(MIT; see its README). This script reads the cases within polevents' scope —
cardinal numbers and number ranges — and reports, per language, how many
polevents reads to the same value or interval, and how many more differ only
by a documented polevents convention. Every disagreement is listed with that
convention, or marked unexplained.

Out of scope, as issue 10 says: fractions, ordinals and negative numbers; and
powers ("1.5e6", "2^10"), which polevents refuses on purpose. A case is out of
scope when the spec says so (its ``subtype``), when a result is negative, when
the number's words (or the word after them) are an ordinal ("millionth",
"dixième", "quindicesimo") or a fraction ("quinti", "drittel", "⅙", "uno su
tre"), when its value is not whole and no decimals are written ("uno e mezzo"),
or when a range's bounds are fractions written as whole numbers ("2 in 5 or
more" is 0.4). Halves of a multiplier that make a whole number ("half a
dozen", "anderthalb Millionen", "3 milioni e mezzo") are cardinals, in scope.

What counts as explained by a convention — never a pattern on the input:

- Ranges: "under 170" is [0, 170) here, (-∞, 170) there: counts start at 0;
  "between 20 and 30" names both ends, so it is [20, 30] here, [20, 30) there.
- Cardinals: polevents read exactly the spec's values for the numbers it read
  (a range's two ends counting as two numbers, "150–180K" taking the
  multiplier for both ends), and each number it did not read is one of:
  refused with a reason that names a documented refusal rule (the reason is
  polevents' own message); a number word in a sentence with no unit word, hedge
  or multiplier ("version two", "one last time"); a number followed by a plural
  noun it counts ("12,567 words", "six boxes"); a date; a label, code or phone
  number ("SCP-173", "+1-222-2222"); dotted digit groups ("192.168.1.2").
- Either: refused with a reason that names a documented refusal rule.

Run with ``make bench`` (or ``python benchmarks/recognizers.py``). When the
folder is absent the script says so and skips: the project's tests never need
it.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polevents import Figure, ParseError, Qualifier, ReadingPolicy, extract

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


def _cases(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return loaded


def _gold_number(text: str) -> float:
    # German and Italian specs write values with a decimal comma.
    return float(text.replace(",", ".")) if "," in text and "." not in text else float(text)


# The words of a number that make it a fraction or an ordinal, in the specs' languages.
_FRACTION_WORDS = re.compile(
    r"/|[½⅓⅔¼¾⅕⅙⅛]|halb|drittel|viertel|fünftel|achtel|\bmezz|\bterz|quart[oi]\b|\bhalf\b|"
    r"\bmedio\b|\bmeio\b|\bdemi\b|\bmoitié\b|tiers\b|quarts?\b|\bover\b|\bsobre\b|\bsur\b|"
    r"\bsu\b|\bcomma\b|quint[oi]\b|ottav[oi]\b|decim[oi]\b|sest[oi]\b|settim[oi]\b|non[oi]\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = re.compile(
    r"\w+(th|ths|ième|ièmes|esim[oaie]|ésim[oa]s?|écim[oa]s?|esimi)\b|°|"
    r"\b(first|second|third|quinta|undécima|duodécima|décima|primeira)\b",
    re.IGNORECASE,
)
_POWER = re.compile(r"\d[eE][+-]?\d|\^")
_FRACTION_SIGNS = re.compile(r"/|[½⅓⅔¼¾⅕⅙⅛]")
_OVER = re.compile(r"\b(su|sur|sobre|over)\b", re.IGNORECASE)
# words for thirds, quarters, fifths… (halves of a multiplier, "half a million", are cardinals)
_DENOMINATORS = re.compile(
    r"drittel|viertel|fünftel|achtel|\bterz[oi]\b|\bquart[oi]\b|\bquint[oi]\b|"
    r"\bottav[oi]\b|\bdecim[oi]\b|\bsest[oi]\b|\bsettim[oi]\b|\bnon[oi]\b|\btiers\b|"
    r"\bquarts?\b|\bquarters?\b|\bthirds?\b|\bfifths?\b|\bquintos?\b|\btercios?\b|"
    r"\bcuartos?\b|\bterços?\b|\bquartos?\b",
    re.IGNORECASE,
)
_DECIMALS = re.compile(
    r"\d?[.,]\d|\b(point|coma|con|vírgula|virgula|virgule|komma|virgola|punto)\b", re.IGNORECASE
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


def _cardinal_scope(case: dict[str, Any]) -> str | None:
    """Why a NumberModel case is out of scope, or None when it is in."""
    words = {g.text: _next_word(str(case["Input"]), g) for g in _gold_items(case)}
    for result in case.get("Results") or []:
        if result.get("TypeName") != "number":
            return "not a cardinal"
        resolution = result.get("Resolution", {})
        subtype = resolution.get("subtype")
        # the number's words, and the word after it ("two millionths")
        text = f"{result.get('Text', '')} {words.get(str(result.get('Text', '')), '')}"
        if subtype in ("fraction", "power") or (subtype is None and _POWER.search(text)):
            return "power" if subtype == "power" or _POWER.search(text) else "fraction"
        if str(resolution.get("value", "")).startswith("-"):
            return "negative"
        if _ORDINAL_WORDS.search(text):
            return "ordinal"
        # a value that is not whole, from words rather than written decimals: a fraction
        # ("tre quinti", "uno e mezzo"); "half a dozen" (6) and "0.08" are in scope
        whole = _gold_number(str(resolution.get("value", "0"))).is_integer()
        if (
            _FRACTION_SIGNS.search(text)
            or _DENOMINATORS.search(text)
            or _OVER.search(str(result.get("Text", "")))  # "uno su tre", "three over four"
            or (not whole and not _DECIMALS.search(text))
        ):
            return "fraction"
    return None


# Refusal rules, each documented (docs/decisions.md), recognised by polevents' own message.
REFUSAL_RULES: list[tuple[str, str]] = [
    ("could be a whole number with a dot", "English '1.500': thousands or decimals? refused"),
    ("is not a number as", "separators the language does not use are refused"),
    ("thousand times more with a comma", "Spanish '4,800': Mexico or Spain? refused"),
    ("letters glued to the number", "letters glued to a number are refused (1.5e6, 10G, 2mil)"),
    ("a letter apart from the number", "a letter apart from a number is refused (2.33 k, 5 m)"),
    ("is a multiplier in", "another language's multiplier is refused"),
    ("may stand for", "an ambiguous currency needs unit="),
    ("same thousands", "'12 to 15,000' is refused: same thousands?"),
    ("two hedges on one figure", "two hedges on one number are refused"),
    ("a year and then a figure, or a range", "'1000 to 5000': a year, or a range? refused"),
    ("group mark after 0", "'0.683': a group mark after 0 is refused"),
    ("side by side", "numbers side by side are refused"),
    ("one number or two", "numbers side by side are refused"),
    ("starts with a zero", "a number with a leading zero is refused"),
    ("'cent' after digits", "French 'cent' after digits is refused (hundreds or cents?)"),
    ("space after the", "a space inside a number is refused"),
    ("a dot before other than three digits", "a decimal dot in a comma language is refused"),
    ("'one' may count one", "'one' before a noun: a count or someone? refused"),
    ("without saying by how much", "a hedge that does not say how much is refused"),
    ("carry over to it", "with unit=, a bare number after a multiplied one may share it"),
    ("the word that joins", "a range joined by another language's 'and' is refused"),
    ("vague word reach", "a scale word after a vague one is refused"),
    ("one vague size", "one vague size raised to another is refused"),
    ("space after the comma", "a space after a thousands comma is refused"),
    ("percentage points", "percentage points are a difference, not a share"),
    ("multiple of a figure", "a multiple of a figure is refused"),
    ("bound the figure", "a hedge left words before the number is refused"),
    ("written to its units already", "a sum multiplied twice is refused"),
    ("last part of a duration", "a duration's last part alone is refused"),
    ("may or may not reach", "a hedge that may or may not reach a second number is refused"),
]


def _refusal_rule(reason: str) -> str | None:
    return next((rule for key, rule in REFUSAL_RULES if key in reason), None)


@dataclass
class _Gold:
    start: int
    end: int  # exclusive
    text: str
    value: float


def _gold_items(case: dict[str, Any]) -> list[_Gold]:
    """The spec's numbers, placed in the input by their text (some specs' offsets are off)."""
    text = str(case["Input"]).lower()
    items: list[_Gold] = []
    at = 0
    for r in case.get("Results") or []:
        written = str(r["Text"])
        start = text.find(written.lower(), at)
        if start < 0:
            start = int(r["Start"])
        items.append(
            _Gold(start, start + len(written), written, _gold_number(r["Resolution"]["value"]))
        )
        at = start + len(written)
    return items


def _next_word(text: str, gold: _Gold) -> str:
    after = re.match(r"\s*([^\W\d_]+)", text[gold.end :])
    return after.group(1) if after else ""


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


_PLURAL_NOUN = re.compile(r"\s+(?:(?:of|de|di)\s+)?[a-zà-ÿ]{2,}s\b")
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")


def _unit_or_hedge(gold: _Gold, text: str, lang: str) -> bool:
    """Whether a unit word follows the number or a hedge precedes it (then it is a figure)."""
    words = importlib.import_module(f"polevents._lang.{lang}")
    after = re.match(r"\s*([^\W\d_]+)", text[gold.end :])
    if after and after.group(1).lower() in {w.lower() for w in words.UNITS}:
        return True
    before = " ".join(text[: gold.start].lower().split())
    return any(before.endswith(h.lower()) for h in words.HEDGES)


def _why_missing(gold: _Gold, text: str, skipped: list[Any], lang: str) -> str | None:
    """The documented rule under which polevents does not read this number, or None."""
    for s in skipped:
        if s.start < gold.end and gold.start < s.end:
            return _refusal_rule(s.reason)
    around = text[max(0, gold.start - 12) : gold.end + 12]
    if any(
        m.start() <= gold.start - max(0, gold.start - 12) < m.end() for m in _DATE.finditer(around)
    ):
        return "dates are not figures"
    if any(m.start() <= gold.start < m.end() for m in _DOTTED.finditer(text)):
        return "dotted digit groups (an address, a version) are not figures"
    before = text[gold.start - 1] if gold.start else " "
    after = text[gold.end : gold.end + 2]
    if re.match(r"[^\s(\[{\"'“‘«—]", before) or re.match(r"[-/]\d", after):
        return "labels, codes and phone numbers are not figures"  # A380, COVID-19, +1-222, 1&123
    if re.fullmatch(r"\d+", gold.text) and re.search(r"\b[A-ZÄÖÜ][^\W\d_]+\s$", text[: gold.start]):
        return "labels are not figures: 'Section 144', 'Nummer 3'"
    words = importlib.import_module(f"polevents._lang.{lang}")
    months = {m.lower() for m in words.MONTHS}
    near = re.findall(r"[^\W\d_]+", text[max(0, gold.start - 12) : gold.end + 12].lower())
    if re.search(r"\d", gold.text) and months & set(near):
        return "dates are not figures"  # "il 4 maggio"
    if _unit_or_hedge(gold, text, lang):
        return None  # then polevents should have read it
    if _PLURAL_NOUN.match(text, gold.end):
        return "a number followed by a noun counts that noun"
    scales = {w.lower() for w in words.SCALES}
    spoken = gold.text.lower().split()
    multiplied = len(spoken) > 1 and bool(scales & set(spoken[1:]))  # "dos mil", not "mil"
    if not re.search(r"\d", gold.text) and not multiplied:
        rest = (text[: gold.start] + " " + text[gold.end :]).strip(" .,;:!?¿¡'\"")
        if rest:
            return "a number word in a sentence needs a unit word, a hedge or a multiplier"
    return None


def _explain(text: str, golds: list[_Gold], found: Any, lang: str) -> str | None:
    """The conventions that explain every difference, or None if one is unexplained."""
    matched: set[int] = set()
    notes: set[str] = set()
    for mention in found:
        figure = mention.figure
        overlap = [
            i for i, g in enumerate(golds) if g.start < mention.end and mention.start < g.end
        ]
        if figure.qualifier is Qualifier.BETWEEN and len(overlap) == 2:
            low, high = figure.bounds
            g_low, g_high = golds[overlap[0]].value, golds[overlap[1]].value
            if low is None or high is None or not _close(high, g_high):
                return None
            if not _close(low, g_low):
                ratio = low / g_low if g_low else 0
                if not (ratio >= 1000 and _close(math.log10(ratio), round(math.log10(ratio)))):
                    return None
                notes.add("'100 to 300 billion': a multiplier written once applies to both ends")
            matched.update(overlap)
        elif len(overlap) == 1 and figure.nominal_value is not None:
            if not _close(figure.nominal_value, golds[overlap[0]].value):
                return None
            matched.add(overlap[0])
        else:
            return None  # a reading the spec does not have
    for i, gold in enumerate(golds):
        if i not in matched:
            why = _why_missing(gold, text, found.skipped, lang)
            if why is None:
                return None
            notes.add(why)
    return "; ".join(sorted(notes)) or None


def _values(found: Any) -> list[float]:
    values: list[float] = []
    for mention in found:
        figure = mention.figure
        if figure.qualifier is Qualifier.BETWEEN:
            values.extend(b for b in figure.bounds if b is not None)
        elif figure.nominal_value is not None:
            values.append(figure.nominal_value)
    return values


def cardinals(root: Path, language: str, lang: str) -> Tally:
    """Cardinals from ``NumberModel.json``: same values, in the same order."""
    tally = Tally()
    for case in _cases(root / "Number" / language / "NumberModel.json"):
        why_out = _cardinal_scope(case)
        if why_out is not None:
            tally.out_of_scope[why_out] += 1
            continue
        text = str(case["Input"])
        golds = _gold_items(case)
        tally.in_scope += 1
        found = extract(text, unit=NEUTRAL_UNIT, lang=lang, policy=ReadingPolicy.LITERAL)
        values = _values(found)
        gold = [g.value for g in golds]
        if len(values) == len(gold) and all(map(_close, values, gold)):
            tally.agree += 1
            continue
        why = _explain(text, golds, found, lang)
        if why is not None:
            tally.agree_by_convention += 1
        read = f"{values}" + (
            f" refused {[s.text for s in found.skipped]}" if found.skipped else ""
        )
        tally.disagreements.append((text, str(gold), read, why or "unexplained"))
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


def _range_scope(case: dict[str, Any]) -> str | None:
    results = case.get("Results") or []
    if len(results) != 1:
        return "not one range" if results else "no range"
    text = str(results[0].get("Text", ""))
    value = str(results[0]["Resolution"]["value"])
    if "-" in value.replace("(,", "").replace("[,", ""):
        return "negative"
    if _ORDINAL_WORDS.search(text):
        return "ordinal"
    low, high, _, _ = _gold_interval(value)
    whole = all(b is None or float(b).is_integer() for b in (low, high))
    if _FRACTION_WORDS.search(text) or not (whole or re.search(r"\d[.,]\d", text)):
        return "fraction"  # "more than half", "2 in 5 or more" (0.4)
    return None


def _range_conventions(
    gold: tuple[float | None, float | None, bool, bool], figure: Figure
) -> tuple[bool, str]:
    """Whether ``figure`` matches ``gold`` exactly, or by which conventions."""
    low, high = figure.bounds
    g_low, g_high, g_low_inc, g_high_inc = gold
    notes: list[str] = []
    # Counts are never negative: "under 170" is [0, 170) here, (-∞, 170) there.
    if g_low is None and low == 0.0 and figure.low_inclusive:
        notes.append("counts start at 0")
        g_low, g_low_inc = 0.0, True
    # "between 20 and 30" names both ends: [20, 30] here, [20, 30) there.
    if (
        g_high is not None
        and high == g_high
        and figure.high_inclusive
        and not g_high_inc
        and figure.qualifier is Qualifier.BETWEEN
        and g_low_inc
        and figure.low_inclusive
    ):
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
        gold = _gold_interval(str(results[0]["Resolution"]["value"]))
        tally.in_scope += 1
        text = str(results[0]["Text"])
        try:
            figure = Figure.parse(text, unit=NEUTRAL_UNIT, lang=lang, policy=ReadingPolicy.LITERAL)
        except ParseError as err:
            rule = _refusal_rule(str(err.expected))
            if rule is not None:
                tally.agree_by_convention += 1
            tally.disagreements.append(
                (text, str(gold), f"refused: {err.expected}", rule or "unexplained")
            )
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
