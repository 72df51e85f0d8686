from datetime import UTC, datetime, timedelta

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polevents import (
    Advisory,
    AdvisoryKind,
    AttendanceMode,
    AudioSession,
    Certainty,
    Claim,
    Event,
    Figure,
    Metric,
    Organization,
    Party,
    Person,
    Place,
    Rally,
    ReadingPolicy,
    Source,
    Span,
    Trend,
    ValidationError,
)
from polevents import strategies as pst
from polevents.events import EVENT_TYPES, Broadcast, Election, Livestream, normalize_platform

K = "Asia/Karachi"
PAKISTAN = Place(name="Pakistan", country="PK", tz=K)
LAHORE = Place(name="Lahore", country="PK", tz=K, parent=PAKISTAN)
PARK = Place(name="Greater Iqbal Park", country="PK", tz=K, parent=LAHORE)
KARACHI = Place(name="Karachi", country="PK", tz=K, parent=PAKISTAN)
INDIA = Place(name="India", country="IN", tz="Asia/Kolkata")
PTI = Party(name="Pakistan Tehreek-e-Insaf", abbreviation="PTI", country="PK")
PTA = Organization(name="Pakistan Telecommunication Authority", abbreviation="PTA", country="PK")
DISTRICT = Organization(name="Lahore district administration", kind="administration", country="PK")
KHAN = Person(name="Imran Khan")
BLOG = Source(publisher="news blog")
TRIBUNE = Source(publisher="The Express Tribune")
ARTICLE_DAY = Span.parse("2022-04-21", tz=K)


def window(text: str) -> Span:
    return Span.parse(text, tz=K)


RALLY_DAY = Rally(
    title="PTI rally at Minar-e-Pakistan",
    when=Span.parse("21-04-2022", tz=K, dayfirst=True),
    place=PARK,
    organizer=PTI,
    speakers=(KHAN,),
)
RALLY_EVENING = Rally(
    title="PTI rally at Minar-e-Pakistan",
    when=window("April 21, 2022 6 pm to 11 pm"),
    place=PARK,
    organizer=PTI,
    speakers=(KHAN,),
)
MAINTENANCE = Advisory(
    issuer=PTA,
    kind=AdvisoryKind.SERVICE_DISRUPTION,
    issued=Span.parse("2022-04-20", tz=K),
    recommendation="power reconfiguration on a submarine cable; slower internet",
    window=window("April 21, 2022 from 2:00 p.m. to 7:00 p.m."),
    region=PAKISTAN,
)
MOVED = MAINTENANCE.rescheduled(
    window("April 21, 2022 from 2:00 a.m. to 7:00 a.m."), issued=Span.parse("2022-04-20", tz=K)
)
LETTER = Advisory(
    issuer=DISTRICT,
    kind=AdvisoryKind.SECURITY,
    issued=Span.parse("2022-04-20", tz=K),
    recommendation="address the public gathering virtually by video conference and LED display",
    about=RALLY_DAY,
    addressee=PTI,
    reason="extreme threat warnings from security agencies",
)


def test_maintenance_window_clashes_with_an_evening_rally_and_the_move_does_not():
    assert MAINTENANCE.affects(RALLY_EVENING) is Certainty.YES
    assert MOVED.affects(RALLY_EVENING) is Certainty.NO


def test_rally_known_only_to_the_day_gives_maybe():
    assert MAINTENANCE.affects(RALLY_DAY) is Certainty.MAYBE
    assert MOVED.affects(RALLY_DAY) is Certainty.MAYBE


def test_the_security_letter_is_about_the_rally():
    assert LETTER.affects(RALLY_DAY) is Certainty.YES
    assert LETTER.affects(RALLY_EVENING) is Certainty.NO  # a different event


