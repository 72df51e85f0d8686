"""Reference pages generated from the code at build time, so they cannot drift.

A page asks for generated text with a marker on a line of its own::

    <!-- polevents:command -->               the command, from polevents.cli's parser
    <!-- polevents:data-format -->           the data format, from polevents.io.json_schema()
    <!-- polevents:reason-steps -->          the steps a verdict's reasons are made of
    <!-- polevents:json-example parse -->    real output of `polevents parse --json ...`
    <!-- polevents:output-schema check -->   the JSON Schema of `polevents check --json`
    <!-- polevents:root-names MODULE ... -->  the names of MODULE the package root exports

Markers are HTML comments, so the page still reads (and doctests) without
this extension; on ``source-read`` each is replaced by Markdown that MyST
then reads like the rest of the page. Pages holding markers are rebuilt on
every build, since the code they describe may change without them.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

MARKER = re.compile(r"^<!-- polevents:(?P<name>[a-z-]+)(?: (?P<arg>[^>]*?))? -->$", re.MULTILINE)

# Pages whose text depends on the code: rebuilt every time.
_GENERATED: set[str] = set()


# --- small Markdown helpers ---------------------------------------------------------------


def _cell(text: object) -> str:
    """Text for one table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _code(text: str, language: str = "text") -> str:
    fence = "````" if "```" in text else "```"
    return f"{fence}{language}\n{text.rstrip()}\n{fence}"


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    # argparse wraps its usage to the terminal's width; pages want a fixed one.
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


# --- the command --------------------------------------------------------------------------


# Meanings for arguments the parser gives no help for.
_ARGUMENTS = {
    "policy": "how hedges are read: `news` keeps a hedge close to the stated value, "
    "`literal` keeps only what the words say (see {doc}`../howto/choose-a-reading-policy`)",
}


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            return [(name, helps.get(name, ""), sub) for name, sub in action.choices.items()]
    return []


def _argument_rows(parser: argparse.ArgumentParser) -> list[list[str]]:
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue
        if action.option_strings:
            names = ", ".join(f"`{o}`" for o in action.option_strings)
            if action.nargs != 0 and action.choices is None:
                metavar = action.metavar or action.dest.upper()
                names += f" `{metavar}`"
        else:
            names = f"`{action.metavar or action.dest.upper()}`"
            if action.nargs in ("?", "*"):
                names += " (optional)"
        notes = ["required"] if action.required and action.option_strings else []
        if action.choices is not None:
            notes.append("one of " + ", ".join(f"`{c}`" for c in action.choices))
        if action.default not in (None, False, argparse.SUPPRESS) and action.nargs != 0:
            notes.append(f"default `{action.default}`")
        meaning = action.help or _ARGUMENTS.get(action.dest, "")
        rows.append([names, meaning, "; ".join(notes)])
    return rows


def command_reference(_arg: str | None) -> str:
    """Every subcommand of ``polevents``: what it does, its usage and its arguments."""
    from polevents import cli

    parser = cli.build_parser()
    parts = []
    with _columns(88):
        parts.append(_code(parser.format_usage().strip()))
        options = _argument_rows(parser)
        if options:
            parts.append(
                "Options before the subcommand (and `-h`, `--help` everywhere):\n\n"
                + _table(["argument", "meaning", "values"], options)
            )
        for name, help_text, sub in _subcommands(parser):
            parts.append(f"(command-{name})=\n## `polevents {name}`")
            if help_text:
                parts.append(help_text[0].upper() + help_text[1:] + ".")
            parts.append(_code(sub.format_usage().strip()))
            rows = _argument_rows(sub)
            if rows:
                parts.append(_table(["argument", "meaning", "values"], rows))
    return "\n\n".join(parts)


# --- the data format ----------------------------------------------------------------------

