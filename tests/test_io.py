import json

import pytest
from hypothesis import HealthCheck, given, settings

from polevents import Certainty, Metric, Rally, ValidationError
from polevents import strategies as pst
from polevents.datasets import twitter_space_2022
from polevents.io import Dataset, LoadError, dump, dumps, json_schema, load, loads

MINIMAL = {
    "polevents": 1,
    "places": [{"id": "lahore", "name": "Lahore", "country": "PK", "tz": "Asia/Karachi"}],
    "people": [{"id": "imran-khan", "name": "Imran Khan"}],
    "events": [
        {
            "type": "rally",
            "id": "jalsa",
            "title": "Lahore jalsa",
            "when": "21-04-2022",
            "place": "lahore",
            "speakers": ["imran-khan"],
            "claims": [{"metric": "attendance", "figure": "tens of thousands of people"}],
        }
    ],
}


def load_dict(document):
    return loads(json.dumps(document))


def problems(document):
    with pytest.raises(LoadError) as info:
        load_dict(document)
    return {p.path: p for p in info.value.errors}


def test_minimal_document():
    dataset = load_dict(MINIMAL)
    (rally,) = dataset.events
    assert isinstance(rally, Rally)
    assert rally.place is dataset.places[0]
    assert rally.speakers == dataset.people
    assert rally.figure(Metric.ATTENDANCE).bounds == (20_000, 100_000)
    assert rally.when.start.utcoffset().total_seconds() == 5 * 3600  # the place's zone


def test_missing_lists_are_empty():
    assert loads('{"polevents": 1}') == Dataset()


@given(pst.datasets())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_round_trip_generated_datasets(dataset):
    assert loads(dumps(dataset)) == dataset


@given(pst.datasets())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=30)
def test_round_trip_toml_and_yaml(dataset):
    assert loads(dumps(dataset, "toml"), "toml") == dataset
    assert loads(dumps(dataset, "yaml"), "yaml") == dataset


def test_bundled_dataset_round_trips(tmp_path):
    case = twitter_space_2022()
    for suffix in ("json", "toml", "yaml"):
        path = tmp_path / f"case.{suffix}"
        dump(case, path)
        assert load(path) == case


def test_dump_writes_explicit_figures_and_keeps_text():
    document = json.loads(dumps(load_dict(MINIMAL)))
    figure = document["events"][0]["claims"][0]["figure"]
    assert figure["low"] == 20_000
    assert figure["text"] == "tens of thousands of people"
    assert document["events"][0]["place"] == "lahore"  # referenced by id, written once
    assert document["events"][0]["when"]["text"] == "21-04-2022"


def test_inline_objects_and_explicit_forms():
    document = {
        "polevents": 1,
        "events": [
            {
                "type": "audio_session",
                "title": "A Space",
                "when": {"start": "2022-04-20T22:00:00+05:00", "end": "2022-04-20T23:00:00+05:00"},
                "platform": "X Spaces",
                "hosts": [{"name": "Jibran Ilyas"}],
                "claims": [
                    {
                        "metric": "unique_audience",
                        "figure": {"low": 446000, "high_inclusive": False, "low_inclusive": False},
                        "source": {"publisher": "The Express Tribune"},
                    }
                ],
            }
        ],
    }
    (space,) = load_dict(document).events
    assert space.platform == "Twitter Spaces"
    assert space.when.exact
    assert space.claims[0].figure.bounds == (446_000, None)


def test_weekday_is_read_from_the_source_date():
    document = {
        "polevents": 1,
        "tz": "Asia/Karachi",
        "sources": [
            {"id": "tribune", "publisher": "The Express Tribune", "published": "2022-04-21"}
        ],
        "events": [
            {
                "type": "audio_session",
                "title": "Space",
                "when": "Wednesday night at 10 pm local time",
                "platform": "Twitter Spaces",
                "sources": ["tribune"],
            }
        ],
    }
    (space,) = load_dict(document).events
    assert space.when.start.isoformat() == "2022-04-20T22:00:00+05:00"


# --- every error path, each with its path, all at once ------------------------------------


def test_five_mistakes_are_all_reported():
    document = json.loads(json.dumps(MINIMAL))
    document["places"][0]["country"] = "XX"  # 1: bad country code
    document["events"][0]["speakers"] = ["imran-khan", "imran-khn"]  # 2: dangling id
    document["events"][0]["colour"] = "green"  # 3: unknown key
    document["events"][0]["claims"][0]["figure"] = "a great many people"  # 4: bad figure text
    document["people"].append({"id": "imran-khan", "name": "Someone else"})  # 5: duplicate id
    found = problems(document)
    assert set(found) == {
        "places[0].country",
        "events[0].speakers[1]",
        "events[0].colour",
        "events[0].claims[0].figure",
        "people[1]",
    }
    assert found["events[0].speakers[1]"].message == "unknown person id 'imran-khn'"
    assert found["events[0].speakers[1]"].value == "imran-khn"
    assert found["places[0].country"].value == "XX"
    assert found["events[0].colour"].value == "colour"
    assert found["events[0].claims[0].figure"].value == "a great many people"


