"""The command, run as a subprocess the way users run it."""

import json
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "polevents", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_parse_shows_the_reading():
    result = run("parse", "around 165K listeners")
    assert result.returncode == 0
    assert "148,500 to 181,500 person" in result.stdout
    assert "ABOUT" in result.stdout
    assert "news" in result.stdout


def test_parse_json():
    result = run("parse", "--json", "over 446,000 people")
    data = json.loads(result.stdout)
    assert data["qualifier"] == "over"
    assert (data["low"], data["high"]) == (446_000, 490_600)
    assert (data["low_inclusive"], data["high_inclusive"]) == (False, True)
    assert data["unit"] == "person"


def test_parse_literal_policy():
    data = json.loads(run("parse", "--json", "--policy", "literal", "over 446,000 people").stdout)
    assert data["high"] is None
    assert data["policy"] == "literal"


def test_parse_with_unit():
    data = json.loads(run("parse", "--json", "--unit", "tweet", "over 7 million times").stdout)
    assert data["unit"] == "post"


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "no figure here"),
        ("parse", "almost 44,000"),
        ("parse", "5 people", "--unit", "furlong"),
        ("parse", "5 people", "--policy", "generous"),
        ("bogus",),
        (),
    ],
)
def test_bad_input_exits_2_with_one_line(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("polevents")


def test_internal_errors_exit_1(monkeypatch, capsys):
    from polevents import cli

    def boom(_args):
        raise RuntimeError("kaput")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["parse"].set_defaults(handler=boom)  # type: ignore[union-attr]
    assert cli.main(["parse", "5 people"]) == 1
    assert "internal error" in capsys.readouterr().err


def test_check_on_the_bundled_dataset():
    result = run("check")
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())  # lines are wrapped to the terminal
    assert "BROKEN" in text
    assert "broke the record held by K-POP Lyrical (39,600 to 48,400 people" in text
    assert "397,600 to 451,000 people (9.2× to 12.4×)" in text
    assert "FIRST" in text


def test_check_literal_is_undetermined():
    result = run("check", "--policy", "literal")
    assert "UNDETERMINED" in result.stdout


def test_check_json_parses():
    data = json.loads(run("check", "--json").stdout)
    outcomes = {c["event"]: c["outcome"] for c in data["checks"]}
    assert outcomes["imran-khan-space"] == "broken"
    assert data["policy"] == "news"


def test_timeline():
    result = run("timeline")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    order = [n for n, line in enumerate(lines) if "Twitter Space" in line or "PTI rally" in line]
    assert order == sorted(order)
    assert "(superseded)" in result.stdout
    assert "YES   security advisory" in result.stdout
    data = json.loads(run("timeline", "--json").stdout)
    starts = [item["start"] for item in data["items"]]
    assert len(starts) == 6
    assert any(c["affects"] == "yes" for c in data["clashes"])


def test_check_a_file_with_mistakes(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text('{"polevents": 1, "places": [{"name": "", "country": "XX"}], "events": [5]}')
    result = run("check", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert str(path) in line
    assert "places[0]" in line
    assert "more problem" in line or "events[0]" in line


@pytest.mark.parametrize("args", [("check", "missing.json"), ("timeline", "data.csv")])
def test_unreadable_files_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_parse_lang():
    import inspect

    from polevents import Figure

    result = run("parse", "--json", "--lang", "en", "over 446,000 people")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["low"] == 446_000
    spanish = run("parse", "--json", "--lang", "es", "más de 446.000 personas")
    if "lang" not in inspect.signature(Figure.parse).parameters:
        assert spanish.returncode == 2  # refused with one line until the reader speaks Spanish
        assert "--lang" in spanish.stderr
        return
    assert spanish.returncode == 0, spanish.stderr
    data = json.loads(spanish.stdout)
    assert data["low"] == 446_000
    assert data["unit"] == "person"


def test_check_chains_the_events_of_a_file(tmp_path):
    """A file of streams: each is checked against the record standing when it began."""

    def session(n, year, people):
        return {
            "type": "audio_session",
            "id": f"s{n}",
            "title": f"Session {n}",
            "platform": "Twitter Spaces",
            "when": f"{year}-03-01T20:00+00:00",
            "claims": [{"metric": "unique_audience", "figure": f"exactly {people:,} people"}],
        }

    document = {
        "polevents": 1,
        "records": [
            {
                "category": {"metric": "unique_audience", "event_type": "audio_session"},
                "holder": "First",
                "value": "exactly 1,000 people",
                "set_on": "2020-01-01T00:00+00:00",
            }
        ],
        "events": [session(2, 2022, 1_500), session(1, 2021, 2_000), session(3, 2023, 3_000)],
    }
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    data = json.loads(run("check", "--json", str(path)).stdout)
    outcomes = [(c["event"], c["path"], c["outcome"]) for c in data["checks"]]
    assert outcomes == [
        ("s1", "events[1]", "broken"),
        ("s2", "events[0]", "not_broken"),  # below Session 1's record, set the year before
        ("s3", "events[2]", "broken"),
    ]
    assert [r["holder"] for r in data["records_set"]] == ["Session 1", "Session 3"]
    text = run("check", str(path))
    assert text.returncode == 0
    assert str(path) in text.stdout


def test_check_time_contradictions_exit_2_naming_file_and_path(tmp_path):
    record = {
        "category": {"metric": "unique_audience", "event_type": "audio_session"},
        "holder": "Big",
        "value": "exactly 5,000 people",
        "set_on": "2020-01-01T00:00+00:00",
    }
    smaller = {**record, "holder": "Small", "value": "exactly 10 people"}
    smaller["set_on"] = "2021-01-01T00:00+00:00"
    path = tmp_path / "contradiction.json"
    path.write_text(json.dumps({"polevents": 1, "records": [record, smaller]}), encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert str(path) in line
    assert "records[1]" in line


def test_timeline_json_has_paths():
    data = json.loads(run("timeline", "--json").stdout)
    assert all(item["path"].startswith(("events[", "advisories[")) for item in data["items"])
    assert all("event_path" in clash for clash in data["clashes"])


def test_a_reader_that_stops_reading_is_not_an_error():
    result = subprocess.run(
        f"'{sys.executable}' -m polevents check | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.startswith("Record checks in")
    assert "internal error" not in result.stderr
    assert "Traceback" not in result.stderr
