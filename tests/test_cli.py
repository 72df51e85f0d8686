"""The command, run as a subprocess the way users run it."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[1] / "examples" / "data"
ANSI = "\x1b["


def environment(**changes: str | None) -> dict[str, str]:
    """The test's environment without the terminal settings that change the
    output (COLUMNS, NO_COLOR), then ``changes`` (None removes a variable)."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(
    *args: str, stdin: str | bytes | None = None, **env: str | None
) -> subprocess.CompletedProcess[str]:
    if isinstance(stdin, bytes):
        result = subprocess.run(
            [sys.executable, "-m", "polevents", *args],
            input=stdin,
            capture_output=True,
            timeout=60,
            check=False,
            env=environment(**env),
        )
        return subprocess.CompletedProcess(
            result.args,
            result.returncode,
            result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace"),
        )
    return subprocess.run(
        [sys.executable, "-m", "polevents", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env=environment(**env),
    )


@pytest.fixture
def inproc(monkeypatch, capsys):
    """Run the command in this process (fast): returns (exit code, stdout, stderr).

    For what does not need a real process; pipes, encodings, terminals and
    standard input are tested with subprocesses."""

    def call(*args: str, **env: str | None) -> tuple[int, str, str]:
        for key in ("COLUMNS", "LINES", "NO_COLOR"):
            monkeypatch.delenv(key, raising=False)
        for key, value in env.items():
            if value is None:
                monkeypatch.delenv(key, raising=False)
            else:
                monkeypatch.setenv(key, value)
        from polevents.cli import main

        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return call


def shell(command: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    """Run a pipeline in bash; ``$POLEVENTS`` is the command."""
    return subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment(POLEVENTS=f"{sys.executable} -m polevents", **env),
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
    text = run("check", str(path), COLUMNS="1000")  # a long path is wrapped in 80 columns
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


# --- issue 13: pipes, encodings, --version, standard input ------------------------------


@pytest.mark.parametrize(
    "command",
    ["check --json", "check --format csv", "check", "timeline --json", "timeline", "--help"],
)
def test_a_closed_pipe_ends_quietly(command):
    result = shell(f"$POLEVENTS {command} | head -1; exit ${{PIPESTATUS[0]}}")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


def test_csv_through_head_in_80_columns():
    result = shell("$POLEVENTS check --format csv | head; exit ${PIPESTATUS[0]}", COLUMNS="80")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["outcome"] for row in rows} == {"first", "broken"}


@pytest.mark.parametrize(
    ("encoding", "command"),
    [("ascii", ("check",)), ("latin-1", ("timeline",)), ("cp1252", ("check", "--json"))],
)
def test_any_terminal_encoding(encoding, command):
    result = subprocess.run(
        [sys.executable, "-m", "polevents", *command],
        capture_output=True,
        timeout=60,
        check=False,
        env=environment(PYTHONIOENCODING=encoding),
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    result.stdout.decode(encoding)  # every byte is in the terminal's encoding
    if command == ("check",) and encoding == "ascii":
        assert b"(9.2\\xd7 to 12.4\\xd7)" in result.stdout  # "×" escaped, never an error


def test_version():
    from polevents import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"polevents {__version__}"


def test_dash_reads_the_dataset_from_standard_input(inproc):
    path = EXAMPLES / "spaces.json"
    from_file = json.loads(inproc("check", "--json", str(path))[1])
    result = run("check", "--json", "-", stdin=path.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    from_stdin = json.loads(result.stdout)
    assert from_stdin["dataset"] == "<stdin>"
    assert from_stdin["checks"] == from_file["checks"]
    timeline = run("timeline", "-", stdin=path.read_text(encoding="utf-8"))
    assert timeline.returncode == 0, timeline.stderr
    assert "<stdin>" in timeline.stdout


def test_standard_input_may_start_with_a_byte_order_mark():
    text = (EXAMPLES / "spaces.json").read_bytes()
    result = run("check", "-", stdin=b"\xef\xbb\xbf" + text)
    assert result.returncode == 0, result.stderr


def test_standard_input_in_toml():
    pytest.importorskip("tomli_w")
    from polevents import io as pio
    from polevents.datasets import twitter_space_2022

    text = pio.dumps(twitter_space_2022(), "toml")
    result = run("check", "--json", "--input-format", "toml", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert {c["outcome"] for c in json.loads(result.stdout)["checks"]} == {"first", "broken"}


def test_no_file_means_the_bundled_dataset_even_with_a_pipe_on_stdin():
    result = run("check", "--json", stdin='{"polevents": 1}')
    assert json.loads(result.stdout)["dataset"].endswith("twitter_space_2022.json")


@pytest.mark.parametrize(
    "stdin", [b"", b"\xff\xfe", b'{"polevents": 1, "events": [5]}', b"not json"]
)
def test_bad_standard_input_exits_2_with_one_line(stdin):
    result = run("check", "-", stdin=stdin)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("polevents: error:")
    assert "<stdin>" in line


# --- issue 14: the terminal ---------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [("check",), ("timeline",), ("parse", "about half a million people")]
)
def test_every_line_fits_80_columns_when_not_a_terminal(command):
    result = run(*command)
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert ANSI not in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ("check", "--policy", "literal"),
        ("check", str(EXAMPLES / "spaces.json")),
        ("check", str(EXAMPLES / "men_100m.json")),
        ("timeline", str(EXAMPLES / "rally_crowd.json")),
    ],
)
def test_every_line_fits_80_columns_in_process(inproc, command):
    code, out, err = inproc(*command)
    assert code == 0, err
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("columns", [40, 60, 100])
def test_columns_is_respected(inproc, columns):
    for command in (("check",), ("timeline",)):
        out = inproc(*command, COLUMNS=str(columns))[1]
        lengths = [len(line) for line in out.splitlines()]
        assert max(lengths) <= columns
        assert max(lengths) > columns - 10  # it uses the room it has


def test_columns_is_respected_by_the_real_command():
    lengths = [len(line) for line in run("timeline", COLUMNS="50").stdout.splitlines()]
    assert 40 < max(lengths) <= 50


def test_wrapping_keeps_every_word(inproc):
    wide = inproc("check", COLUMNS="1000")[1]
    narrow = inproc("check", COLUMNS="50")[1]
    assert max(len(line) for line in wide.splitlines()) > 150
    # Tables are re-flowed cell by cell, so compare the prose after them.
    tail = wide.split("\n\n", 3)[3]
    assert " ".join(tail.split()) in " ".join(narrow.split())


def test_machine_output_is_never_wrapped(inproc):
    out = inproc("check", "--format", "csv", COLUMNS="40")[1]
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2
    assert any(len(line) > 40 for line in out.splitlines())


def _on_a_terminal(*args: str, **env: str | None) -> str:
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "polevents", *args],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
            env=environment(TERM="xterm", COLUMNS="100", **env),
        )
        os.close(follower)
        assert result.returncode == 0, result.stderr
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed and empty
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_colour_on_a_terminal_only():
    assert ANSI in _on_a_terminal("check")
    assert ANSI not in run("check").stdout