def test_reschedule_chain():
    assert MOVED.supersedes is MAINTENANCE
    assert MOVED.history() == [MAINTENANCE, MOVED]
    again = MOVED.rescheduled(window("April 22, 2022 2 am to 7 am"), ARTICLE_DAY, id="pta-3")
    assert again.history() == [MAINTENANCE, MOVED, again]
    assert again.id == "pta-3"
    assert str(MOVED) == "service disruption advisory from PTA"


def test_region():
    in_india = Advisory(
        issuer=PTA,
        kind=AdvisoryKind.TRAVEL,
        issued=ARTICLE_DAY,
        recommendation="avoid travel",
        window=window("April 21, 2022 6 pm to 11 pm"),
        region=INDIA,
    )
    assert in_india.affects(RALLY_EVENING) is Certainty.NO
    in_karachi = attrs.evolve(in_india, region=KARACHI)
    assert in_karachi.affects(RALLY_EVENING) is Certainty.MAYBE  # same country, another city
    nowhere = attrs.evolve(in_india, region=None)
    assert nowhere.affects(RALLY_EVENING) is Certainty.YES
    unplaced = attrs.evolve(RALLY_EVENING, place=None)
    assert in_india.affects(unplaced) is Certainty.MAYBE
    no_window = attrs.evolve(in_india, window=None, region=PAKISTAN)
    assert no_window.affects(RALLY_EVENING) is Certainty.MAYBE


def space() -> AudioSession:
    return AudioSession(
        id="imran-khan-space",
        title="Imran Khan's Twitter Space",
        when=Span.parse("Wednesday night at 10 pm local time", tz=K, reference=ARTICLE_DAY),
        platform="Twitter Spaces",
        hosts=(Person(name="Arslan Khan"), Person(name="Jibran Ilyas")),
        speakers=(KHAN,),
        simulcast=("Facebook", "Instagram Live"),
        claims=(
            Claim.parse(Metric.AVERAGE_CONCURRENT, "around 165K people", BLOG),
            Claim.parse(Metric.UNIQUE_AUDIENCE, "over 446,000 people", TRIBUNE),
        ),
    )


def test_peak_is_bounded_by_average_and_unique_audience():
    figure = space().figure(Metric.PEAK_CONCURRENT)
    assert figure.bounds == (148_500, 490_600)
    steps = space().explain(Metric.PEAK_CONCURRENT)
    assert steps[0].startswith("peak concurrent audience ≥ 148,500 people because average")
    assert steps[1].startswith("peak concurrent audience ≤ 490,600 people because unique audience")
    assert steps[-1].startswith("hedges read under the NEWS policy")


def test_explain_under_literal():
    figure = space().figure(Metric.PEAK_CONCURRENT, policy=ReadingPolicy.LITERAL)
    assert figure.bounds == (148_500, None)
    assert (
        space()
        .explain(Metric.UNIQUE_AUDIENCE, policy=ReadingPolicy.LITERAL)[-1]
        .startswith("hedges read under the LITERAL policy")
    )


def test_no_figure_for_an_unreported_metric():
    assert space().figure(Metric.ATTENDANCE) is None
    assert space().explain(Metric.POSTS)[0] == "no claim gives or bounds posts"


def test_platforms_are_normalised():
    assert space().platform == "Twitter Spaces"
    assert space().simulcast == ("Facebook", "Instagram")
    assert normalize_platform("X Spaces") == normalize_platform("Twitter Spaces")
    assert normalize_platform("X") == normalize_platform("twitter") == "Twitter"
    assert normalize_platform("  Mastodon  ") == "Mastodon"