# Where each object of the schema comes from, for the meaning of its keys.
_CLASSES = {
    "Source": "polevents.sources.Source",
    "Claim": "polevents.sources.Claim",
    "Place": "polevents.places.Place",
    "Person": "polevents.actors.Person",
    "Role": "polevents.actors.Role",
    "Party": "polevents.actors.Party",
    "Organization": "polevents.actors.Organization",
    "MetricDeclaration": "polevents.metrics.Metric",
    "Inequality": "polevents.metrics.Inequality",
    "GenericEvent": "polevents.events.Event",
    "Rally": "polevents.events.Rally",
    "AudioSession": "polevents.events.AudioSession",
    "Trend": "polevents.events.Trend",
    "Livestream": "polevents.events.Livestream",
    "Broadcast": "polevents.events.Broadcast",
    "Election": "polevents.events.Election",
    "Advisory": "polevents.events.Advisory",
    "Record": "polevents.records.Record",
    "RecordCategory": "polevents.records.RecordCategory",
    "Figure": "polevents.figures.Figure",
    "Span": "polevents.timeline.Span",
}

# The order objects are listed in; any the schema adds later follow these.
_ORDER = [
    "Figure", "Span", "Source", "Claim", "Place", "Person", "Role", "Party", "Organization",
    "Actor", "Event", "GenericEvent", "Rally", "AudioSession", "Trend", "Livestream",
    "Broadcast", "Election", "Advisory", "Record", "RecordCategory", "MetricDeclaration",
    "Inequality",
]  # fmt: skip

# Meanings for keys whose class docstring does not describe them.
_KEYS = {
    "type": "which kind of object this is",
    "id": "an id other objects refer to it by (letters, digits and `. _ : -`), unique in the file",
    "title": "what it is called",
    "name": "the name",
    "when": "when it happened",
    "place": "where it happened",
    "claims": "what the reports say about it, one claim per figure",
    "sources": "the reports it is known from",
    "kind": 'a free label ("debate", "jalsa") that a record category\'s `event_type` can name',
    "platform": 'the platform ("Twitter Spaces", "Twitch"); "X" is read as Twitter',
    "hosts": "who hosted it",
    "speakers": "who spoke",
    "simulcast": "other platforms it was streamed on",
    "organizer": "who organised it",
    "mode": "in person, online or both",
    "remote_speakers": "speakers who appeared by video link",
    "hashtag": "the hashtag, with or without `#`",
    "channel": "the channel or account that streamed it",
    "networks": "the broadcasters",
    "direction": "the way text dates without a year, or with only a weekday, look from the "
    "dated source: `back` (news), `forward` (notices) or `nearest`",
    "lang": "the language its text figures and dates are written in (`en`, `es`, `pt`, `fr`, "
    "`de`, `it`)",
    "aliases": "other names",
    "roles": "the posts held, with their dates",
    "abbreviation": 'the short name ("PTI")',
    "country": 'ISO 3166-1 alpha-2 code ("PK")',
    "publisher": "who published it",
    "url": "the address of the article (http or https)",
    "published": "when it was published; text dates in the objects it is a source of are "
    "read relative to it",
    "author": "who wrote it",
    "organization": "where the post was held",
    "start": "when it began",
    "end": "when it ended",
    "key": "the name files use for it (lower case, digits and `_`)",
    "label": "the name sentences use for it",
    "unit": "the unit its figures are in (`person`, `post`, `view`, `vote`, `percent`, a time "
    "unit, or `money` for any currency)",
    "smaller": "the metric that can never exceed the other, for one event",
    "larger": "the metric that is never below the other",
    "low": "the lower bound, in `unit` (none: unbounded below)",
    "high": "the upper bound, in `unit` (none: unbounded above)",
    "low_inclusive": "whether the lower bound itself is possible",
    "high_inclusive": "whether the upper bound itself is possible",
    "qualifier": "the hedge the text used",
    "nominal": "the value as stated",
    "step": 'the place value of the last digit stated ("165,000": 1000), for a plain figure',
    "text": "the text it was read from, kept for provenance",
    "policy": "the reading policy that gave the bounds (`news`, `literal`)",
    "exact": "true if it fills the whole span, false if it happened somewhere inside it",
    "precision": "how finely the time was given",
    "metric": "a metric key: a built-in one or one the document declares in `metrics`",
    "figure": 'the figure, as text ("over 446,000 people") or as explicit bounds',
    "source": "the report that published it",
    "quote": "the source's words as published",
    "rank": "`normal` (the default), `preferred` or `deprecated`: deprecated claims are left "
    "out when reconciling, and if any claim is preferred only the preferred ones count",
    "as_of": "when the count was taken; before the count closed, a running count is a lower bound",
    "attributed_to": 'who made the estimate (the police, the party): a name, `{"ref": id}` '
    "or an inline actor",
    "subject": "whom the figure is about within the event (a candidate, a party)",
    "category": "what the record is for",
    "holder": 'who holds it: a name, `{"ref": id}` or an inline actor',
    "value": "the figure it stands at; may be left out when it has claims",
    "set_on": "when it was set",
    "event_id": "the id of the event that set it",
    "status": "how official it is",
    "claimed": "the value the holder claimed, when it differs from the ratified one",
    "ratified": "the value a governing body ratified",
    "scope": "where it holds: `global`, a country, …",
    "event_type": "an event type (`rally`, `audio_session`, …), or a free label matching an "
    "event's `kind`; none for any event",
    "resolution": "the step values are judged at: a number in the metric's unit, or text such "
    "as `0.01 s`",
}

