"""CheckReport and Timeline (polevents._report): tables, notebook face, reprs,
progress, and the JSON Schema of the command's ``--json`` output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from polevents import ReadingPolicy, ValidationError
from polevents import io as pio
from polevents._report import OUTPUT_VERSION, CheckReport, check_dataset, output_schema
from polevents.datasets import twitter_space_2022

EXAMPLES = Path(__file__).parents[1] / "examples" / "data"


@pytest.fixture(scope="module")
def report() -> CheckReport:
    return twitter_space_2022().check(policy=ReadingPolicy.NEWS)


def test_repr_is_short_and_public(report: CheckReport) -> None:
    text = repr(report)
    assert len(text) < 200
    assert text.startswith("CheckReport(")
    assert "broken=1" in text
    assert "first=1" in text
    assert "'news'" in text
    timeline = repr(twitter_space_2022().timeline())
    assert timeline == (
        "Timeline(source='polevents/data/twitter_space_2022.json', entries=6, clashes=5)"
    )


def test_repr_html_is_a_table_of_verdicts(report: CheckReport) -> None:
    page = report._repr_html_()
    assert page.startswith("<table>")
    assert page.count("<tr>") == 1 + len(report.verdicts())
    assert "BROKEN" in page
    assert "Imran Khan&#x27;s Twitter Space" in page  # escaped
    assert "<td>Imran Khan's" not in page


def test_repr_html_escapes_everything(report: CheckReport) -> None:
    import attrs

    odd = attrs.evolve(report, source="<script>alert(1)</script>")
    assert "<script>" not in odd._repr_html_()


def test_to_csv(report: CheckReport, tmp_path: Path) -> None:
    text = report.to_csv()
    assert text is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["outcome"] for r in rows] == [v.outcome.value for v in report.verdicts()]
    path = tmp_path / "verdicts.csv"
    assert report.to_csv(path) is None
    assert path.read_text(encoding="utf-8") == text
    stream = io.StringIO()
    report.to_csv(stream)
    assert stream.getvalue() == text


def test_to_csv_into_a_missing_folder_is_a_polevents_error(
    report: CheckReport, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="path"):
        report.to_csv(tmp_path / "missing" / "verdicts.csv")


def test_to_frame(report: CheckReport) -> None:
    pytest.importorskip("pandas")
    frame = report.to_frame()
    assert len(frame) == len(report.verdicts())
    assert list(frame["outcome"]) == ["first", "broken"]
    assert frame.loc[1, "challenger_low"] == 446_000


def test_progress_is_reported_for_every_event() -> None:
    seen: list[tuple[int, int]] = []
    dataset = twitter_space_2022()
    check_dataset(dataset, registry=dataset.registry(), progress=lambda *a: seen.append(a))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_progress_with_no_events() -> None:
    seen: list[tuple[int, int]] = []
    check_dataset(pio.loads('{"polevents": 1}'), progress=lambda *a: seen.append(a))
    assert seen == [(0, 0)]


@pytest.mark.parametrize("command", ["check", "timeline", "parse"])
def test_output_schema_is_a_valid_schema(command: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = output_schema(command)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["version"]["const"] == OUTPUT_VERSION
    assert "additionalProperties" not in schema  # a later version may add keys
    closed = output_schema(command, closed=True)
    jsonschema.Draft202012Validator.check_schema(closed)
    assert closed["additionalProperties"] is False


def test_output_schema_of_an_unknown_command() -> None:
    with pytest.raises(ValidationError, match="command"):
        output_schema("plot")


def _validate(command: str, data: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = output_schema(command, closed=True)  # every key printed is in the schema
    jsonschema.Draft202012Validator(schema).validate(json.loads(json.dumps(data)))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
@pytest.mark.parametrize("policy", [None, ReadingPolicy.NEWS, ReadingPolicy.LITERAL])
def test_every_example_validates(path: Path, policy: ReadingPolicy | None) -> None:
    dataset = pio.load(path)
    _validate("check", dataset.check(policy=policy).as_json())
    _validate("timeline", dataset.timeline().as_json())


def test_the_schema_catches_a_wrong_qualifier(report: CheckReport) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(json.dumps(report.as_json()))
    data["checks"][1]["challenger"]["qualifier"] = "at_least"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(output_schema("check")).validate(data)
    data = json.loads(json.dumps(report.as_json()))
    data["checks"][1]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(output_schema("check", closed=True)).validate(data)
    jsonschema.Draft202012Validator(output_schema("check")).validate(data)  # open: allowed
    data["version"] = 2
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(output_schema("check")).validate(data)


def test_the_shipped_schema_file_is_output_schema() -> None:
    import importlib.resources

    shipped = importlib.resources.files("polevents").joinpath("data/check-output.schema.json")
    assert json.loads(shipped.read_text("utf-8")) == output_schema("check"), (
        'regenerate it: python -c "import json; from polevents._report import output_schema; '
        "print(json.dumps(output_schema('check'), indent=2, ensure_ascii=False))\" "
        "> src/polevents/data/check-output.schema.json"
    )


def test_parts_have_short_reprs(report: CheckReport) -> None:
    assert repr(report.checks[1]) == (
        "EventCheck(path='events[0]', event='imran-khan-space', outcomes=['broken'], added=1)"
    )
    timeline = twitter_space_2022().timeline()
    assert all(len(repr(entry)) < 160 for entry in timeline.entries)
    assert repr(timeline.clashes[0]) == (
        "Clash(advisory_path='advisories[0]', event_path='events[1]', affects=YES)"
    )