@pytest.mark.parametrize(
    "name",
    [
        "Twitter Spaces",
        "X Spaces",
        "x  space",
        "Twitter/X Spaces",
        "X / Twitter Spaces",
        "X (formerly Twitter) Spaces",
        "twitter-spaces",
        "Spaces on X",
        "Twitter Space",
    ],
)
def test_every_name_of_spaces_is_one_platform(name):
    assert normalize_platform(name) == "Twitter Spaces"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("X", "Twitter"),
        ("x.com", "Twitter"),
        ("Twitter/X", "Twitter"),
        ("YouTube Live", "YouTube"),
        ("youtube", "YouTube"),
        ("Facebook Live", "Facebook"),
        ("FB Live", "Facebook"),
        ("IG Live", "Instagram"),
        ("twitch.tv", "Twitch"),
        ("Tik Tok", "TikTok"),
        ("TikTok LIVE", "TikTok"),
        ("Periscope", "Periscope"),  # unknown names are kept as written
    ],
)
def test_platform_aliases(name, canonical):
    assert normalize_platform(name) == canonical


def test_a_category_on_a_platform_admits_its_products():
    from polevents.events import platform_fits

    assert platform_fits("X", "Twitter Spaces")
    assert platform_fits("Twitter Spaces", "X Spaces")
    assert not platform_fits("X Spaces", "Twitter")  # a trend on X is not a Space
    assert platform_fits("mastodon", "Mastodon")
    assert not platform_fits("YouTube", None)


def test_trend():
    trend = Trend(
        title="Imported Hakumat Na-Manzoor",
        when=Span.parse("April 2022", tz=K),
        hashtag="#ImportedHakumatNaManzoor",
        platform="X",
        claims=(Claim.parse(Metric.POSTS, "tweeted over 7 million times", BLOG),),
    )
    assert trend.hashtag == "ImportedHakumatNaManzoor"
    assert trend.platform == "Twitter"
    assert trend.figure(Metric.POSTS).bounds == (7_000_000, 7_700_000)


def test_a_speaker_by_video_link_makes_a_mixed_rally():
    mixed = RALLY_DAY.with_remote_speaker(KHAN)
    assert mixed.mode is AttendanceMode.MIXED
    assert mixed.remote_speakers == (KHAN,)
    assert mixed.speakers == ()


def test_event_types():
    assert (Rally.event_type, AudioSession.event_type, Trend.event_type) == (
        "rally",
        "audio_session",
        "trend",
    )
    assert str(RALLY_DAY) == "PTI rally at Minar-e-Pakistan"


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Rally(title="", when=ARTICLE_DAY), "Rally.title"),
        (lambda: Rally(title="R", when="2022-04-21"), "Rally.when"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, id="a b"), "Rally.id"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, place="Lahore"), "Rally.place"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, claims=("over 5",)), "Rally.claims[0]"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, sources=(None,)), "Rally.sources[0]"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, organizer="PTI"), "Rally.organizer"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, speakers=[KHAN]), "Rally.speakers"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, mode="mixed"), "Rally.mode"),
        (lambda: Rally(title="R", when=ARTICLE_DAY, remote_speakers=(KHAN,)), "Rally.mode"),
        (lambda: AudioSession(title="S", when=ARTICLE_DAY, platform=""), "AudioSession.platform"),
        (
            lambda: AudioSession(title="S", when=ARTICLE_DAY, platform="X", simulcast="Facebook"),
            "AudioSession.simulcast",
        ),
        (
            lambda: AudioSession(title="S", when=ARTICLE_DAY, platform="X", hosts=("Arslan",)),
            "AudioSession.hosts[0]",
        ),
        (lambda: Trend(title="T", when=ARTICLE_DAY, hashtag="#", platform="X"), "Trend.hashtag"),
        (lambda: Trend(title="T", when=ARTICLE_DAY, hashtag=None, platform="X"), "Trend.hashtag"),
        (
            lambda: Advisory(
                issuer="PTA", kind=AdvisoryKind.OTHER, issued=ARTICLE_DAY, recommendation="x"
            ),
            "Advisory.issuer",
        ),
        (
            lambda: Advisory(issuer=PTA, kind="security", issued=ARTICLE_DAY, recommendation="x"),
            "Advisory.kind",
        ),
        (
            lambda: Advisory(issuer=PTA, kind=AdvisoryKind.OTHER, issued=None, recommendation="x"),
            "Advisory.issued",
        ),
        (
            lambda: Advisory(
                issuer=PTA, kind=AdvisoryKind.OTHER, issued=ARTICLE_DAY, recommendation=""
            ),
            "Advisory.recommendation",
        ),
        (
            lambda: Advisory(
                issuer=PTA,
                kind=AdvisoryKind.OTHER,
                issued=ARTICLE_DAY,
                recommendation="x",
                window="2-7",
            ),
            "Advisory.window",
        ),
        (
            lambda: Advisory(
                issuer=PTA,
                kind=AdvisoryKind.OTHER,
                issued=ARTICLE_DAY,
                recommendation="x",
                region="PK",
            ),
            "Advisory.region",
        ),
        (
            lambda: Advisory(
                issuer=PTA,
                kind=AdvisoryKind.OTHER,
                issued=ARTICLE_DAY,
                recommendation="x",
                about="rally",
            ),
            "Advisory.about",
        ),
        (
            lambda: Advisory(
                issuer=PTA,
                kind=AdvisoryKind.OTHER,
                issued=ARTICLE_DAY,
                recommendation="x",
                addressee="PTI",
            ),
            "Advisory.addressee",
        ),
        (
            lambda: Advisory(
                issuer=PTA,
                kind=AdvisoryKind.OTHER,
                issued=ARTICLE_DAY,
                recommendation="x",
                reason="",
            ),
            "Advisory.reason",
        ),
        (
            lambda: Advisory(
                issuer=PTA,
                kind=AdvisoryKind.OTHER,
                issued=ARTICLE_DAY,
                recommendation="x",
                supersedes="old",
            ),
            "Advisory.supersedes",
        ),
        (
            lambda: Advisory(
                issuer=PTA, kind=AdvisoryKind.OTHER, issued=ARTICLE_DAY, recommendation="x", id="?"
            ),
            "Advisory.id",
        ),
        (lambda: MAINTENANCE.affects("rally"), "event"),
    ],
)
def test_validation(build, field):
    with pytest.raises(ValidationError) as info:
        build()
    assert info.value.field == field