# Keys that mean something else in one object than in the rest.
_OVERRIDES = {
    ("Organization", "kind"): 'what kind of body it is ("regulator", "broadcaster")',
    ("Advisory", "kind"): "what it is about",
    ("MetricDeclaration", "kind"): "what a count taken before the end means: `cumulative` "
    "(only grows), `peak`, `instant` (one moment), `average` or `fixed` (the default)",
    ("MetricDeclaration", "direction"): "whether a higher or a lower figure is better "
    "(`higher` by default)",
    ("RecordCategory", "direction"): "whether a higher or a lower figure is better (the "
    "metric's own by default)",
    ("RecordCategory", "platform"): 'the platform it is on ("Twitter Spaces"); none for any',
    ("RecordCategory", "title"): "a readable name; one is made up from the rest when absent",
    ("Role", "title"): 'the post ("Prime Minister")',
    ("Source", "title"): "the article's headline",
    ("Figure", "unit"): "the unit (`person`, `post`, `view`, `vote`, `percent`, a time unit, "
    "or a currency code such as `USD`)",
    ("Figure", "lang"): "the language `text` is written in",
}

_TOP = {
    "polevents": "the format version",
    "tz": "the IANA time zone of text dates whose object has no place",
    "dayfirst": "whether numeric dates such as 04-05-2022 put the day first",
    "direction": _KEYS["direction"],
    "lang": _KEYS["lang"],
    "metrics": "metrics of the document's own, beyond the built-in ones",
    "inequalities": "inequalities between metrics, beyond the built-in ones",
}

_SECTION = re.compile(r"^(Args|Arguments|Attributes|Parameters):\s*$")


def _docstring_keys(path: str) -> dict[str, str]:
    """``name: meaning`` from a class docstring's Args or Attributes section."""
    module_name, _, name = path.rpartition(".")
    try:
        module = __import__(module_name, fromlist=[name])
        doc = inspect.getdoc(getattr(module, name)) or ""
    except (ImportError, AttributeError):
        return {}
    found: dict[str, str] = {}
    inside, current = False, None
    for line in doc.splitlines():
        if _SECTION.match(line):
            inside, current = True, None
            continue
        if not inside:
            continue
        if not line.strip():
            continue
        if not line[0].isspace():  # the next section, or prose after the last one
            inside, current = False, None
            continue
        entry = re.match(r"^ {4}(\w+)(?: \([^)]*\))?: ?(.*)$", line)
        if entry:
            current = entry.group(1)
            found[current] = entry.group(2).strip()
        elif current is not None:
            found[current] += " " + line.strip()
    return found


def _anchor(name: str) -> str:
    return "format-" + re.sub(r"[^a-z0-9]+", "-", name.lower())


def _link(name: str) -> str:
    label = {"GenericEvent": "generic event", "MetricDeclaration": "metric"}.get(name, name)
    return f"{{ref}}`{label} <{_anchor(name)}>`"