def test_no_colour_with_no_color_set():
    assert ANSI not in _on_a_terminal("check", NO_COLOR="1")
    assert ANSI not in _on_a_terminal("timeline", NO_COLOR="1")
    assert ANSI in _on_a_terminal("check", NO_COLOR="")  # set but empty: no-color.org says ignore


def test_color_flag(inproc):
    assert ANSI in inproc("check", "--color=always")[1]
    assert ANSI in inproc("timeline", "--colour=always", NO_COLOR="1")[1]  # the flag wins
    assert ANSI not in inproc("check", "--color=always", "--format", "csv")[1]
    assert ANSI not in _on_a_terminal("check", "--color=never")


def test_check_format_json_is_the_same_as_json(inproc):
    assert inproc("check", "--format", "json")[1] == inproc("check", "--json")[1]


def test_check_format_csv_has_one_row_per_verdict(inproc):
    code, out, err = inproc("check", "--format", "csv", "--policy", "literal")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    data = json.loads(inproc("check", "--json", "--policy", "literal")[1])
    assert [(r["path"], r["outcome"]) for r in rows] == [
        (c["path"], c["outcome"]) for c in data["checks"]
    ]
    assert rows[0]["challenger_low"]


# --- --json and its schema ----------------------------------------------------------------


def _validate(command: str, data: object) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from polevents._report import output_schema

    schema = output_schema(command, closed=True)  # every key printed is in the schema
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)


# The command's own output, a few cases (tests/test_report.py validates every example in process).
@pytest.mark.parametrize(
    ("policy", "path"), [("news", None), ("literal", None), ("news", EXAMPLES / "spaces.json")]
)
def test_check_json_validates_against_the_schema(policy, path):
    result = run("check", "--json", "--policy", policy, *([str(path)] if path else []))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["version"] == 1
    _validate("check", data)


@pytest.mark.parametrize("path", [None, EXAMPLES / "rally_crowd.json"], ids=str)
def test_timeline_json_validates_against_the_schema(path):
    data = json.loads(run("timeline", "--json", *([str(path)] if path else [])).stdout)
    assert data["version"] == 1
    _validate("timeline", data)


@pytest.mark.parametrize(
    "text", ["at least 5,000 people", "around 165K listeners", "between 3 and 4 hours"]
)
def test_parse_json_validates_against_the_schema(text):
    data = json.loads(run("parse", "--json", text).stdout)
    assert data["version"] == 1
    _validate("parse", data)


