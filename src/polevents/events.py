"""Events — rallies, live audio sessions, hashtag trends, video streams,
broadcasts, elections — and the advisories that may affect them.

Every event has a title, a time span, an optional place, and the claims the
reports make about it. ``event.figure(metric)`` reconciles those claims and
tightens the result with what other metrics imply; ``event.explain(metric)``
says how, in words.

>>> from polevents import AudioSession, Claim, Metric, Span
>>> space = AudioSession(
...     title="Imran Khan on Twitter Spaces",
...     when=Span.parse("2022-04-20T22:00+05:00"),
...     platform="X Spaces",
...     claims=(
...         Claim.parse(Metric.AVERAGE_CONCURRENT, "around 165K people"),
...         Claim.parse(Metric.UNIQUE_AUDIENCE, "over 446,000 people"),
...     ),
... )
>>> space.platform
'Twitter Spaces'
>>> print(space.figure(Metric.PEAK_CONCURRENT))
148,500 to 490,600 person

Every event class has a type key (``Rally.event_type == "rally"``) that data
files and record categories use, and every event may carry a free ``kind``
label ("debate", "jalsa") that a category's ``event_type`` can match too.
"""

from __future__ import annotations

import enum
import re
from typing import Any, ClassVar, NoReturn

import attrs

from polevents import _validators as v
from polevents.actors import Organization, Party, Person
from polevents.certainty import Certainty
from polevents.errors import ValidationError
from polevents.figures import Figure, ReadingPolicy
from polevents.metrics import Metric, MetricRegistry
from polevents.places import Place
from polevents.sources import (
    Claim,
    Derivation,
    PolicyUsed,
    Source,
    derive,
    reading_policy,
)
from polevents.timeline import Span

__all__ = [
    "EVENT_TYPES",
    "MAX_SUPERSEDED",
    "PLATFORM_ALIASES",
    "PLATFORM_PARENTS",
    "Actor",
    "Advisory",
    "AdvisoryKind",
    "AttendanceMode",
    "AudioSession",
    "Broadcast",
    "Election",
    "Event",
    "Livestream",
    "Rally",
    "Trend",
    "normalize_platform",
    "platform_fits",
    "platform_key",
]

Actor = Person | Party | Organization

#: Names that mean the same platform. Keys are folded (lower case, no
#: accents, single spaces; see :func:`platform_key` for the rest of the
#: folding); values are the names polevents uses. Twitter was renamed X in
#: 2023; the events this library was built for happened on "Twitter", so that
#: is the name kept, and "X" reads as it ("X Spaces" is "Twitter Spaces").
#: A video platform's live product is the platform ("YouTube Live" is
#: "YouTube"); Twitter's audio rooms are a product of their own, "Twitter
#: Spaces", since records are kept for them apart. Extend it for your own
#: (``PLATFORM_ALIASES["mastodon social"] = "Mastodon"``).
PLATFORM_ALIASES: dict[str, str] = {
    "twitter": "Twitter",
    "x": "Twitter",
    "twitter x": "Twitter",
    "x twitter": "Twitter",
    "twitter spaces": "Twitter Spaces",
    "twitter space": "Twitter Spaces",
    "x spaces": "Twitter Spaces",
    "x space": "Twitter Spaces",
    "twitter x spaces": "Twitter Spaces",
    "x twitter spaces": "Twitter Spaces",
    "spaces": "Twitter Spaces",
    "spaces on twitter": "Twitter Spaces",
    "spaces on x": "Twitter Spaces",
    "facebook": "Facebook",
    "fb": "Facebook",
    "instagram": "Instagram",
    "ig": "Instagram",
    "insta": "Instagram",
    "youtube": "YouTube",
    "yt": "YouTube",
    "twitch": "Twitch",
    "kick": "Kick",
    "tiktok": "TikTok",
    "tik tok": "TikTok",
    "clubhouse": "Clubhouse",
}

#: Platforms that are a product of another: a record category on the
#: larger platform ("Twitter") admits events on the product ("Twitter
#: Spaces"), never the other way round.
PLATFORM_PARENTS: dict[str, str] = {"Twitter Spaces": "Twitter"}

