"""Records and verdicts: did it break the record, by how much, and how sure are we?

A :class:`RecordCategory` says what a record is for: one metric, perhaps one
platform and one kind of event, in one scope, with a direction (is higher or
lower better?). :func:`check` compares a challenger — an event or a figure —
with a :class:`Record` and returns a :class:`Verdict`: an outcome, a
three-valued ``broke``, the margin and ratio as intervals, and every step in
words.

>>> from polevents import Claim, Figure, Metric, Record, RecordCategory, Span, check
>>> most_listeners = RecordCategory(metric=Metric.UNIQUE_AUDIENCE, platform="Twitter Spaces")
>>> kpop = Record(
...     category=most_listeners,
...     holder="K-POP Lyrical",
...     value=Figure.parse("over 44,000 listeners"),
...     set_on=Span.parse("2021", tz="UTC"),
... )
>>> verdict = check(Figure.parse("over 446,000 people"), kpop)
>>> verdict.outcome, verdict.broke
(<Outcome.BROKEN: 'broken'>, <Certainty.YES: 'yes'>)
>>> print(verdict)  # doctest: +NORMALIZE_WHITESPACE
Broke the record held by K-POP Lyrical (44,000 to 48,400 people)
by 397,600 to 446,600 people (9.2× to 11.2×).

A :class:`RecordBook` keeps each category's progression: equal records make
joint holders, a record that only may beat the one before it is kept as an
uncertain step, and :meth:`RecordBook.standing` says which records may stand
at a moment, each with a :class:`~polevents.certainty.Certainty`.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from fractions import Fraction
from typing import Any, NoReturn

import attrs
import pint

from polevents import _render
from polevents import _validators as v
from polevents.actors import Organization, Party, Person
from polevents.certainty import Certainty
from polevents.errors import IncomparableError, ValidationError
from polevents.events import Event, normalize_platform, platform_fits, policy_used
from polevents.figures import Figure, ReadingPolicy
from polevents.metrics import MONEY, Direction, Metric, MetricRegistry, is_currency
from polevents.sources import (
    Claim,
    PolicyUsed,
    Step,
    reading_policy,
    reconcile,
    registry_argument,
)
from polevents.timeline import Span
from polevents.units import canonical_unit, ureg

__all__ = [
    "BeforeAnyRecord",
    "ChallengerFigure",
    "Comparison",
    "CurrencyMismatch",
    "Direction",
    "DoesNotCompete",
    "JointHolders",
    "NoRecordYet",
    "NoUpperBound",
    "Outcome",
    "ProgressionStep",
    "Record",
    "RecordBook",
    "RecordCategory",
    "RecordClaims",
    "RecordStatus",
    "RecordValue",
    "Resolution",
    "Standing",
    "StandingUncertain",
    "Unreconcilable",
    "Verdict",
    "check",
]


class Outcome(enum.Enum):
    """What a check found."""

    BROKEN = "broken"
    TIED = "tied"
    NOT_BROKEN = "not_broken"
    UNDETERMINED = "undetermined"
    INCOMPARABLE = "incomparable"
    FIRST = "first"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


_BROKE = {
    Outcome.BROKEN: Certainty.YES,
    Outcome.FIRST: Certainty.YES,
    Outcome.NOT_BROKEN: Certainty.NO,
    Outcome.TIED: Certainty.NO,
    Outcome.UNDETERMINED: Certainty.MAYBE,
    Outcome.INCOMPARABLE: Certainty.MAYBE,
}


class RecordStatus(enum.Enum):
    """How official a record is.

    REPORTED (a report says so), CLAIMED (the holder says so), PENDING
    (submitted for ratification), RATIFIED, RESCINDED (kept in the history,
    never standing).
    """

    REPORTED = "reported"
    CLAIMED = "claimed"
    PENDING = "pending"
    RATIFIED = "ratified"
    RESCINDED = "rescinded"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


# --- categories -------------------------------------------------------------------------


def _optional_platform(value: object) -> str | None:
    if value is None:
        return None
    return normalize_platform(value, field="RecordCategory.platform")  # type: ignore[arg-type]


def _scope(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("RecordCategory.scope", value, "a non-empty scope such as 'global'")


@attrs.frozen
class Resolution:
    """The step a category's values are judged at: ``0.01 second``, ``1 person``.

    >>> str(Resolution.of("0.01 s"))
    '0.01 seconds'
    """

    value: float = attrs.field(validator=lambda _i, _a, value: _step_value(value))
    unit: str = attrs.field(validator=lambda _i, _a, unit: _step_unit(unit))

    @classmethod
    def of(cls, value: object, unit: str | None = None, *, field: str = "value") -> Resolution:
        """A resolution from a number (in ``unit``), text such as ``"0.01 s"``,
        a pint quantity, or a Resolution. ``field`` is the name errors give
        (a category passes ``"RecordCategory.resolution"``).

        Raises:
            ValidationError: anything else, or a value that is not positive and finite.
        """
        if isinstance(value, Resolution):
            return value
        v.name_argument("field", field)
        if unit is not None:
            v.argument("unit", unit, str, "a unit name such as 'second'")
            unit = canonical_unit(unit, field="unit")
        wanted = "a positive step such as 0.01 (in the metric's unit) or '0.01 s'"
        try:
            if isinstance(value, str):
                quantity: pint.Quantity[Any] = ureg.Quantity(value.strip())
                magnitude, unit = float(quantity.magnitude), str(quantity.units)
            elif isinstance(value, pint.Quantity):
                magnitude, unit = float(value.magnitude), str(value.units)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                magnitude = float(value)
            else:
                raise ValidationError(field, value, wanted)
            unit = canonical_unit(unit, field=field) if unit else None
        except ValidationError:
            raise
        except Exception:
            raise ValidationError(field, value, wanted) from None
        if unit is None or not math.isfinite(magnitude) or magnitude <= 0:
            raise ValidationError(field, value, wanted)
        return cls(magnitude, unit)

    def steps(self, figure: Figure) -> tuple[int | None, int | None]:
        """The multiples of the resolution the figure's values round to
        (nearest, halves up): ``(lowest, highest)``, None when unbounded.

        A figure whose interval is exactly one step's rounding interval —
        ``[k·s − s/2, k·s + s/2]``, as a bare "9.77" reads at 0.01 s, or
        claims that agree on it — is that one step ``k``. Its closed upper
        end is where the rounding put the boundary, not a value anyone
        stated; counting it would make two bare equal figures never tie.

        >>> r = Resolution.of("0.01 s")
        >>> r.steps(Figure.parse("9.77 seconds")), r.steps(Figure.parse("9.8 seconds"))
        ((977, 977), (975, 985))

        Raises:
            ValidationError: ``figure`` is not a Figure.
            IncomparableError: a figure of another dimension than the resolution's.
        """
        v.argument("figure", figure, Figure, "a Figure")
        step = Fraction(repr(self.value))
        converted = figure.to(self.unit)
        low, high = converted.bounds
        one = _one_step(low, high, converted.low_inclusive, step)
        if one is not None:
            return one, one

        def nearest(bound: float) -> int:
            # repr keeps the decimal the value was written as: 9.765 stays 9.765
            return math.floor(Fraction(repr(bound)) / step + Fraction(1, 2))

        return (
            None if low is None else nearest(low),
            None if high is None else nearest(high),
        )

    def __str__(self) -> str:
        return _render.quantity(self.value, self.unit, _render.decimals(self.value))


def _step_value(value: object) -> None:
    v.positive("Resolution.value", value, "a positive finite step such as 0.01")


def _step_unit(unit: object) -> None:
    v.name_argument("Resolution.unit", unit, "a unit name such as 'second'")
    canonical_unit(unit, field="Resolution.unit")  # type: ignore[arg-type]


def _one_step(
    low: float | None, high: float | None, low_inclusive: bool, step: Fraction
) -> int | None:
    """The step ``k`` when ``[low, high]`` is exactly ``[k·s − s/2, k·s + s/2]``
    (within float noise: the reader rounds its bounds outward by one ulp)."""
    if low is None or high is None or not low_inclusive or low == high:
        return None
    lo, hi = Fraction(low), Fraction(high)
    k = round((lo + hi) / 2 / step)
    noise = Fraction(1, 10**9) * max(Fraction(1), abs(hi), step)
    half = step / 2
    if abs(lo - (k * step - half)) <= noise and abs(hi - (k * step + half)) <= noise:
        return int(k)
    return None


@attrs.frozen(kw_only=True)
class RecordCategory:
    """What a record is for.

    Args:
        metric: The one metric it measures.
        platform: The platform it is on ("Twitter Spaces"), or None for any.
        event_type: An event type key (``"rally"``, ``"audio_session"``,
            ``"trend"``, ``"livestream"``, ``"broadcast"``, ``"election"``,
            ``"event"``), None for any event, or a free label ("100 m",
            "debate") that matches an event's ``kind``.
        scope: Where it holds: ``"global"``, a country, ...
        direction: Whether higher or lower is better (the metric's own by default).
        title: A readable name; one is made up from the rest when None.
        resolution: The step values are judged at (``0.01`` in the metric's
            unit, ``"0.01 s"``): values that certainly round to the same step
            are a tie. None judges exact values.

    A platform matches by its canonical name ("X Spaces" is "Twitter
    Spaces"), and a category on a platform admits events on its products (a
    category on "X" admits Spaces); see :func:`~polevents.events.platform_fits`.

    A milestone race (:data:`Metric.TIME_TO <polevents.metrics.Metric>`) names
    its milestone in the title: every milestone is a category of its own, so
    "fastest to 1 million followers" and "fastest to 10 million" never compare.

    >>> fastest = RecordCategory(metric=Metric.TIME_TO, platform="Instagram",
    ...                          title="fastest time to reach 1 million followers on Instagram")
    >>> fastest.direction.value, fastest.label
    ('lower', 'fastest time to reach 1 million followers on Instagram')
    """

    metric: Metric = attrs.field(validator=v.instance_of(Metric))
    platform: str | None = attrs.field(default=None, converter=_optional_platform)
    event_type: str | None = attrs.field(default=None, validator=v.optional_text)
    scope: str = attrs.field(default="global", validator=_scope)
    direction: Direction = attrs.field(
        default=attrs.Factory(
            lambda self: (
                self.metric.direction if isinstance(self.metric, Metric) else Direction.HIGHER
            ),
            takes_self=True,
        ),
        validator=v.instance_of(Direction),
    )
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    resolution: Resolution | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.resolution is None:
            return
        unit = None if self.metric.unit == MONEY else self.metric.unit
        resolution = Resolution.of(self.resolution, unit, field="RecordCategory.resolution")
        if not self.metric.accepts(resolution.unit):
            raise ValidationError(
                "RecordCategory.resolution",
                str(resolution),
                f"a step in {self.metric.unit}, the unit of {self.metric.key}",
            )
        object.__setattr__(self, "resolution", resolution)

    @property
    def label(self) -> str:
        """The title, or a made-up one: "highest unique audience on Twitter Spaces"."""
        if self.title:
            return self.title
        best = "highest" if self.direction is Direction.HIGHER else "lowest"
        parts = [f"{best} {self.metric.label}"]
        if self.event_type:
            kind = self.event_type.replace("_", " ")
            parts.append(f"for {'an' if kind[0] in 'aeiou' else 'a'} {kind}")
        if self.platform:
            parts.append(f"on {self.platform}")
        if self.scope != "global":
            parts.append(f"({self.scope})")
        return " ".join(parts)

    def fits(self, event: Event) -> bool:
        """Whether ``event`` competes in this category: its type key or its
        ``kind`` label is the category's ``event_type``, and its platform fits."""
        v.argument("event", event, Event, "an Event")
        if self.event_type is not None and not event.matches_type(self.event_type):
            return False
        if self.platform is None:
            return True
        return platform_fits(self.platform, getattr(event, "platform", None))

    def __str__(self) -> str:
        return self.label


# --- records ----------------------------------------------------------------------------

Holder = str | Person | Party | Organization


def _holder(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str):
        if not value.strip():
            raise ValidationError("Record.holder", value, "a non-empty name or an actor")
    elif not isinstance(value, Person | Party | Organization):
        raise ValidationError(
            "Record.holder", value, "a name, a Person, a Party or an Organization"
        )


def _optional_figure(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Figure):
        raise ValidationError(f"Record.{attribute.name}", value, "a Figure or None")


@attrs.frozen(field_transformer=v.typed)
class RecordReading:
    """A record's value as read for one check: the figure, how, and whether its reports conflict."""

    figure: Figure
    steps: tuple[Step, ...]
    conflicting: bool


@attrs.frozen(kw_only=True)
class Record:
    """A record as it stood: who held it, with what figure, set when.

    Args:
        category: What it is a record for.
        holder: A name or an actor.
        value: The figure it stands at (the ratified one, when there is one).
        set_on: When it was set.
        event_id: The id of the event that set it.
        claims: The claims it rests on; ``value`` is their reconciliation
            (see :meth:`from_claims`), so other reading policies re-read them.
        id: An id for references in data files.
        status: REPORTED (the default), CLAIMED, PENDING, RATIFIED or
            RESCINDED (kept in the history, never standing).
        claimed: The value the holder claimed, when it differs from the
            ratified one.
        ratified: The value a governing body ratified.
    """

    category: RecordCategory = attrs.field(validator=v.instance_of(RecordCategory))
    holder: Holder = attrs.field(validator=_holder)
    value: Figure = attrs.field(validator=v.instance_of(Figure))
    set_on: Span = attrs.field(validator=v.instance_of(Span))
    event_id: str | None = attrs.field(default=None, validator=v.identifier)
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=v.tuple_of(Claim))
    id: str | None = attrs.field(default=None, validator=v.identifier)
    status: RecordStatus = attrs.field(
        default=RecordStatus.REPORTED, validator=v.instance_of(RecordStatus)
    )
    claimed: Figure | None = attrs.field(default=None, validator=_optional_figure)
    ratified: Figure | None = attrs.field(default=None, validator=_optional_figure)

    def __attrs_post_init__(self) -> None:
        metric = self.category.metric
        for name in ("value", "claimed", "ratified"):
            figure = getattr(self, name)
            if figure is not None and not metric.accepts(figure.unit):
                raise ValidationError(
                    f"Record.{name}",
                    str(figure),
                    f"a figure in {metric.unit} for {metric.key}",
                )
        for i, claim in enumerate(self.claims):
            if claim.metric != metric:
                raise ValidationError(
                    f"Record.claims[{i}]",
                    claim.metric.key,
                    f"a claim for the category's metric, {metric.key}",
                )

    @classmethod
    def from_claims(
        cls,
        category: RecordCategory,
        holder: Holder,
        claims: Sequence[Claim],
        set_on: Span,
        *,
        event_id: str | None = None,
        id: str | None = None,
        status: RecordStatus = RecordStatus.REPORTED,
        policy: ReadingPolicy | None = None,
    ) -> Record:
        """A record whose value is the reconciliation of what the sources said.

        Counts taken ``as_of`` before the end of ``set_on`` are lower bounds
        (see :func:`~polevents.sources.reconcile`).

        Raises:
            ValidationError: an argument of the wrong type, no claims, or
                claims for another metric than the category's.
        """
        v.argument("category", category, RecordCategory, "a RecordCategory")
        v.argument("set_on", set_on, Span, "a Span")
        claims = v.items("claims", claims, Claim, "Claim")
        value = reconcile(claims, policy, closes=set_on.end).figure
        return cls(
            category=category,
            holder=holder,
            value=value,
            set_on=set_on,
            event_id=event_id,
            claims=tuple(claims),
            id=id,
            status=status,
        )

    @property
    def holder_name(self) -> str:
        """The holder as text."""
        return self.holder if isinstance(self.holder, str) else str(self.holder)

    @property
    def stands(self) -> bool:
        """False for a rescinded record, which never stands."""
        return self.status is not RecordStatus.RESCINDED

    def reading(self, policy: ReadingPolicy | None = None) -> RecordReading:
        """The value under ``policy`` (its claims re-read, or its figure), with the steps."""
        policy = reading_policy(policy)
        if self.claims:
            result = reconcile(self.claims, policy, closes=self.set_on.end)
            steps = tuple(RecordClaims(s) for s in result.steps)
            return RecordReading(result.figure, steps, not result.consistent)
        figure = self.value if policy is None else self.value.reread(policy)
        step = RecordValue(self.holder_name, self.status.value, figure, self.category.resolution)
        return RecordReading(figure, (step,), False)

    def value_under(self, policy: ReadingPolicy | None) -> tuple[Figure, list[str], bool]:
        """The value under ``policy``, the reasons in words, and whether the reports conflict."""
        reading = self.reading(policy)
        return reading.figure, [str(s) for s in reading.steps], reading.conflicting


