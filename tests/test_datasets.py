from pathlib import Path

from polevents import Certainty, Metric, Outcome, RecordBook, check
from polevents.datasets import twitter_space_2022

REPORTS = Path(__file__).resolve().parents[2] / "shared" / "reports"


def test_every_quote_is_in_its_report():
    import pytest

    if not REPORTS.is_dir():
        pytest.skip("the reports are not beside the repository")
    texts = {p.name: p.read_text(encoding="utf-8") for p in REPORTS.glob("*.txt")}
    everything = "\n".join(texts.values())
    case = twitter_space_2022()
    quotes = [c.quote for e in case.events for c in e.claims]
    quotes += [c.quote for r in case.records for c in r.claims]
    quotes += [a.recommendation for a in case.advisories[:1]]
    for quote in quotes:
        assert quote in everything, quote


def test_the_verdicts_of_2022():
    case = twitter_space_2022()
    report = case.check()
    verdicts = {c.event.id: c.verdicts for c in report.checks}
    (verdict,) = verdicts["imran-khan-space"]
    assert verdict.outcome is Outcome.BROKEN
    assert verdict.margin.bounds == (397_600, 451_000)
    assert verdict.record.holder == "K-POP Lyrical"
    (trend_verdict,) = verdicts["imported-hakumat-trend"]
    assert trend_verdict.outcome is Outcome.FIRST  # never against its own record
    assert verdicts["pti-lahore-rally"] == ()  # no rally record in the reports
    # The same verdict by hand, from a record book.
    book = RecordBook()
    for record in case.records:
        book.add(record)
    assert book.check(case.events[0]) == [verdict]


def test_the_clash_of_2022():
    case = twitter_space_2022()
    rally = case.events[1]
    planned, moved = case.advisories[1], case.advisories[2]
    # The rally is known only to the day, so both windows are MAYBE.
    assert planned.affects(rally) is Certainty.MAYBE
    assert moved.affects(rally) is Certainty.MAYBE


def test_cached_and_equal():
    assert twitter_space_2022() is twitter_space_2022()
    assert (
        check(twitter_space_2022().events[0], twitter_space_2022().records[0]).broke
        is Certainty.YES
    )
    assert twitter_space_2022().records[0].category.metric == Metric.UNIQUE_AUDIENCE