_PARENTHESES = re.compile(r"\([^()]*\)")
_SEPARATORS = re.compile(r"[\s/|_\-–—]+")
_DOMAIN = re.compile(r"\.(?:com|tv|gg|net)$")


def platform_key(name: str) -> str:
    """A platform name folded for lookup in :data:`PLATFORM_ALIASES`: no case,
    accents, remarks in parentheses ("X (formerly Twitter)"), web domains
    ("twitch.tv") or separators ("Twitter/X", "twitter-spaces").

    >>> platform_key("X (formerly Twitter) Spaces"), platform_key("Twitch.tv")
    ('x spaces', 'twitch')
    """
    v.argument("name", name, str, "a platform name")
    folded = v.fold(_PARENTHESES.sub(" ", name))
    words = [_DOMAIN.sub("", word) for word in _SEPARATORS.split(folded) if word]
    return " ".join(w for w in words if w)


def normalize_platform(name: str, *, field: str = "platform") -> str:
    """The platform's name as polevents writes it ("X Spaces" → "Twitter Spaces").

    Names are looked up in :data:`PLATFORM_ALIASES` after folding (see
    :func:`platform_key`), also without a trailing "Live" ("YouTube Live" is
    YouTube). Names it does not know are kept as written, without
    surrounding spaces.

    >>> [normalize_platform(n) for n in ("Twitter/X Spaces", "x  space", "Instagram Live")]
    ['Twitter Spaces', 'Twitter Spaces', 'Instagram']

    Raises:
        ValidationError: an empty name or not a string.
    """
    v.name_argument("field", field, "the name of the field to name in errors")
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(field, name, "a platform name such as 'Twitter Spaces'")
    if len(name) > _MAX_PLATFORM:
        raise ValidationError(
            field, name[:40] + "…", f"a platform name of at most {_MAX_PLATFORM} characters"
        )
    key = platform_key(name)
    known = PLATFORM_ALIASES.get(key)
    if known is None and key.endswith(" live"):
        known = PLATFORM_ALIASES.get(key[: -len(" live")])
    return known if known is not None else " ".join(name.split())


_MAX_PLATFORM = 200


def platform_fits(wanted: str, platform: str | None) -> bool:
    """Whether an event on ``platform`` competes in a category on ``wanted``:
    the same platform after normalising, or a product of it (see
    :data:`PLATFORM_PARENTS`).

    >>> platform_fits("X", "Twitter Spaces"), platform_fits("X Spaces", "Twitter")
    (True, False)
    """
    if platform is None:
        return False
    target = platform_key(normalize_platform(wanted, field="wanted"))
    current: str | None = normalize_platform(platform)
    while current is not None:
        if platform_key(current) == target:
            return True
        current = PLATFORM_PARENTS.get(current)
    return False


def _platforms(value: object) -> tuple[str, ...]:
    if not isinstance(value, tuple | list):
        raise ValidationError("AudioSession.simulcast", value, "a tuple of platform names")
    return tuple(
        normalize_platform(item, field=f"AudioSession.simulcast[{i}]")
        for i, item in enumerate(value)
    )


# Converters naming the class's field in their errors (mypy wants named functions).
def _audio_platform(value: str) -> str:
    return normalize_platform(value, field="AudioSession.platform")


def _trend_platform(value: str) -> str:
    return normalize_platform(value, field="Trend.platform")


def _stream_platform(value: str) -> str:
    return normalize_platform(value, field="Livestream.platform")