def _describe(schema: dict[str, Any], *, inner: bool = False) -> str:
    """A schema in words, with links to the objects it names.

    ``null`` is left out: an optional key may always be left out or be null.
    A description is kept only where it tells alternatives apart (``inner``);
    the table's meaning column says what the key is for.
    """
    if "$ref" in schema:
        return _link(schema["$ref"].rsplit("/", 1)[-1])
    if "const" in schema:
        return f"`{json.dumps(schema['const'])}`"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{json.dumps(v)}`" for v in schema["enum"])
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            options = [o for o in schema[keyword] if o != {"type": "null"}]
            nested = len(options) > 1 or inner
            words: list[str] = []
            for option in options:
                said = _describe(option, inner=nested)
                if said not in words:
                    words.append(said)
            return " or ".join(words)
    kind = schema.get("type")
    if kind == "array":
        return "a list of " + _describe(schema.get("items", {}), inner=True)
    if kind == "object":
        if set(schema.get("properties", {})) == {"ref"}:
            return '`{"ref": id}`'
        keys = ", ".join(f"`{k}`" for k in schema.get("properties", {}))
        return f"an object ({keys})" if keys else "an object"
    words_for = {
        "string": "text",
        "number": "a number",
        "integer": "a whole number",
        "boolean": "true or false",
    }
    said = words_for.get(kind or "", "anything")
    if schema.get("format") == "date-time":
        said = "an ISO 8601 date-time with its offset"
    elif "pattern" in schema and "examples" in schema:
        said = "a key"
    if inner and schema.get("description"):
        said += f" ({schema['description']})"
    return said


_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")


def _plain_doc(text: str) -> str:
    """A docstring's description, as a file's reader needs it."""
    text = _ROLE.sub(r"`\1`", text).replace("``", "`")
    text = re.sub(r"\bNone\b", "null", text)
    return text[:1].lower() + text[1:].rstrip(".") if text else text


def _object_section(name: str, schema: dict[str, Any], defs: dict[str, Any]) -> str:
    title = {"GenericEvent": "event (generic)", "MetricDeclaration": "metric"}.get(name, name)
    parts = [f"({_anchor(name)})=\n### {title}"]
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            parts.append(_choice(name, schema[keyword]))
            return "\n\n".join(parts)
    documented = _docstring_keys(_CLASSES[name]) if name in _CLASSES else {}
    meanings = {k: _plain_doc(v) for k, v in documented.items()}
    meanings.update(_KEYS)
    meanings.update({key: text for (cls, key), text in _OVERRIDES.items() if cls == name})
    required = set(schema.get("required", ()))
    rows = []
    for key, sub in schema.get("properties", {}).items():
        rows.append(
            [f"`{key}`", "yes" if key in required else "", _describe(sub), meanings.get(key, "")]
        )
    parts.append(_table(["key", "required", "value", "meaning"], rows))
    if schema.get("additionalProperties") is False:
        parts.append("Any other key is an error.")
    return "\n\n".join(parts)


def _choice(name: str, options: list[dict[str, Any]]) -> str:
    if name == "Actor":
        return (
            "An actor written inline, where a person, a party or an organisation is "
            'expected: the object\'s own keys plus `"type"`: '
            + ", ".join(f'`"{t}"` ({_link(t.capitalize())})' for t in ("person", "party"))
            + f' or `"organization"` ({_link("Organization")}).'
        )
    said = [_describe(o) for o in options]
    return "One of: " + ", ".join(said) + ', told apart by its `"type"`.'


def data_format(_arg: str | None) -> str:
    """The document's keys, then every object with its keys, from ``json_schema()``."""
    from polevents.io import json_schema

    schema = json_schema()
    defs: dict[str, Any] = schema.get("$defs", {})
    required = set(schema.get("required", ()))
    rows = [
        [
            f"`{key}`",
            "yes" if key in required else "",
            _describe(sub),
            _TOP.get(
                key, f"every one of the document's {key}, written once; others refer to it by id"
            ),
        ]
        for key, sub in schema.get("properties", {}).items()
    ]
    parts = [
        "(format-document)=\n## The document",
        _table(["key", "required", "value", "meaning"], rows),
        "Any other key is an error. Missing lists are empty.",
        "## Objects",
    ]
    # The bodies of inline actors repeat Person, Party and Organization.
    names = [n for n in _ORDER if n in defs]
    names += [n for n in defs if n not in names and not n.endswith("Body")]
    parts += [_object_section(n, defs[n], defs) for n in names]
    return "\n\n".join(parts)


# --- reasons ------------------------------------------------------------------------------


def reason_steps(_arg: str | None) -> str:
    """Every kind of step a reason can be, from the Step classes."""
    import attrs

    from polevents import records, sources

    rows = []
    for module in (sources, records):
        for name in module.__all__:
            cls = getattr(module, name)
            if not (isinstance(cls, type) and issubclass(cls, sources.Step)):
                continue
            if cls is sources.Step or not attrs.has(cls):
                continue
            summary = (inspect.getdoc(cls) or "").split("\n\n")[0]
            fields = ", ".join(f"`{f.name}`" for f in attrs.fields(cls))
            rows.append([f"`{name}`", summary, fields])
    return _table(["step", "what it says", "data keys"], rows)


