"""The real-phrase corpus of dates and times (tests/corpus/dates*.jsonl).

Each phrase must read to exactly the span the corpus expects, or be refused
with ParseError. A refusal is counted, never a failure; a span that differs
from the expected one is silently wrong and fails the suite. A phrase the
corpus says must be refused fails the suite if it is read.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from polevents import ParseError, Precision, Span

CORPUS = sorted((Path(__file__).parent / "corpus").glob("dates*.jsonl"))


def _entries() -> list[dict[str, Any]]:
    entries = []
    for path in CORPUS:
        with path.open(encoding="utf-8") as handle:
            entries += [json.loads(line) for line in handle if line.strip()]
    return entries


ENTRIES = _entries()


def _read(entry: dict[str, Any]) -> Span:
    reference = entry.get("reference")
    return Span.parse(
        entry["text"],
        tz=entry.get("tz"),
        dayfirst=bool(entry.get("dayfirst", False)),
        reference=date.fromisoformat(reference) if reference else None,
        direction=entry.get("direction") or "back",
        lang=entry.get("lang", "en"),
    )


def _judge(entry: dict[str, Any]) -> str:
    """'right', 'refused', or a description of what went wrong."""
    expect = entry["expect"]
    try:
        span = _read(entry)
    except ParseError as err:
        if "refuse" in expect:
            return "right"
        return f"refused: {err}"
    if "refuse" in expect:
        return f"read {span} ({span.precision!r}) but the corpus says refuse: {expect['refuse']}"
    start = datetime.fromisoformat(expect["start"])
    end = datetime.fromisoformat(expect["end"])
    wrong = []
    if span.start != start or span.end != end:
        wrong.append(f"span {span.start.isoformat()} to {span.end.isoformat()}")
    if span.exact is not bool(expect["exact"]):
        wrong.append(f"exact={span.exact}")
    precision = expect.get("precision")
    if precision is not None and span.precision is not Precision[precision.upper()]:
        wrong.append(f"precision {span.precision!r}")
    if wrong:
        return "WRONG: " + ", ".join(wrong) + f" (expected {expect})"
    return "right"


@pytest.mark.skipif(not ENTRIES, reason="no dates corpus yet")
def test_corpus_has_no_silently_wrong_span() -> None:
    verdicts = {entry["id"]: _judge(entry) for entry in ENTRIES}
    right = sum(1 for v in verdicts.values() if v == "right")
    refused = {k: v for k, v in verdicts.items() if v.startswith("refused")}
    wrong = {k: v for k, v in verdicts.items() if v not in ("right",) and k not in refused}
    print(
        f"\ndates corpus: {len(ENTRIES)} phrases, {right} read right, "
        f"{len(refused)} refused (counted, not failures), {len(wrong)} wrong"
    )
    for key, verdict in refused.items():
        print(f"  refused {key}: {verdict}")
    assert not wrong, "\n".join(f"{k}: {v}" for k, v in wrong.items())


@pytest.mark.skipif(not ENTRIES, reason="no dates corpus yet")
@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_corpus_phrase(entry: dict[str, Any]) -> None:
    verdict = _judge(entry)
    assert verdict == "right" or verdict.startswith("refused"), verdict


@pytest.mark.skipif(not ENTRIES, reason="no dates corpus yet")
def test_corpus_phrases_stand_in_their_context() -> None:
    for entry in ENTRIES:
        if entry.get("context"):
            assert entry["text"] in entry["context"], entry["id"]