class AttendanceMode(enum.Enum):
    """How people take part in a rally."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    MIXED = "mixed"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


class AdvisoryKind(enum.Enum):
    """What an advisory is about."""

    SECURITY = "security"
    SERVICE_DISRUPTION = "service_disruption"
    TRAVEL = "travel"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened at a time, perhaps at a place, that reports describe.

    Use a subclass — :class:`Rally`, :class:`AudioSession`, :class:`Trend`,
    :class:`Livestream`, :class:`Broadcast`, :class:`Election` — when one
    fits, or this class with a ``kind`` label ("100 m", "book launch").

    Counts of cumulative metrics close when the event ends (``when.end``):
    a claim counted ``as_of`` before then is a lower bound on the final figure.
    """

    #: The key data files and record categories use for this class.
    event_type: ClassVar[str] = "event"

    title: str = attrs.field(validator=v.text)
    when: Span = attrs.field(validator=v.instance_of(Span))
    id: str | None = attrs.field(default=None, validator=v.identifier)
    place: Place | None = attrs.field(default=None, validator=v.instance_of(Place, optional=True))
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=v.tuple_of(Claim))
    sources: tuple[Source, ...] = attrs.field(default=(), validator=v.tuple_of(Source))
    kind: str | None = attrs.field(default=None, validator=v.optional_text)

    def derivation(
        self,
        metric: Metric,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
        subject: Actor | str | None = None,
    ) -> Derivation:
        """How the figure for ``metric`` is reached from this event's claims."""
        return derive(
            self.claims,
            metric,
            policy=policy,
            registry=registry,
            closes=self.when.end,
            subject=subject,
        )

    def figure(
        self,
        metric: Metric,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
        subject: Actor | str | None = None,
    ) -> Figure | None:
        """The reconciled figure for ``metric``, tightened by the other metrics.

        ``subject`` picks the claims about one candidate or party (see
        :attr:`Claim.subject`); None, the claims about the whole event.
        None when no claim gives or bounds it.
        """
        return self.derivation(metric, policy=policy, registry=registry, subject=subject).figure

    def explain(
        self,
        metric: Metric,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
        subject: Actor | str | None = None,
    ) -> list[str]:
        """Every step towards :meth:`figure`, in words, ending with the reading policy."""
        derivation = self.derivation(metric, policy=policy, registry=registry, subject=subject)
        return [str(s) for s in (*derivation.steps, policy_used(policy, derivation))]

    def matches_type(self, key: str) -> bool:
        """Whether ``key`` is this event's type key or its ``kind`` label
        (ignoring case, accents and spaces around it)."""
        v.name_argument("key", key, "an event type key or a kind label such as 'debate'")
        folded = v.fold(key)
        if folded == self.event_type or folded.replace(" ", "_") == self.event_type:
            return True
        return self.kind is not None and v.fold(self.kind) == folded

    def __str__(self) -> str:
        return self.title


def policy_used(policy: ReadingPolicy | None, derivation: Derivation) -> PolicyUsed:
    """The reading policy step that ends a chain of reasons."""
    policy = reading_policy(policy)
    v.argument("derivation", derivation, Derivation, "a Derivation")
    if policy is not None:
        return PolicyUsed((policy.name,))
    return PolicyUsed(tuple(sorted({c.figure.policy for c in derivation.used if c.figure.policy})))


def _actor(optional: bool = True) -> Any:
    return v.instance_of(Person, Party, Organization, optional=optional)


@attrs.frozen(kw_only=True)
class Rally(Event):
    """A public gathering, in person, online, or both.

    ``remote_speakers`` are speakers who appear by video link; a rally with
    any is not purely in person, so its mode must be MIXED or ONLINE.
    """

    event_type: ClassVar[str] = "rally"

    organizer: Actor | None = attrs.field(default=None, validator=_actor())
    speakers: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    remote_speakers: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    mode: AttendanceMode = attrs.field(
        default=AttendanceMode.IN_PERSON, validator=v.instance_of(AttendanceMode)
    )

    def __attrs_post_init__(self) -> None:
        if self.remote_speakers and self.mode is AttendanceMode.IN_PERSON:
            raise ValidationError(
                "Rally.mode",
                self.mode,
                "MIXED or ONLINE, since some speakers appear by video link",
            )

    def with_remote_speaker(self, speaker: Person) -> Rally:
        """The rally with ``speaker`` appearing by video link: a MIXED rally.

        >>> from polevents import Person, Span
        >>> khan = Person(name="Imran Khan")
        >>> jalsa = Rally(title="Lahore jalsa", when=Span.parse("2022-04-21", tz="Asia/Karachi"),
        ...               speakers=(khan,))
        >>> jalsa.with_remote_speaker(khan).mode
        <AttendanceMode.MIXED: 'mixed'>
        """
        v.argument("speaker", speaker, Person, "a Person")
        mode = AttendanceMode.ONLINE if self.mode is AttendanceMode.ONLINE else AttendanceMode.MIXED
        return attrs.evolve(
            self,
            speakers=tuple(s for s in self.speakers if s != speaker),
            remote_speakers=(*self.remote_speakers, speaker),
            mode=mode,
        )