def test_json_names_qualifiers_as_data_files_do(inproc, tmp_path):
    document = {
        "polevents": 1,
        "records": [
            {
                "category": {"metric": "unique_audience", "event_type": "audio_session"},
                "holder": "First",
                "value": "at least 1,000 people",
                "set_on": "2020-01-01T00:00+00:00",
            }
        ],
        "events": [
            {
                "type": "audio_session",
                "id": "s1",
                "title": "Session 1",
                "platform": "Twitter Spaces",
                "when": "2021-03-01T20:00+00:00",
                "claims": [{"metric": "unique_audience", "figure": "at least 5,000 people"}],
            }
        ],
    }
    path = tmp_path / "hedges.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = inproc("check", "--json", str(path))
    assert code == 0, err
    assert "at_least" not in out
    (check,) = json.loads(out)["checks"]
    assert check["challenger"]["qualifier"] == "at least"
    assert check["record_value"]["qualifier"] == "at least"
    assert json.loads(inproc("parse", "--json", "at least 5 people")[1])["qualifier"] == "at least"


# --- plot -------------------------------------------------------------------------------------


def test_plot_writes_the_bundled_progression(tmp_path):
    pytest.importorskip("matplotlib")
    target = tmp_path / "chart.png"
    result = run("plot", "largest Twitter Space audience", "-o", str(target))
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (800, 450)
    svg = tmp_path / "chart.svg"
    result = run("plot", str(EXAMPLES / "spaces.json"), "unique_audience", "-o", str(svg))
    assert result.returncode == 0, result.stderr
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize(
    "args",
    [
        ("plot", "no such category", "-o", "chart.png"),
        ("plot", "unique_audience", "-o", "chart.pdf"),
        ("plot", "unique_audience"),
        ("plot", "missing.json", "unique_audience", "-o", "chart.png"),
    ],
)
def test_plot_bad_input_exits_2_with_one_line(args, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "polevents", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env=environment(),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("polevents")
    assert not list(tmp_path.iterdir())


def test_plot_without_matplotlib_says_which_extra(tmp_path):
    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "from polevents.cli import main\n"
        "raise SystemExit(main(['plot', 'unique_audience', '-o', 'chart.png']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env=environment(),
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "polevents[plot]" in line


# --- the pieces, in process -------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal(monkeypatch):
    from polevents import cli
    from polevents.datasets import twitter_space_2022

    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.0)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    report = cli._check(twitter_space_2022(), cli.ReadingPolicy.NEWS)
    assert len(report.verdicts()) == 2
    written = terminal.getvalue()
    assert "\rchecking events [" in written
    assert "3/3" in written
    assert written.endswith("\r\x1b[K")  # the line is cleared at the end


def test_no_progress_line_when_quick_or_not_a_terminal(monkeypatch):
    from polevents import cli
    from polevents.datasets import twitter_space_2022

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    cli._check(twitter_space_2022(), cli.ReadingPolicy.NEWS)  # under PROGRESS_DELAY
    assert terminal.getvalue() == ""
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.0)
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    cli._check(twitter_space_2022(), cli.ReadingPolicy.NEWS)
    assert pipe.getvalue() == ""


def test_fit_reflows_a_table_and_keeps_every_word():
    from polevents import _render
    from polevents.cli import fit

    rows = [
        ("when", "what", "title"),
        ("2022-04-20 22:00 to 23:00 +05:00 (somewhere within)", "audio session", "A " * 30),
        ("2022-04-21", "rally", "PTI rally at Minar-e-Pakistan"),
    ]
    text = "\n".join(_render.table(rows))
    fitted = fit(text, 50)
    lines = fitted.splitlines()
    assert max(len(line) for line in lines) <= 50
    assert lines[1].startswith("-")
    assert set(lines[1]) <= {"-", " "}
    assert " ".join(fitted.split()).count("A") == 30
    assert "Minar-e-Pakistan" in fitted  # hyphenated words are not split
    assert fit(text, 500) == text


def test_fit_hangs_bullets_under_their_text():
    from polevents.cli import fit

    text = "    - " + "word " * 30
    lines = fit(text, 40).splitlines()
    assert lines[0].startswith("    - word")
    assert all(line.startswith("      word") for line in lines[1:])


def test_fit_never_overflows_with_a_long_word():
    from polevents.cli import fit

    assert all(len(line) <= 20 for line in fit("x" * 100 + " y", 20).splitlines())


def test_dash_with_standard_input_closed_exits_2():
    result = shell("$POLEVENTS check - <&-")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("polevents: error:")


def test_input_format_overrides_the_suffix(inproc, tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_text((EXAMPLES / "spaces.json").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = inproc("check", "--json", "--input-format", "json", str(path))
    assert code == 0, err
    assert json.loads(out)["dataset"] == str(path)


def test_interrupted_exits_130_quietly(monkeypatch, capsys):
    from polevents import cli

    def interrupted(_args):
        raise KeyboardInterrupt

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["check"].set_defaults(handler=interrupted)  # type: ignore[union-attr]
    assert cli.main(["check"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_help_and_version_return_0_in_process(capsys):
    from polevents import cli

    assert cli.main(["--version"]) == 0
    assert cli.main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--format" in out
    assert "standard input" in out