# --- outputs ------------------------------------------------------------------------------


def _run(*argv: str) -> str:
    from polevents import cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out), _columns(88):
        code = cli.main(list(argv))
    if code != 0:
        raise RuntimeError(f"polevents {' '.join(argv)} exited with {code}")
    return out.getvalue()


def json_example(arg: str | None) -> str:
    """Real output of ``polevents parse|check|timeline --json`` on the bundled data."""
    if arg == "parse":
        return (
            _code("$ polevents parse --json 'over 446,000 people'", "console")
            + "\n\n"
            + _code(_run("parse", "--json", "over 446,000 people"), "json")
        )
    if arg == "check":
        payload = json.loads(_run("check", "--json"))
        # One verdict whole, with two of its reasons: the rest are alike.
        checks = payload.get("checks", [])
        wanted = next((c for c in checks if c.get("outcome") == "broken"), checks[:1] or [{}])
        if isinstance(wanted, list):
            wanted = wanted[0]
        wanted = dict(wanted)
        if isinstance(wanted.get("reasons"), list):
            wanted["reasons"] = wanted["reasons"][:2]
        payload["checks"] = [wanted]
        text = json.dumps(payload, indent=2, ensure_ascii=False)
        return (
            _code("$ polevents check --json", "console")
            + "\n\nshortened to one verdict and two of its reasons:\n\n"
            + _code(text, "json")
        )
    if arg == "timeline":
        payload = json.loads(_run("timeline", "--json"))
        payload["items"] = payload.get("items", [])[:2]
        payload["clashes"] = payload.get("clashes", [])[:2]
        text = json.dumps(payload, indent=2, ensure_ascii=False)
        return (
            _code("$ polevents timeline --json", "console")
            + "\n\nshortened to two items and two clashes:\n\n"
            + _code(text, "json")
        )
    raise ValueError(f"json-example: unknown output {arg!r} (parse, check or timeline)")


def output_schema(arg: str | None) -> str:
    """The JSON Schema of ``polevents ARG --json``, as the code declares it."""
    from polevents import _report
    from polevents import io as pio

    schema_of = getattr(pio, "output_schema", None) or getattr(_report, "output_schema", None)
    if schema_of is None:  # an older polevents: nothing to show
        return ""
    return _code(json.dumps(schema_of(arg or ""), indent=2, ensure_ascii=False), "json")


def root_names(arg: str | None) -> str:
    """Which of the named modules' public names the package root exports."""
    import importlib

    import polevents

    root = set(polevents.__all__)
    names: list[str] = []
    for module_name in (arg or "").split():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            if name in root and name not in names:
                names.append(name)
    if not names:
        return ""
    listed = ", ".join(f"`{n}`" for n in names)
    return f"Importable from the package root (`from polevents import ...`): {listed}."


GENERATORS: dict[str, Callable[[str | None], str]] = {
    "command": command_reference,
    "data-format": data_format,
    "reason-steps": reason_steps,
    "json-example": json_example,
    "output-schema": output_schema,
    "root-names": root_names,
}


# --- Sphinx glue --------------------------------------------------------------------------


def expand(text: str) -> str:
    """The page's text with every marker replaced by what it asks for."""

    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        if name not in GENERATORS:
            raise ValueError(f"unknown marker polevents:{name}")
        return GENERATORS[name](match.group("arg"))

    return MARKER.sub(replace, text)


def _source_read(app: Any, docname: str, source: list[str]) -> None:
    if MARKER.search(source[0]):
        _GENERATED.add(docname)
        source[0] = expand(source[0])


def _outdated(
    app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    # A page with markers is read again on every build: the code may have changed.
    pages = set(_GENERATED)
    for docname in env.found_docs - removed:
        path = Path(env.doc2path(docname))
        if path.suffix == ".md" and MARKER.search(path.read_text(encoding="utf-8")):
            pages.add(docname)
    return sorted(pages)


def setup(app: Any) -> dict[str, Any]:
    app.connect("source-read", _source_read)
    app.connect("env-get-outdated", _outdated)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