# --- verdict steps ----------------------------------------------------------------------


@attrs.frozen(field_transformer=v.typed)
class ChallengerFigure(Step):
    """The challenger is a figure given directly."""

    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class DoesNotCompete(Step):
    """The event's type or platform does not fit the category."""

    title: str
    what: str
    category: str


@attrs.frozen(field_transformer=v.typed)
class NoRecordYet(Step):
    """No record stands in the category."""

    category: str


@attrs.frozen(field_transformer=v.typed)
class RecordValue(Step):
    """The record's figure, when it has no claims."""

    holder: str
    status: str
    figure: Figure
    resolution: Resolution | None = None


@attrs.frozen(field_transformer=v.typed)
class RecordClaims(Step):
    """A step of reading the record's own claims."""

    step: Step


@attrs.frozen(field_transformer=v.typed)
class StandingUncertain(Step):
    """Several records may have been standing: the challenger is compared with each."""

    records: tuple[Record, ...]
    why: str


@attrs.frozen(field_transformer=v.typed)
class BeforeAnyRecord(Step):
    """The challenger may have come before any of these records was set."""

    records: tuple[Record, ...]


@attrs.frozen(field_transformer=v.typed)
class JointHolders(Step):
    """Equal records that stand together: the challenger faces them as one."""

    records: tuple[Record, ...]


