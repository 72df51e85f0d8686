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
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import attrs

from polevents import _format
from polevents import _validators as v
from polevents.actors import Organization, Party, Person
from polevents.certainty import Certainty
from polevents.errors import IncomparableError, ValidationError
from polevents.events import Event, normalize_platform
from polevents.figures import Figure, ReadingPolicy
from polevents.metrics import Metric, MetricRegistry
from polevents.sources import Claim, reconcile
from polevents.timeline import Span

__all__ = [
    "Direction",
    "Outcome",
    "Record",
    "RecordBook",
    "RecordCategory",
    "Verdict",
    "check",
]


class Direction(enum.Enum):
    """Whether a higher or a lower figure is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Outcome(enum.Enum):
    """What a check found."""

    BROKEN = "broken"
    TIED = "tied"
    NOT_BROKEN = "not_broken"
    UNDETERMINED = "undetermined"
    INCOMPARABLE = "incomparable"
    FIRST = "first"


_BROKE = {
    Outcome.BROKEN: Certainty.YES,
    Outcome.FIRST: Certainty.YES,
    Outcome.NOT_BROKEN: Certainty.NO,
    Outcome.TIED: Certainty.NO,
    Outcome.UNDETERMINED: Certainty.MAYBE,
    Outcome.INCOMPARABLE: Certainty.MAYBE,
}


def _optional_platform(value: object) -> str | None:
    return None if value is None else normalize_platform(value)  # type: ignore[arg-type]


def _scope(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("RecordCategory.scope", value, "a non-empty scope such as 'global'")


@attrs.frozen(kw_only=True)
class RecordCategory:
    """What a record is for.

    Args:
        metric: The one metric it measures.
        platform: The platform it is on ("Twitter Spaces"), or None for any.
        event_type: ``"rally"``, ``"audio_session"``, ``"trend"``, None for any
            event, or a free label ("100 m") that no event type fits.
        scope: Where it holds: ``"global"``, a country, ...
        direction: Whether higher (the default) or lower is better.
        title: A readable name; one is made up from the rest when None.
    """

    metric: Metric = attrs.field(validator=v.instance_of(Metric))
    platform: str | None = attrs.field(default=None, converter=_optional_platform)
    event_type: str | None = attrs.field(default=None, validator=v.optional_text)
    scope: str = attrs.field(default="global", validator=_scope)
    direction: Direction = attrs.field(default=Direction.HIGHER, validator=v.instance_of(Direction))
    title: str | None = attrs.field(default=None, validator=v.optional_text)

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
        """Whether ``event`` competes in this category (its type and platform fit)."""
        if self.event_type is not None and self.event_type != event.event_type:
            return False
        if self.platform is None:
            return True
        return getattr(event, "platform", None) == self.platform

    def __str__(self) -> str:
        return self.label


Holder = str | Person | Party | Organization


def _holder(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str):
        if not value.strip():
            raise ValidationError("Record.holder", value, "a non-empty name or an actor")
    elif not isinstance(value, Person | Party | Organization):
        raise ValidationError(
            "Record.holder", value, "a name, a Person, a Party or an Organization"
        )


@attrs.frozen(kw_only=True)
class Record:
    """A record as it stood: who held it, with what figure, set when.

    ``value`` is the figure as reconciled from ``claims`` when claims are
    given (see :meth:`from_claims`), so that other reading policies can read
    the claims afresh.
    """

    category: RecordCategory = attrs.field(validator=v.instance_of(RecordCategory))
    holder: Holder = attrs.field(validator=_holder)
    value: Figure = attrs.field(validator=v.instance_of(Figure))
    set_on: Span = attrs.field(validator=v.instance_of(Span))
    event_id: str | None = attrs.field(default=None, validator=v.identifier)
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=v.tuple_of(Claim))
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def __attrs_post_init__(self) -> None:
        if self.value.dimension != self.category.metric.dimension:
            raise ValidationError(
                "Record.value",
                str(self.value),
                f"a figure in {self.category.metric.unit} for {self.category.metric.key}",
            )
        for i, claim in enumerate(self.claims):
            if claim.metric != self.category.metric:
                raise ValidationError(
                    f"Record.claims[{i}]",
                    claim.metric.key,
                    f"a claim for the category's metric, {self.category.metric.key}",
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
    ) -> Record:
        """A record whose value is the reconciliation of what the sources said."""
        value = reconcile(claims).figure
        return cls(
            category=category,
            holder=holder,
            value=value,
            set_on=set_on,
            event_id=event_id,
            claims=tuple(claims),
            id=id,
        )

    @property
    def holder_name(self) -> str:
        return self.holder if isinstance(self.holder, str) else str(self.holder)

    def value_under(self, policy: ReadingPolicy | None) -> tuple[Figure, list[str], bool]:
        """The value under ``policy``, the reasons, and whether the reports conflict."""
        if self.claims:
            result = reconcile(self.claims, policy)
            reasons = [f"record: {line}" for line in result.reasons()]
            return result.figure, reasons, not result.consistent
        figure = self.value if policy is None else self.value.reread(policy)
        return figure, [f"record: {self.holder_name} holds it with {figure}"], False


def _prose(figure: Figure) -> str:
    """A figure in running text: '39,600 to 48,400 people'."""
    low, high = figure.bounds
    unit = _format.unit_words(figure.unit)
    fmt = _format.number
    if low is not None and low == high:
        return f"{fmt(low)} {_format.unit_words(figure.unit, plural=low != 1)}"
    if low is not None and high is not None:
        return f"{fmt(low)} to {fmt(high)} {unit}"
    if low is not None:
        return f"{'at least' if figure.low_inclusive else 'more than'} {fmt(low)} {unit}"
    if high is not None:
        return f"{'at most' if figure.high_inclusive else 'less than'} {fmt(high)} {unit}"
    return f"an unknown number of {unit}"


def _ratio_prose(ratio: tuple[float, float | None]) -> str:
    low, high = ratio
    low_text = _format.ratio(low, "down")
    if high is None:
        return f"at least {low_text}"
    high_text = _format.ratio(high, "up")
    return low_text if low_text == high_text else f"{low_text} to {high_text}"


@attrs.frozen(kw_only=True)
class Verdict:
    """The answer to "did it break the record?".

    Attributes:
        outcome: BROKEN, TIED, NOT_BROKEN, UNDETERMINED, INCOMPARABLE or FIRST.
        category: The record category checked.
        record: The record checked against (None for FIRST, or no record).
        challenger: The challenger's figure for the category's metric, if any.
        subject: The challenger's name (the event's title), if it has one.
        margin: How much better the challenger is (negative: worse).
        ratio: ``(low, high)`` times better; ``high`` None when unbounded.
        reasons: Every step, in words.
        record_value: The record's figure as read for this check.
        conflicting: Whether the record's reports conflict.
        policy: The name of the reading policy used, if one was imposed.
    """

    outcome: Outcome
    category: RecordCategory
    record: Record | None = None
    challenger: Figure | None = None
    subject: str | None = None
    margin: Figure | None = None
    ratio: tuple[float, float | None] | None = None
    reasons: tuple[str, ...] = ()
    record_value: Figure | None = None
    conflicting: bool = False
    policy: str | None = None

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

    def __str__(self) -> str:
        who = self.subject or "The challenger"
        subject = self.subject
        holder = self.record.holder_name if self.record is not None else None
        record_text = ""
        if self.record_value is not None:
            conflict = "; the reports conflict" if self.conflicting else ""
            record_text = f" ({_prose(self.record_value)}{conflict})"
        mine = f" ({_prose(self.challenger)})" if self.challenger is not None and subject else ""
        match self.outcome:
            case Outcome.BROKEN:
                assert self.margin is not None
                ratio = f" ({_ratio_prose(self.ratio)})" if self.ratio is not None else ""
                start = f"{subject}{mine} broke" if subject else "Broke"
                return (
                    f"{start} the record held by {holder}{record_text} "
                    f"by {_prose(self.margin)}{ratio}."
                )
            case Outcome.TIED:
                start = f"{subject}{mine} tied" if subject else "Tied"
                return f"{start} the record held by {holder}{record_text}."
            case Outcome.NOT_BROKEN:
                assert self.margin is not None
                short = _prose(_negate(self.margin))
                start = f"{subject}{mine} did not break" if subject else "Did not break"
                return (
                    f"{start} the record held by {holder}{record_text}: it fell short by {short}."
                )
            case Outcome.UNDETERMINED:
                start = (
                    f"{subject}{mine} may or may not have broken"
                    if subject
                    else ("The reports cannot tell whether it broke")
                )
                why = _undetermined_why(self)
                return f"{start} the record held by {holder}{record_text}: {why}."
            case Outcome.INCOMPARABLE:
                return (
                    f"{who} cannot be compared with the record for {self.category.label}: "
                    f"no figure for {self.category.metric.label} can be had from its reports."
                )
            case Outcome.FIRST:
                return f"{who}{mine} sets the first record for {self.category.label}."
        raise AssertionError(self.outcome)  # pragma: no cover


def _negate(figure: Figure) -> Figure:
    low, high = figure.bounds
    return Figure(
        low=None if high is None else -high,
        high=None if low is None else -low,
        low_inclusive=figure.high_inclusive,
        high_inclusive=figure.low_inclusive,
        unit=figure.unit,
        qualifier=figure.qualifier,
    )


def _undetermined_why(verdict: Verdict) -> str:
    if verdict.record_value is not None and verdict.record_value.bounds[1] is None:
        return "the record's figure has no upper bound, so nothing can be sure to beat it"
    if (
        verdict.challenger is not None
        and verdict.challenger.bounds[1] is None
        and (verdict.category.direction is Direction.LOWER)
    ):
        return "the challenger's figure has no upper bound"
    assert verdict.margin is not None
    return f"the margin could be anywhere from {_prose(verdict.margin)}"


def _policy_line(policy: ReadingPolicy | None, figures: Iterable[Figure]) -> str:
    names = sorted({f.policy for f in figures if f.policy})
    if policy is not None:
        name = policy.name
    elif names:
        name = ", ".join(names)
    else:
        return "no hedged figures were involved"
    reading = {
        "news": "a hedge points one way and stays close ('over x' is at most 10% over x)",
        "literal": "a hedge keeps only what the words say ('over x' has no upper bound)",
    }.get(name, "as the custom policy sets")
    return f"hedges read under the {name.upper()} policy: {reading}"


def check(
    challenger: Event | Figure,
    record: Record | RecordCategory,
    *,
    policy: ReadingPolicy | None = None,
    registry: MetricRegistry | None = None,
) -> Verdict:
    """Did ``challenger`` break ``record``?

    Args:
        challenger: An event (its figure for the record's metric is derived
            from its claims) or a figure.
        record: The record to beat, or a category with no record yet (FIRST).
        policy: Read every hedge under this policy (each figure's own otherwise).
        registry: Metric inequalities to derive with (the default otherwise).

    Raises:
        IncomparableError: a figure of another dimension than the metric's.
        ValidationError: a challenger or record of the wrong type.
    """
    if isinstance(record, RecordCategory):
        category, standing = record, None
    elif isinstance(record, Record):
        category, standing = record.category, record
    else:
        raise ValidationError("record", record, "a Record or a RecordCategory")
    metric = category.metric
    reasons: list[str] = []
    subject = challenger.title if isinstance(challenger, Event) else None

    def verdict(outcome: Outcome, **found: Any) -> Verdict:
        return Verdict(
            outcome=outcome,
            category=category,
            record=standing,
            subject=subject,
            reasons=tuple(reasons),
            policy=policy.name if policy else None,
            **found,
        )

    if isinstance(challenger, Event):
        if not category.fits(challenger):
            platform = getattr(challenger, "platform", None)
            kind = challenger.event_type + (f" on {platform}" if platform else "")
            reasons.append(f"{challenger.title} ({kind}) does not compete in {category.label}")
            return verdict(Outcome.INCOMPARABLE)
        derivation = challenger.derivation(metric, policy=policy, registry=registry)
        reasons.extend(derivation.steps)
        figure = derivation.figure
    elif isinstance(challenger, Figure):
        if challenger.dimension != metric.dimension:
            raise IncomparableError(
                f"cannot check {challenger} against a record for {metric.key} "
                f"({metric.dimension}): it measures something else"
            )
        figure = challenger if policy is None else challenger.reread(policy)
        reasons.append(f"challenger: {figure}")
    else:
        raise ValidationError("challenger", challenger, "an Event or a Figure")

    if figure is None:
        return verdict(Outcome.INCOMPARABLE)
    if standing is None:
        reasons.append(f"no record yet for {category.label}")
        reasons.append(_policy_line(policy, [figure]))
        return verdict(Outcome.FIRST, challenger=figure)

    record_value, record_reasons, conflicting = standing.value_under(policy)
    reasons.extend(record_reasons)
    reasons.append(_policy_line(policy, [figure, record_value]))
    higher = category.direction is Direction.HIGHER
    better, worse = (figure, record_value) if higher else (record_value, figure)
    answer = better.exceeds(worse)
    try:
        ratio: tuple[float, float | None] | None = better.ratio_to(worse)
    except ValidationError:
        ratio = None  # a record of exactly zero has no meaningful ratio
    if answer is Certainty.YES:
        outcome = Outcome.BROKEN
        reasons.append(
            f"every value the challenger allows ({figure.interval_notation()}) is "
            f"{'above' if higher else 'below'} every value the record allows "
            f"({record_value.interval_notation()})"
        )
    elif (
        answer is Certainty.NO
        and figure.is_exact
        and record_value.is_exact
        and (figure.to(record_value.unit).bounds == record_value.bounds)
    ):
        outcome = Outcome.TIED
        reasons.append(f"both figures are exactly {record_value}: a tie is not a new record")
    elif answer is Certainty.NO:
        outcome = Outcome.NOT_BROKEN
        reasons.append(
            f"no value the challenger allows ({figure.interval_notation()}) is "
            f"{'above' if higher else 'below'} the record ({record_value.interval_notation()})"
        )
    else:
        outcome = Outcome.UNDETERMINED
        reasons.append(
            f"the challenger ({figure.interval_notation()}) and the record "
            f"({record_value.interval_notation()}) overlap, so it depends on where the "
            "truth lies"
        )
        if record_value.bounds[1] is None and higher:
            reasons.append("the record's figure has no upper bound under this reading")
    return verdict(
        outcome,
        challenger=figure,
        margin=better - worse,
        ratio=ratio,
        record_value=record_value,
        conflicting=conflicting,
    )


def _instant(as_of: Span | datetime | None, field: str) -> datetime | None:
    if as_of is None:
        return None
    if isinstance(as_of, Span):
        return as_of.start
    if isinstance(as_of, datetime) and as_of.tzinfo is not None and as_of.utcoffset() is not None:
        return as_of
    raise ValidationError(field, as_of, "a Span or a time-zone-aware datetime")


@attrs.define
class RecordBook:
    """Each category's progression of records, oldest first.

    Records are kept in order of ``set_on``; each must certainly beat the one
    before it. ``check`` compares an event with the record standing when it
    began, in every category it competes in.
    """

    _records: dict[RecordCategory, list[Record]] = attrs.field(factory=dict, alias="records")

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

    def add(self, record: Record) -> None:
        """Add a record where it belongs in its category's history.

        Raises:
            ValidationError: it does not certainly beat the record standing
                before it, or the record after it does not certainly beat it.
        """
        if not isinstance(record, Record):
            raise ValidationError("record", record, "a Record")
        history = self._records.setdefault(record.category, [])
        start = record.set_on.start
        position = sum(1 for r in history if r.set_on.start <= start)
        higher = record.category.direction is Direction.HIGHER
        before = history[position - 1] if position else None
        after = history[position] if position < len(history) else None
        for older, newer in ((before, record), (record, after)):
            if older is None or newer is None:
                continue
            beats = (
                newer.value.exceeds(older.value)
                if higher
                else newer.value.falls_short_of(older.value)
            )
            if beats is not Certainty.YES:
                raise ValidationError(
                    "record",
                    f"{newer.holder_name}: {newer.value}",
                    f"a figure that certainly beats the record it follows "
                    f"({older.holder_name}: {older.value}), but that is {beats.value}",
                )
        history.insert(position, record)

    def history(self, category: RecordCategory) -> list[Record]:
        """Every record in ``category``, oldest first."""
        return list(self._records.get(category, []))

    def current(
        self, category: RecordCategory, as_of: Span | datetime | None = None
    ) -> Record | None:
        """The record standing at ``as_of`` (the latest, when None)."""
        moment = _instant(as_of, "as_of")
        standing = [
            r for r in self._records.get(category, []) if moment is None or r.set_on.start < moment
        ]
        return standing[-1] if standing else None

    def check(
        self,
        event: Event,
        as_of: Span | datetime | None = None,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
    ) -> list[Verdict]:
        """A verdict for every category the event competes in.

        Each is against the record standing when the event began (or at
        ``as_of``): the latest record set before then, never one set by the
        event itself. Categories come in the order they were first added.
        """
        if not isinstance(event, Event):
            raise ValidationError("event", event, "an Event")
        moment = _instant(as_of, "as_of") or event.when.start
        verdicts = []
        for category in self._records:
            if not category.fits(event):
                continue
            standing = [
                r
                for r in self._records[category]
                if r.set_on.start < moment and (event.id is None or r.event_id != event.id)
            ]
            target: Record | RecordCategory = standing[-1] if standing else category
            verdicts.append(check(event, target, policy=policy, registry=registry))
        return verdicts

    def submit(
        self,
        event: Event,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
    ) -> list[Record]:
        """Add a record for every category the event certainly broke (or set first)."""
        added = []
        for verdict in self.check(event, policy=policy, registry=registry):
            if verdict.broke is not Certainty.YES or verdict.challenger is None:
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
        ``nominal`` (floats in ``unit``, None when unbounded or unstated), ``unit``.
        """
        rows = []
        for record in self.history(category):
            low, high = record.value.bounds
            rows.append(
                {
                    "set_on": record.set_on.start.isoformat(),
                    "holder": record.holder_name,
                    "low": low,
                    "high": high,
                    "nominal": record.value.nominal_value,
                    "unit": record.value.unit,
                }
            )
        return rows