@attrs.frozen(kw_only=True)
class AudioSession(Event):
    """A live audio session, such as a Twitter Space, perhaps streamed elsewhere too."""

    event_type: ClassVar[str] = "audio_session"

    platform: str = attrs.field(converter=_audio_platform)
    hosts: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    speakers: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    simulcast: tuple[str, ...] = attrs.field(default=(), converter=_platforms)


def _hashtag(value: object) -> str:
    if not isinstance(value, str) or not value.strip().lstrip("#").strip():
        raise ValidationError(
            "Trend.hashtag", value, "a hashtag such as '#ImportedHakumatNaManzoor'"
        )
    return value.strip().lstrip("#").strip()


@attrs.frozen(kw_only=True)
class Trend(Event):
    """A hashtag campaign, counted in posts. The hashtag is stored without '#'."""

    event_type: ClassVar[str] = "trend"

    hashtag: str = attrs.field(converter=_hashtag)
    platform: str = attrs.field(converter=_trend_platform)


@attrs.frozen(kw_only=True)
class Livestream(Event):
    """A live video stream: Twitch, YouTube, Facebook Live, Instagram Live.

    >>> Livestream(title="Launch stream", when=Span.parse("2024-07-01", tz="UTC"),
    ...            platform="youtube live", channel="@ikcampaign").platform
    'YouTube'
    """

    event_type: ClassVar[str] = "livestream"

    platform: str = attrs.field(converter=_stream_platform)
    channel: str | None = attrs.field(default=None, validator=v.optional_text)
    hosts: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    speakers: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))


def _networks(value: object) -> tuple[Organization | str, ...]:
    if not isinstance(value, tuple | list):
        raise ValidationError("Broadcast.networks", value, "a tuple of networks")
    for i, item in enumerate(value):
        if isinstance(item, Organization):
            continue
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(
                f"Broadcast.networks[{i}]", item, "an Organization or a network's name"
            )
    return tuple(value)


@attrs.frozen(kw_only=True)
class Broadcast(Event):
    """Television or radio: a debate, an address, an election night.

    ``networks`` are the broadcasters (organisations or names); the audience
    of all of them together is what its claims count.

    >>> debate = Broadcast(title="First debate", when=Span.parse("2024-06-27", tz="UTC"),
    ...                    networks=("CNN",), kind="debate")
    >>> debate.event_type, debate.matches_type("Debate")
    ('broadcast', True)
    """

    event_type: ClassVar[str] = "broadcast"

    networks: tuple[Organization | str, ...] = attrs.field(default=(), converter=_networks)
    speakers: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))


@attrs.frozen(kw_only=True)
class Election(Event):
    """A vote: its claims give votes, turnout and vote shares.

    A figure for one candidate or party carries it as the claim's
    ``subject`` ("votes for PTI"); ``election.figure(Metric.VOTES,
    subject=pti)`` reconciles those, and a claim with no subject is about
    the election as a whole (total votes cast, turnout).

    Args:
        office: What was elected ("National Assembly", "President").
        jurisdiction: Where (a country, a constituency).

    >>> from polevents import Claim, Figure, Metric, Party
    >>> pti = Party(name="Pakistan Tehreek-e-Insaf", abbreviation="PTI")
    >>> vote = Election(title="General election", when=Span.parse("2024-02-08", tz="Asia/Karachi"),
    ...                 office="National Assembly", claims=(
    ...     Claim(metric=Metric.VOTES, figure=Figure.exact(60_000_000, "vote")),
    ...     Claim(metric=Metric.VOTES, figure=Figure.exact(17_000_000, "vote"), subject=pti)))
    >>> vote.figure(Metric.VOTES, subject="PTI").bounds
    (17000000.0, 17000000.0)
    """

    event_type: ClassVar[str] = "election"

    office: str | None = attrs.field(default=None, validator=v.optional_text)
    jurisdiction: Place | None = attrs.field(
        default=None, validator=v.instance_of(Place, optional=True)
    )