@attrs.frozen(field_transformer=v.typed)
class Comparison(Step):
    """The judgement itself: the two figures, which way is better, and the outcome."""

    outcome: str
    challenger: Figure
    record: Figure
    higher: bool
    resolution: Resolution | None = None
    rounded: float = 0.0
    resolution_unit: str = ""


@attrs.frozen(field_transformer=v.typed)
class NoUpperBound(Step):
    """A figure unbounded above, which nothing can be sure to beat."""

    which: str


@attrs.frozen(field_transformer=v.typed)
class CurrencyMismatch(Step):
    """The record and the challenger are in different currencies."""

    record_unit: str
    challenger_unit: str

    @property
    def text(self) -> str:
        return str(self)


@attrs.frozen(field_transformer=v.typed)
class Unreconcilable(Step):
    """The event's claims cannot be combined (figures in two currencies)."""

    why: str


@attrs.frozen(field_transformer=v.typed)
class ProgressionStep(Step):
    """How a record follows the one before it in a progression.

    ``beats`` is YES for a certain step, MAYBE for an uncertain one (kept,
    and marked), and NO for an equal record (``tie``: joint holders) or a
    rescinded one (``rescinded``: kept in the history, compared with nothing).
    """

    record: Record
    previous: Record | None
    beats: Certainty
    tie: bool = False
    rescinded: bool = False

    @property
    def uncertain(self) -> bool:
        return self.beats is Certainty.MAYBE