# --- properties -------------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(pst.advisories(), pst.events(), st.data())
def test_affects_is_never_contradicted(advisory, event, data):
    """Draw a true occupied time for both and a true answer to "is it in the region"."""
    if advisory.window is None:
        time_truth = data.draw(st.booleans())
    else:
        a, b = data.draw(pst.occupied(advisory.window)), data.draw(pst.occupied(event.when))
        time_truth = a[0] < b[1] and b[0] < a[1]
    if advisory.region is None or (event.place is not None and event.place.within(advisory.region)):
        place_truth = True
    elif event.place is not None and event.place.country != advisory.region.country:
        place_truth = False
    else:
        place_truth = data.draw(st.booleans())
    truth = time_truth and place_truth
    answer = advisory.affects(event)
    if answer is Certainty.YES:
        assert truth
    elif answer is Certainty.NO:
        assert not truth


# Events and advisories are large values; generating them can be slow on a busy machine.
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(pst.events(), pst.advisories())
def test_about_decides(event, advisory):
    about = attrs.evolve(advisory, about=event)
    assert about.affects(event) is Certainty.YES


@given(pst.events())
def test_every_event_has_a_figure_or_none_for_every_metric(event: Event):
    from polevents.metrics import BUILTINS

    for metric in BUILTINS:
        figure = event.figure(metric)
        assert figure is None or metric.accepts(figure.unit)


# --- issue 12: new event types, kind, per-subject figures, counts closing at the end ------

STREAM_START = datetime(2024, 3, 1, 18, tzinfo=UTC)


def test_event_type_keys():
    assert {key: cls.__name__ for key, cls in EVENT_TYPES.items()} == {
        "event": "Event",
        "rally": "Rally",
        "audio_session": "AudioSession",
        "trend": "Trend",
        "livestream": "Livestream",
        "broadcast": "Broadcast",
        "election": "Election",
    }
    for key, cls in EVENT_TYPES.items():
        assert cls.event_type == key