#: The longest chain of advisories replacing one another (``supersedes``).
#: Longer chains are refused, so that comparing and hashing advisories (which
#: follow the chain) stay cheap and never exhaust the stack.
MAX_SUPERSEDED = 64

#: Every event class by its type key, as data files write it in ``"type"``.
EVENT_TYPES: dict[str, type[Event]] = {
    cls.event_type: cls
    for cls in (Event, Rally, AudioSession, Trend, Livestream, Broadcast, Election)
}


@attrs.frozen(kw_only=True)
class Advisory:
    """A notice that may affect events: a security letter, a maintenance window.

    Args:
        issuer: Who issued it.
        kind: What it is about.
        issued: When it was issued.
        recommendation: What it asks for, in its own words.
        window: When it applies; None when that is not known.
        region: Where it applies; None for everywhere.
        about: The event it is addressed to, if any.
        addressee: Whom it is addressed to.
        reason: Why, in its own words.
        supersedes: The advisory it replaces.
        sources: The reports it is known from.
        id: An optional id for references in data files.
    """

    issuer: Actor = attrs.field(validator=_actor(optional=False))
    kind: AdvisoryKind = attrs.field(validator=v.instance_of(AdvisoryKind))
    issued: Span = attrs.field(validator=v.instance_of(Span))
    recommendation: str = attrs.field(validator=v.text)
    window: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))
    region: Place | None = attrs.field(default=None, validator=v.instance_of(Place, optional=True))
    about: Event | None = attrs.field(default=None, validator=v.instance_of(Event, optional=True))
    addressee: Actor | None = attrs.field(default=None, validator=_actor())
    reason: str | None = attrs.field(default=None, validator=v.optional_text)
    supersedes: Advisory | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), validator=v.tuple_of(Source))
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def __attrs_post_init__(self) -> None:
        if self.supersedes is None:
            return
        if not isinstance(self.supersedes, Advisory):
            raise ValidationError("Advisory.supersedes", self.supersedes, "an Advisory or None")
        replaced = len(self.supersedes.history())
        if replaced >= MAX_SUPERSEDED:
            raise ValidationError(
                "Advisory.supersedes",
                str(self.supersedes),
                f"a chain of at most {MAX_SUPERSEDED} advisories replacing one another "
                f"(polevents.events.MAX_SUPERSEDED); this one would be the {replaced + 1}th",
            )

    def rescheduled(self, window: Span, issued: Span, *, id: str | None = None) -> Advisory:
        """A new advisory for ``window``, issued at ``issued``, that supersedes this one."""
        v.argument("window", window, Span, "a Span")
        v.argument("issued", issued, Span, "a Span")
        return attrs.evolve(self, window=window, issued=issued, supersedes=self, id=id)

    def history(self) -> list[Advisory]:
        """This advisory and every one it replaced, oldest first."""
        chain = [self]
        while chain[-1].supersedes is not None:
            chain.append(chain[-1].supersedes)
        return chain[::-1]

    def affects(self, event: Event) -> Certainty:
        """Does this advisory affect ``event``?

        YES for the event it is about, NO for any other. Otherwise, time and
        place must both allow it (Kleene AND): the window's overlap with the
        event's span (MAYBE without a window), and the region (YES without
        one, or when the event's place lies in it; NO in another country;
        MAYBE otherwise).
        """
        if not isinstance(event, Event):
            raise ValidationError("event", event, "an Event")
        if self.about is not None:
            return Certainty.of(self.about == event)
        when = Certainty.MAYBE if self.window is None else self.window.overlaps(event.when)
        return when & self._place(event)

    def _place(self, event: Event) -> Certainty:
        if self.region is None:
            return Certainty.YES
        if event.place is None:
            return Certainty.MAYBE
        if event.place.within(self.region):
            return Certainty.YES
        if event.place.country != self.region.country:
            return Certainty.NO
        return Certainty.MAYBE

    def __str__(self) -> str:
        return f"{self.kind.value.replace('_', ' ')} advisory from {self.issuer}"