@attrs.frozen(field_transformer=v.typed)
class Standing:
    """A record that may stand at some moment, and how sure that is."""

    record: Record
    certainty: Certainty


# --- verdicts ---------------------------------------------------------------------------


def _figure_dict(figure: Figure | None) -> dict[str, Any] | None:
    if figure is None:
        return None
    low, high = figure.bounds
    return {
        "low": low,
        "high": high,
        "low_inclusive": figure.low_inclusive,
        "high_inclusive": figure.high_inclusive,
        "unit": figure.unit,
        "text": _render.figure(figure),
    }


def _plain(value: Any) -> Any:
    """A step's fields as plain data for JSON: figures as bounds, claims by
    their words, metrics by key, records by holder, enums by value."""
    if isinstance(value, Figure):
        return _figure_dict(value)
    if isinstance(value, Claim):
        return {
            "metric": value.metric.key,
            "quote": value.quote,
            "source": str(value.source) if value.source is not None else None,
            "attributed_to": None if value.attributed_to is None else str(value.attributed_to),
            "figure": _figure_dict(value.figure),
        }
    if isinstance(value, Metric):
        return value.key
    if isinstance(value, Record):
        return {"holder": value.holder_name, "value": _figure_dict(value.value), "id": value.id}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Resolution):
        return {"value": value.value, "unit": value.unit}
    if isinstance(value, Step):
        kind: Any = type(value)
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(kind)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Verdict:
    """The answer to "did it break the record?".

    Attributes:
        outcome: BROKEN, TIED, NOT_BROKEN, UNDETERMINED, INCOMPARABLE or FIRST.
        category: The record category checked.
        record: The record checked against (None for FIRST, or no record);
            when several may have been standing, the latest of them.
        challenger: The challenger's figure for the category's metric, if any.
        subject: The challenger's name (the event's title), if it has one.
        margin: How much better the challenger is (negative: worse).
        ratio: ``(low, high)`` times better; ``high`` None when unbounded.
        reasons: Every step, as values whose ``str()`` is the sentence.
        record_value: The record's figure as read for this check (the range
            covering every record that may have been standing).
        conflicting: Whether the record's reports conflict.
        policy: The name of the reading policy used, if one was imposed.
        records: Every record that may have been standing.
        unfit: Why the event does not compete, when it does not.
        event_metrics: The labels of the metrics the event's reports give,
            when none gives the category's.
        currency: Why currencies prevent the comparison, when they do.
    """

    outcome: Outcome
    category: RecordCategory
    record: Record | None = None
    challenger: Figure | None = None
    subject: str | None = None
    margin: Figure | None = None
    ratio: tuple[float, float | None] | None = None
    reasons: tuple[Step, ...] = ()
    record_value: Figure | None = None
    conflicting: bool = False
    policy: str | None = None
    records: tuple[Record, ...] = ()
    unfit: str | None = None
    event_metrics: tuple[str, ...] = ()
    currency: str | None = None

    @property
    def joint(self) -> bool:
        """Whether the record is held jointly: several equal records stand together."""
        return any(isinstance(r, JointHolders) for r in self.reasons)

    @property
    def broke(self) -> Certainty:
        """YES for BROKEN and FIRST, NO for NOT_BROKEN and TIED, MAYBE otherwise."""
        return _BROKE[self.outcome]

    @property
    def percent(self) -> tuple[float, float | None] | None:
        """How much better, in percent: ``ratio`` less one, times 100."""
        if self.ratio is None:
            return None
        low, high = self.ratio
        return (low - 1) * 100, None if high is None else (high - 1) * 100

    def to_dict(self) -> dict[str, Any]:
        """The verdict as plain data for JSON: figures as bounds, reasons as
        ``{"step": kind, "text": sentence}``."""
        return {
            "outcome": self.outcome.value,
            "broke": self.broke.value,
            "category": self.category.label,
            "metric": self.category.metric.key,
            "direction": self.category.direction.value,
            "subject": self.subject,
            "record_holder": self.record.holder_name if self.record is not None else None,
            "record_holders": [r.holder_name for r in self.records],
            "challenger": _figure_dict(self.challenger),
            "record_value": _figure_dict(self.record_value),
            "conflicting": self.conflicting,
            "margin": _figure_dict(self.margin),
            "ratio": list(self.ratio) if self.ratio is not None else None,
            "percent": list(self.percent) if self.percent is not None else None,
            "policy": self.policy,
            "sentence": str(self),
            "reasons": [
                {"step": type(r).__name__, "text": str(r), "data": _plain(r)} for r in self.reasons
            ],
        }

    def __str__(self) -> str:
        return _render.verdict(self)

    def __repr__(self) -> str:
        return _render.verdict_repr(self)

    def _repr_html_(self) -> str:
        """A small table and the sentence, for notebooks."""
        return _render.verdict_html(self)