@pytest.mark.parametrize(
    ("change", "path", "match"),
    [
        (lambda d: d.update(polevents=2), "polevents", "understands (1,)"),
        (lambda d: d.pop("polevents"), "polevents", "version"),
        (lambda d: d.update(extra=[]), "extra", "unknown key"),
        (lambda d: d.update(events={}), "events", "expected a list"),
        (lambda d: d.update(tz="Mars/Base"), "tz", "IANA"),
        (lambda d: d.update(tz=5), "tz", "IANA"),
        (lambda d: d.update(dayfirst="yes"), "dayfirst", "true or false"),
        (lambda d: d["events"][0].update(type="parade"), "events[0]", "'type'"),
        (lambda d: d["events"][0].update(title=5), "events[0].title", "a string"),
        (lambda d: d["events"][0].update(title=""), "events[0].title", "non-empty"),
        (lambda d: d["events"][0].update(when="someday"), "events[0].when", "cannot read the date"),
        (lambda d: d["events"][0].update(when=5), "events[0].when", "date as text"),
        (lambda d: d["events"][0].update(when={"start": "2022-04-21"}), "events[0].when", "'end'"),
        (
            lambda d: d["events"][0].update(when={"start": "2022-04-21", "end": "2022-04-22"}),
            "events[0].when",
            "offset",
        ),
        (lambda d: d["events"][0].update(mode="hybrid"), "events[0].mode", "one of"),
        (lambda d: d["events"][0].update(speakers="imran-khan"), "events[0].speakers", "a list"),
        (lambda d: d["events"][0].update(place="lahor"), "events[0].place", "unknown place id"),
        (
            lambda d: d["events"][0]["claims"][0].update(metric="crowd"),
            "events[0].claims[0].metric",
            "unknown metric",
        ),
        (
            lambda d: d["events"][0]["claims"][0].update(rank="top"),
            "events[0].claims[0].rank",
            "one of",
        ),
        (
            lambda d: d["events"][0]["claims"][0].update(figure="7 million tweets"),
            "events[0].claims[0].figure",
            "counts",
        ),
        (lambda d: d["places"][0].update(tz="Asia/Lahore"), "places[0].tz", "IANA"),
        (lambda d: d["places"][0].update(parent="punjab"), "places[0].parent", "unknown place id"),
        (lambda d: d["people"][0].pop("name"), "people[0].name", "missing required key"),
    ],
)
def test_error_paths(change, path, match):
    document = json.loads(json.dumps(MINIMAL))
    change(document)
    found = problems(document)
    assert path in found, found
    assert match in found[path].message


def test_malformed_text():
    with pytest.raises(LoadError, match="not valid JSON"):
        loads('{"polevents": 1,')
    with pytest.raises(LoadError, match="not valid TOML"):
        loads("polevents = ", "toml")
    with pytest.raises(LoadError, match="not valid YAML"):
        loads("polevents: [1", "yaml")
    with pytest.raises(LoadError, match="unknown format"):
        loads("{}", "xml")
    with pytest.raises(LoadError, match="document object"):
        loads("[1, 2]")
    with pytest.raises(LoadError, match="as a string"):
        loads(b"{}")  # type: ignore[arg-type]


def test_files(tmp_path):
    with pytest.raises(LoadError, match="cannot read the file"):
        load(tmp_path / "missing.json")
    with pytest.raises(LoadError, match=r"\.json, \.toml or \.yaml"):
        load(tmp_path / "data.csv")
    with pytest.raises(ValidationError):
        dump(Dataset(), tmp_path / "data.csv")
    with pytest.raises(ValidationError):
        dumps(Dataset(), "xml")
    with pytest.raises(ValidationError):
        dumps("not a dataset")  # type: ignore[arg-type]


def test_load_error_is_a_validation_error_with_every_problem():
    with pytest.raises(ValidationError) as info:
        loads('{"polevents": 1, "places": [{"name": ""}, {"name": "X"}]}', source="mine.json")
    err = info.value
    assert isinstance(err, LoadError)
    assert str(err).startswith("mine.json: places[0]")
    assert "more problem" in str(err)
    assert len(err.report().splitlines()) == len(err.errors)
    assert all(p.path for p in err.errors)


def test_dataset_refuses_duplicate_ids():
    from polevents import Person

    with pytest.raises(ValidationError, match="used only once"):
        Dataset(people=(Person(name="A", id="a"), Person(name="B", id="a")))
    dataset = Dataset(people=(Person(name="A", id="a"),))
    assert dataset.by_id("a").name == "A"
    with pytest.raises(ValidationError):
        dataset.by_id("b")


def test_json_schema():
    schema = json_schema()
    assert schema["properties"]["polevents"] == {"const": 1}
    assert set(schema["$defs"]) >= {
        "Source",
        "Person",
        "Place",
        "Rally",
        "AudioSession",
        "Trend",
        "Advisory",
        "Record",
        "Figure",
        "Span",
    }
    assert schema["$defs"]["Rally"]["properties"]["type"] == {"const": "rally"}
    assert schema["$defs"]["Place"]["additionalProperties"] is False
    json.dumps(schema)  # serialisable


def test_json_schema_accepts_the_bundled_document():
    jsonschema = pytest.importorskip("jsonschema")
    document = json.loads(dumps(twitter_space_2022()))
    jsonschema.validate(document, json_schema())


def test_the_bundled_case():
    case = twitter_space_2022()
    space, rally, _trend = case.events
    assert space.figure(Metric.UNIQUE_AUDIENCE).bounds == (446_000, 490_600)
    assert space.figure(Metric.AVERAGE_CONCURRENT).bounds == (165_000, 165_000)
    letter, planned, moved = case.advisories
    assert letter.affects(rally) is Certainty.YES
    assert moved.supersedes is planned
    assert all(c.source is not None and c.quote for e in case.events for c in e.claims)
    khan = case.by_id("imran-khan")
    assert khan.formerly("Prime Minister", on=space.when) is Certainty.YES
