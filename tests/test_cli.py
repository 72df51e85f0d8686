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
    assert "BROKEN" in result.stdout
    assert "broke the record held by K-POP Lyrical (39,600 to 48,400 people" in result.stdout
    assert "397,600 to 451,000 people (9.2× to 12.4×)" in result.stdout
    assert "FIRST" in result.stdout


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
    assert "more problem" in line


@pytest.mark.parametrize("args", [("check", "missing.json"), ("timeline", "data.csv")])
def test_unreadable_files_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