def test_livestream():
    stream = Livestream(
        title="Launch stream",
        when=window("2024-03-01 18:00 to 23:00"),
        platform="twitch",
        channel="kaicenat",
        hosts=(KHAN,),
    )
    assert stream.platform == "Twitch"
    assert stream.kind is None
    assert stream.matches_type("livestream")
    with pytest.raises(ValidationError) as info:
        Livestream(title="x", when=stream.when, platform="twitch", channel="")
    assert info.value.field == "Livestream.channel"


def test_broadcast_and_its_kind():
    cnn = Organization(name="Cable News Network", abbreviation="CNN", country="US")
    debate = Broadcast(
        title="First presidential debate",
        when=window("2024-06-27"),
        networks=(cnn, "ABC"),
        speakers=(KHAN,),
        kind="debate",
    )
    assert debate.networks == (cnn, "ABC")
    assert debate.matches_type("broadcast")
    assert debate.matches_type(" Debate ")
    assert not debate.matches_type("rally")
    for bad in ("CNN", ("",), (5,)):
        with pytest.raises(ValidationError):
            Broadcast(title="x", when=debate.when, networks=bad)
    with pytest.raises(ValidationError) as info:
        Event(title="x", when=debate.when, kind="")
    assert info.value.field == "Event.kind"


def test_election_votes_per_party_through_the_claim_subject():
    election = Election(
        title="General election",
        when=window("2024-02-08"),
        office="National Assembly",
        jurisdiction=PAKISTAN,
        claims=(
            Claim(metric=Metric.ATTENDANCE, figure=Figure.exact(60_000_000, "person")),
            Claim(metric=Metric.ATTENDANCE, figure=Figure.exact(17_000_000, "person"), subject=PTI),
        ),
    )
    assert election.event_type == "election"
    assert election.figure(Metric.ATTENDANCE).bounds == (60_000_000, 60_000_000)
    assert election.figure(Metric.ATTENDANCE, subject="PTI").bounds == (17_000_000, 17_000_000)
    assert election.figure(Metric.ATTENDANCE, subject=PTI).bounds == (17_000_000, 17_000_000)
    with pytest.raises(ValidationError):
        Election(title="x", when=election.when, jurisdiction="Pakistan")


def test_counts_close_when_the_event_ends():
    when = Span(start=STREAM_START, end=STREAM_START + timedelta(hours=5))
    during = Span(
        start=STREAM_START + timedelta(hours=1), end=STREAM_START + timedelta(hours=1, minutes=1)
    )
    after = Span(start=when.end + timedelta(hours=1), end=when.end + timedelta(hours=2))
    early = Claim(metric=Metric.VIEWS, figure=Figure.exact(1_000, "view"), as_of=during)
    final = Claim(metric=Metric.VIEWS, figure=Figure.exact(5_000, "view"), as_of=after)
    stream = Livestream(title="s", when=when, platform="YouTube", claims=(early, final))
    assert stream.figure(Metric.VIEWS).bounds == (5_000, 5_000)
    steps = stream.explain(Metric.VIEWS)
    assert any("before the count closed" in step for step in steps)
    # three growing live counts of the audience at a moment bound the peak, without conflict
    live = tuple(
        Claim(
            metric=Metric.CONCURRENT,
            figure=Figure.over(value, "person", policy=ReadingPolicy.LITERAL),
            as_of=Span(
                start=STREAM_START + timedelta(hours=h),
                end=STREAM_START + timedelta(hours=h, minutes=1),
            ),
        )
        for h, value in ((1, 3_600_000), (2, 7_000_000), (3, 8_000_000))
    )
    stream = attrs.evolve(stream, claims=live)
    assert stream.figure(Metric.PEAK_CONCURRENT).bounds == (8_000_000, None)
    assert stream.derivation(Metric.CONCURRENT).reconciliation.consistent