# --- judging one figure against another -------------------------------------------------


def _judge(
    challenger: Figure, record: Figure, category: RecordCategory
) -> tuple[Outcome, Comparison]:
    """The outcome of ``challenger`` against ``record`` in ``category``, and the step."""
    higher = category.direction is Direction.HIGHER
    resolution = category.resolution
    if resolution is None:
        better, worse = (challenger, record) if higher else (record, challenger)
        answer = better.exceeds(worse)
        equal = (
            challenger.is_exact
            and record.is_exact
            and challenger.to(record.unit).bounds == record.bounds
        )
        rounded = 0.0
    else:
        mine, theirs = resolution.steps(challenger), resolution.steps(record)
        answer = _step_exceeds(*((mine, theirs) if higher else (theirs, mine)))
        equal = mine[0] is not None and mine[0] == mine[1] == theirs[0] == theirs[1]
        # exactly, then to float: a huge count of tiny steps never overflows
        rounded = float(Fraction(mine[0] or 0) * Fraction(repr(resolution.value)))
    if answer is Certainty.YES:
        outcome = Outcome.BROKEN
    elif answer is Certainty.NO:
        outcome = Outcome.TIED if equal else Outcome.NOT_BROKEN
    else:
        outcome = Outcome.UNDETERMINED
    step = Comparison(
        outcome.value,
        challenger,
        record,
        higher,
        resolution,
        rounded,
        resolution.unit if resolution is not None else "",
    )
    return outcome, step


def _step_exceeds(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> Certainty:
    """Is ``a`` (a range of rounded steps) greater than ``b``?"""
    a_low, a_high = a
    b_low, b_high = b
    if a_low is not None and b_high is not None and a_low > b_high:
        return Certainty.YES
    if a_high is not None and b_low is not None and a_high <= b_low:
        return Certainty.NO
    return Certainty.MAYBE


def _better(a: Record, b: Record) -> Certainty:
    """Is ``a`` certainly, possibly or never strictly better than ``b``?"""
    outcome, _ = _judge(a.value, b.value, a.category)
    return _BROKE[outcome] if outcome is not Outcome.TIED else Certainty.NO


# --- check, as the steps it takes -------------------------------------------------------


@attrs.define
class _Check:
    """The state of one check while its steps run."""

    category: RecordCategory
    records: tuple[Record, ...]
    policy: ReadingPolicy | None
    subject: str | None = None
    reasons: list[Step] = attrs.Factory(list)

    def verdict(self, outcome: Outcome, **found: Any) -> Verdict:
        return Verdict(
            outcome=outcome,
            category=self.category,
            record=self.records[-1] if self.records else None,
            records=self.records,
            subject=self.subject,
            reasons=tuple(self.reasons),
            policy=self.policy.name if self.policy else None,
            **found,
        )


def _target(
    record: Record | RecordCategory | Sequence[Record],
) -> tuple[RecordCategory, tuple[Record, ...]]:
    """The category, and the records that may be standing, from what ``check`` was given."""
    if isinstance(record, RecordCategory):
        return record, ()
    if isinstance(record, Record):
        return record.category, (record,)
    if isinstance(record, list | tuple) and record and all(isinstance(r, Record) for r in record):
        category = record[0].category
        if any(r.category != category for r in record):
            raise ValidationError("record", record, "records of one category")
        return category, tuple(record)
    raise ValidationError("record", record, "a Record, a RecordCategory or a list of Records")


def _challenger_figure(
    state: _Check,
    challenger: Event | Figure,
    registry: MetricRegistry | None,
) -> Verdict | Figure:
    """Step 1: the challenger's figure for the category's metric (or why there is none)."""
    metric = state.category.metric
    if isinstance(challenger, Figure):
        if not metric.accepts(challenger.unit):
            raise IncomparableError(
                f"cannot check {challenger} against a record for {metric.key} "
                f"({metric.dimension}): it measures something else"
            )
        figure = challenger if state.policy is None else challenger.reread(state.policy)
        state.reasons.append(ChallengerFigure(figure))
        return figure
    if not isinstance(challenger, Event):
        raise ValidationError("challenger", challenger, "an Event or a Figure")
    if not state.category.fits(challenger):
        platform = getattr(challenger, "platform", None)
        what = (challenger.kind or challenger.event_type.replace("_", " ")) + (
            f" on {platform}" if platform else ""
        )
        step = DoesNotCompete(challenger.title, what, state.category.label)
        state.reasons.append(step)
        return state.verdict(
            Outcome.INCOMPARABLE,
            unfit=f"it is {_a(what)}, and the category is for {_category_scope(state.category)}",
        )
    try:
        derivation = challenger.derivation(metric, policy=state.policy, registry=registry)
    except IncomparableError as err:
        # claims in two currencies: never converted, so no one figure can be had
        mixed = Unreconcilable(str(err))
        state.reasons.append(mixed)
        return state.verdict(Outcome.INCOMPARABLE, currency=str(mixed))
    state.reasons.extend(derivation.steps)
    if derivation.figure is None:
        others = tuple(m.label for m in derivation.metrics if m != metric)
        state.reasons.append(policy_used(state.policy, derivation))
        return state.verdict(Outcome.INCOMPARABLE, event_metrics=others)
    return derivation.figure


def _a(what: str) -> str:
    return f"{'an' if what[:1].lower() in 'aeiou' else 'a'} {what}"


def _category_scope(category: RecordCategory) -> str:
    parts = []
    if category.event_type:
        parts.append(_a(category.event_type.replace("_", " ")))
    else:
        parts.append("any event")
    if category.platform:
        parts.append(f"on {category.platform}")
    return " ".join(parts)


def _record_figure(state: _Check) -> tuple[Figure, bool]:
    """Step 2: the record's figure — the range covering every record that may stand."""
    if len(state.records) > 1 and _joint(state.records):
        state.reasons.append(JointHolders(state.records))
    elif len(state.records) > 1:
        state.reasons.append(StandingUncertain(state.records, _why_uncertain(state.records)))
    figure: Figure | None = None
    conflicting = False
    for record in state.records:
        reading = record.reading(state.policy)
        state.reasons.extend(reading.steps)
        conflicting = conflicting or reading.conflicting
        figure = reading.figure if figure is None else figure.hull(reading.figure)
    assert figure is not None
    return figure, conflicting


def _joint(records: Sequence[Record]) -> bool:
    """Whether the records are all equal at their category's resolution: joint holders."""
    first = records[0]
    return all(_judge(r.value, first.value, first.category)[0] is Outcome.TIED for r in records[1:])


def _why_uncertain(records: Sequence[Record]) -> str:
    for older, newer in itertools.pairwise(records):
        if _better(newer, older) is Certainty.MAYBE:
            return f"it is uncertain whether {newer.holder_name} beat {older.holder_name}"
    return "the challenger began while the latest of them may not yet have been set"


def _policy_step(policy: ReadingPolicy | None, figures: Iterable[Figure]) -> PolicyUsed:
    if policy is not None:
        return PolicyUsed((policy.name,))
    return PolicyUsed(tuple(sorted({f.policy for f in figures if f.policy})))


def check(
    challenger: Event | Figure,
    record: Record | RecordCategory | Sequence[Record],
    *,
    policy: ReadingPolicy | None = None,
    registry: MetricRegistry | None = None,
) -> Verdict:
    """Did ``challenger`` break ``record``?

    The steps: (1) the challenger's figure for the category's metric —
    derived from an event's claims, or given; (2) the record's figure, read
    from its claims; (3) the judgement at the category's resolution; (4) the
    margin and ratio.

    Args:
        challenger: An event (its figure for the record's metric is derived
            from its claims) or a figure.
        record: The record to beat; a category with no record yet (FIRST);
            or every record that may be standing (the challenger must
            certainly beat each to certainly break it).
        policy: Read every hedge under this policy (each figure's own otherwise).
        registry: Metric inequalities to derive with (the default otherwise).

    Raises:
        IncomparableError: a figure of another dimension than the metric's.
        ValidationError: a challenger or record of the wrong type.
    """
    policy = reading_policy(policy)
    registry = registry_argument(registry)
    category, records = _target(record)
    state = _Check(
        category,
        records,
        policy,
        subject=challenger.title if isinstance(challenger, Event) else None,
    )
    figure = _challenger_figure(state, challenger, registry)
    if isinstance(figure, Verdict):
        return figure
    if not records:
        state.reasons.append(NoRecordYet(category.label))
        state.reasons.append(_policy_step(policy, [figure]))
        return state.verdict(Outcome.FIRST, challenger=figure)
    record_value, conflicting = _record_figure(state)
    if record_value.unit != figure.unit and is_currency(figure.unit):
        mismatch = CurrencyMismatch(record_value.unit, figure.unit)
        state.reasons.append(mismatch)
        return state.verdict(Outcome.INCOMPARABLE, challenger=figure, currency=str(mismatch))
    state.reasons.append(_policy_step(policy, [figure, record_value]))
    outcome, comparison = _judge(figure, record_value, category)
    state.reasons.append(comparison)
    higher = category.direction is Direction.HIGHER
    if outcome is Outcome.UNDETERMINED and higher and record_value.bounds[1] is None:
        state.reasons.append(NoUpperBound("record"))
    better, worse = (figure, record_value) if higher else (record_value, figure)
    try:
        ratio: tuple[float, float | None] | None = better.ratio_to(worse)
    except ValidationError:
        ratio = None  # a record of exactly zero has no meaningful ratio
    return state.verdict(
        outcome,
        challenger=figure,
        margin=better - worse,
        ratio=ratio,
        record_value=record_value,
        conflicting=conflicting,
    )


# --- the record book --------------------------------------------------------------------


def _instant(as_of: Span | datetime | None, field: str) -> datetime | None:
    if as_of is None:
        return None
    if isinstance(as_of, Span):
        return as_of.start
    if isinstance(as_of, datetime) and as_of.tzinfo is not None and as_of.utcoffset() is not None:
        return as_of
    raise ValidationError(field, as_of, "a Span or a time-zone-aware datetime")


def _set_by(record: Record, moment: datetime) -> Certainty:
    """Had the record been set by ``moment``? MAYBE when it falls inside ``set_on``."""
    if record.set_on.end <= moment:
        return Certainty.YES
    if record.set_on.start >= moment:
        return Certainty.NO
    return Certainty.MAYBE


def _book(records: object) -> None:
    """A record book's records: lists of Records by their RecordCategory."""
    if not isinstance(records, dict):
        raise ValidationError("RecordBook.records", records, "a dict of RecordCategory to Records")
    for category, history in records.items():
        v.argument("RecordBook.records", category, RecordCategory, "RecordCategory keys")
        where = f"RecordBook.records[{category}]"
        v.argument(where, history, list, "a list of Records")
        for i, record in enumerate(v.items(where, history, Record, "Record")):
            if record.category != category:
                raise ValidationError(
                    f"RecordBook.records[{category}][{i}]",
                    record.holder_name,
                    f"a record in {category.label}",
                )


@attrs.define
class RecordBook:
    """Each category's progression of records, oldest first.

    Records are kept in order of ``set_on``. A record equal to the one
    standing makes a joint holder; one that may beat it is kept as an
    uncertain step; one that certainly does not beat or equal it is refused.
    ``check`` compares an event with every record that may be standing when
    it began, in every category it competes in.
    """

    _records: dict[RecordCategory, list[Record]] = attrs.field(
        factory=dict, alias="records", validator=lambda _i, _a, value: _book(value)
    )

    @property
    def categories(self) -> list[RecordCategory]:
        """The categories, in the order they were first added."""
        return list(self._records)

    def add_category(self, category: RecordCategory) -> None:
        """Make a category known before any record is set in it (its first
        challenger then sets a FIRST record)."""
        if not isinstance(category, RecordCategory):
            raise ValidationError("category", category, "a RecordCategory")
        self._records.setdefault(category, [])

    def add(self, record: Record) -> ProgressionStep:
        """Add a record where it belongs in its category's history.

        A rescinded record is kept in the history without comparison.
        Returns how it follows the record before it.

        >>> from polevents import Figure, Metric, Span
        >>> crowd = RecordCategory(metric=Metric.ATTENDANCE, title="largest crowd")
        >>> book = RecordBook()
        >>> _ = book.add(Record(category=crowd, holder="A", value=Figure.exact(60_000, "person"),
        ...                     set_on=Span.parse("2020", tz="UTC")))
        >>> step = book.add(Record(category=crowd, holder="B", set_on=Span.parse("2022", tz="UTC"),
        ...                        value=Figure.about(65_000, "person")))
        >>> step.uncertain
        True
        >>> print(str(step).split(" — ")[0])
        uncertain step: B (58,500 to 71,500 people) may or may not beat A (60,000 people)

        Raises:
            ValidationError: it certainly neither beats nor equals the record
                standing before it, or the record after it certainly neither
                beats nor equals it. The message names the category and both values.
        """
        if not isinstance(record, Record):
            raise ValidationError("record", record, "a Record")
        history = self._records.setdefault(record.category, [])
        start = record.set_on.start
        position = sum(1 for r in history if r.set_on.start <= start)
        if record.stands:
            before = next((r for r in reversed(history[:position]) if r.stands), None)
            after = next((r for r in history[position:] if r.stands), None)
            for older, newer in ((before, record), (record, after)):
                if older is not None and newer is not None:
                    _follows(newer, older)
        history.insert(position, record)
        return self._step(history, position)

    def steps(self, category: RecordCategory) -> list[ProgressionStep]:
        """The progression, oldest first: how each standing record follows the one before.

        Uncertain steps are marked (``beats`` MAYBE) and say why in words.
        """
        history = self._records.get(_category(category), [])
        return [self._step(history, i) for i, r in enumerate(history) if r.stands]

    @staticmethod
    def _step(history: list[Record], position: int) -> ProgressionStep:
        record = history[position]
        previous = next((r for r in reversed(history[:position]) if r.stands), None)
        if not record.stands:
            return ProgressionStep(record, previous, Certainty.NO, rescinded=True)
        if previous is None:
            return ProgressionStep(record, previous, Certainty.YES)
        outcome, _ = _judge(record.value, previous.value, record.category)
        return ProgressionStep(record, previous, _BROKE[outcome], tie=outcome is Outcome.TIED)

    def history(self, category: RecordCategory) -> list[Record]:
        """Every record in ``category``, oldest first (rescinded ones included)."""
        return list(self._records.get(_category(category), []))

    def current(
        self, category: RecordCategory, as_of: Span | datetime | None = None
    ) -> Record | None:
        """The latest record set (begun) before ``as_of`` (the latest, when None).

        See :meth:`standing` for every record that may stand, with how sure.
        """
        moment = _instant(as_of, "as_of")
        standing = [
            r
            for r in self._records.get(_category(category), [])
            if r.stands and (moment is None or r.set_on.start < moment)
        ]
        return standing[-1] if standing else None

    def standing(
        self,
        category: RecordCategory,
        as_of: Span | datetime,
        *,
        exclude_event: str | None = None,
    ) -> list[Standing]:
        """Every record that may stand at ``as_of``, oldest first, with a Certainty.

        A record stands when it had been set and no other record set by then
        is strictly better (equal records are joint holders). An ``as_of``
        inside a record's uncertain ``set_on``, or an uncertain step in the
        progression, gives MAYBE — never a confident answer. Records set by
        the event ``exclude_event`` are left out.

        >>> from polevents import Figure, Metric, Span
        >>> crowd = RecordCategory(metric=Metric.ATTENDANCE, title="largest crowd")
        >>> book = RecordBook()
        >>> _ = book.add(Record(category=crowd, holder="A", value=Figure.exact(60_000, "person"),
        ...                     set_on=Span.parse("March 2020", tz="UTC")))
        >>> [(s.record.holder, s.certainty.name)
        ...  for s in book.standing(crowd, Span.parse("2020-03-15", tz="UTC"))]
        [('A', 'MAYBE')]
        """
        moment = _instant(as_of, "as_of")
        if moment is None:
            raise ValidationError("as_of", as_of, "a Span or a time-zone-aware datetime")
        v.optional("exclude_event", exclude_event, str, "an event id")
        records = [
            r
            for r in self._records.get(_category(category), [])
            if r.stands and (exclude_event is None or r.event_id != exclude_event)
        ]
        result = []
        for record in records:
            certainty = _set_by(record, moment)
            for other in records:
                if other is not record and certainty is not Certainty.NO:
                    certainty = certainty & ~(_set_by(other, moment) & _better(other, record))
            if certainty is not Certainty.NO:
                result.append(Standing(record, certainty))
        return result

    def check(
        self,
        event: Event,
        as_of: Span | datetime | None = None,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
    ) -> list[Verdict]:
        """A verdict for every category the event competes in.

        Each is against the records that may stand when the event began (or
        at ``as_of``), never one set by the event itself. When more than one
        may stand, the event certainly broke the record only if it certainly
        beats each, and the reasons name them. Categories come in the order
        they were first added.
        """
        if not isinstance(event, Event):
            raise ValidationError("event", event, "an Event")
        policy = reading_policy(policy)
        registry = registry_argument(registry)
        moment = _instant(as_of, "as_of") or event.when.start
        verdicts = []
        for category in self._records:
            if not category.fits(event):
                continue
            standing = self.standing(category, moment, exclude_event=event.id)
            records = [s.record for s in standing]
            verdict = check(event, records or category, policy=policy, registry=registry)
            if standing and all(_set_by(s.record, moment) is not Certainty.YES for s in standing):
                # the event may have come before any record was set
                verdict = _perhaps_first(verdict)
            verdicts.append(verdict)
        return verdicts

    def submit(
        self,
        event: Event,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
    ) -> list[Record]:
        """Add a record for every category the event certainly broke, set
        first or tied (a joint holder). Categories that already hold a record
        set by this event (``event_id``) are left alone."""
        added = []
        for verdict in self.check(event, policy=policy, registry=registry):
            tied = verdict.outcome is Outcome.TIED
            if (verdict.broke is not Certainty.YES and not tied) or verdict.challenger is None:
                continue
            if event.id is not None and any(
                r.event_id == event.id for r in self._records[verdict.category]
            ):
                continue
            derivation = event.derivation(verdict.category.metric, policy=policy, registry=registry)
            own = derivation.reconciliation
            # Keep the claims only when they alone give the value; a value
            # tightened by other metrics is stored as the figure it is.
            claims = own.used if own is not None and own.figure == derivation.figure else ()
            record = Record(
                category=verdict.category,
                holder=event.title,
                value=verdict.challenger,
                set_on=event.when,
                event_id=event.id,
                claims=claims,
            )
            self.add(record)
            added.append(record)
        return added

    def progression(self, category: RecordCategory) -> list[dict[str, Any]]:
        """The category's history as rows for a table or a plot.

        Each row: ``set_on`` (ISO start), ``holder``, ``low``, ``high``,
        ``nominal`` (floats in ``unit``, None when unbounded or unstated),
        ``unit``, ``status``, and ``step``: "first", "certain", "uncertain",
        "tie" or "rescinded".
        """
        _category(category)
        steps = {id(s.record): s for s in self.steps(category)}
        rows = []
        for record in self.history(category):
            low, high = record.value.bounds
            step = steps.get(id(record))
            rows.append(
                {
                    "set_on": record.set_on.start.isoformat(),
                    "holder": record.holder_name,
                    "low": low,
                    "high": high,
                    "nominal": record.value.nominal_value,
                    "unit": record.value.unit,
                    "status": record.status.value,
                    "step": _step_name(step),
                }
            )
        return rows


def _category(category: object) -> RecordCategory:
    return v.argument("category", category, RecordCategory, "a RecordCategory")


def _step_name(step: ProgressionStep | None) -> str:
    if step is None:
        return "rescinded"
    if step.previous is None:
        return "first"
    if step.tie:
        return "tie"
    return "uncertain" if step.uncertain else "certain"


def _follows(newer: Record, older: Record) -> None:
    """Refuse ``newer`` when it certainly neither beats nor equals ``older``."""
    outcome, _ = _judge(newer.value, older.value, newer.category)
    if outcome is Outcome.NOT_BROKEN:
        raise ValidationError(
            "record",
            f"{newer.holder_name}: {_render.figure(newer.value)}",
            f"a figure that may beat or equal the record it follows in "
            f"{newer.category.label} ({older.holder_name}: {_render.figure(older.value)}), "
            "but it certainly does neither",
        )


def _perhaps_first(verdict: Verdict) -> Verdict:
    """When no record may have stood yet, a challenger that did not beat the
    candidates may still have set the first record: NOT_BROKEN and TIED become
    UNDETERMINED."""
    if verdict.outcome not in (Outcome.NOT_BROKEN, Outcome.TIED):
        return verdict
    step = BeforeAnyRecord(verdict.records)
    return attrs.evolve(verdict, outcome=Outcome.UNDETERMINED, reasons=(*verdict.reasons, step))
