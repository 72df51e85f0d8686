"""What a figure measures, and what one measure says about another.

"An average of 165,000 listening at any moment" and "over 446,000 tuned in"
are figures for different metrics: average concurrent listeners and unique
audience. They cannot be compared directly — but for one event, the average
audience at any moment can never exceed the peak, nor the peak the number of
different people who ever listened. Such known inequalities let one metric's
figure bound another's.

Every metric has a :class:`MetricKind` that says what a count taken before
the end means (a running total only grows; an instantaneous count is at most
the peak), and a :class:`Direction` of interest (is more better, or less?).

>>> from polevents import Metric
>>> Metric.AVERAGE_CONCURRENT.unit
'person'
>>> [str(m) for m in Metric.registry().above(Metric.AVERAGE_CONCURRENT)]
['peak concurrent audience', 'unique audience']
>>> Metric.UNIQUE_AUDIENCE.kind
<MetricKind.CUMULATIVE: 'cumulative'>
"""

from __future__ import annotations

import enum
import re
from typing import Any, ClassVar, NoReturn

import attrs

from polevents import _validators as v
from polevents.errors import ValidationError
from polevents.units import canonical_unit, dimension_of

__all__ = [
    "MONEY",
    "Direction",
    "Inequality",
    "Metric",
    "MetricKind",
    "MetricRegistry",
    "is_currency",
]

#: The unit of a metric counted in money: a figure in any one currency fits it.
MONEY = "money"
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def is_currency(unit: str) -> bool:
    """Whether ``unit`` is a currency: the registry names currencies by ISO 4217 code.

    >>> is_currency("USD"), is_currency("person")
    (True, False)
    """
    v.argument("unit", unit, str, "a unit name such as 'USD' or 'person'")
    return bool(_CURRENCY.match(unit))


class MetricKind(enum.Enum):
    """What a count of this metric taken at some moment says about the final figure.

    - CUMULATIVE only grows while it is counted (unique audience, views,
      votes counted): a count taken before the count closed is a lower bound.
    - PEAK is the largest instantaneous value: the peak so far is a lower bound.
    - INSTANT is the value at one moment: at most the peak.
    - AVERAGE is the mean over the event: an average so far says nothing
      about the final one, but it is at most the peak.
    - FIXED has one value whenever it is reported (attendance, turnout).
    """

    CUMULATIVE = "cumulative"
    PEAK = "peak"
    INSTANT = "instant"
    AVERAGE = "average"
    FIXED = "fixed"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


class Direction(enum.Enum):
    """Whether a higher or a lower figure is better."""

    HIGHER = "higher"
    LOWER = "lower"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _key(instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _KEY.match(value):
        raise ValidationError(
            "Metric.key", value, "a lowercase key of letters, digits and '_' (such as 'views')"
        )


def _label(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("Metric.label", value, "a non-empty string")


def _unit(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("Metric.unit", value, "a unit name such as 'person', or 'money'")
    if value.strip().lower() == MONEY:
        return MONEY
    return canonical_unit(value, field="Metric.unit")


@attrs.frozen(kw_only=True)
class Metric:
    """A measure of an event: a key for files, a label for people, a unit,
    a kind and a direction of interest.

    ``unit`` is a unit name (its dimension is what a claim's figure must
    have) or ``"money"``: a metric in money accepts a figure in any currency,
    but figures in two currencies are never compared or combined (currencies
    are never converted).

    >>> Metric(key="replays", label="replays", unit="view", kind=MetricKind.CUMULATIVE).kind.value
    'cumulative'
    """

    key: str = attrs.field(validator=_key)
    label: str = attrs.field(validator=_label)
    unit: str = attrs.field(converter=_unit)
    kind: MetricKind = attrs.field(default=MetricKind.FIXED)
    direction: Direction = attrs.field(default=Direction.HIGHER)

    @kind.validator
    def _check_kind(self, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, MetricKind):
            raise ValidationError("Metric.kind", value, "a MetricKind such as CUMULATIVE")

    @direction.validator
    def _check_direction(self, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, Direction):
            raise ValidationError("Metric.direction", value, "Direction.HIGHER or Direction.LOWER")

    AVERAGE_CONCURRENT: ClassVar[Metric]
    PEAK_CONCURRENT: ClassVar[Metric]
    UNIQUE_AUDIENCE: ClassVar[Metric]
    ATTENDANCE: ClassVar[Metric]
    INTERACTIONS: ClassVar[Metric]
    POSTS: ClassVar[Metric]
    VIEWS: ClassVar[Metric]
    DURATION: ClassVar[Metric]
    CONCURRENT: ClassVar[Metric]
    VOTES: ClassVar[Metric]
    TURNOUT: ClassVar[Metric]
    VOTE_SHARE: ClassVar[Metric]
    FUNDS_RAISED: ClassVar[Metric]
    FOLLOWERS: ClassVar[Metric]
    TIME_TO: ClassVar[Metric]

    @property
    def dimension(self) -> str:
        """The unit's dimension, e.g. ``'[audience]'``; ``'[money]'`` for money."""
        if self.unit == MONEY:
            return "[money]"
        try:
            return dimension_of(self.unit)
        except Exception:  # a built-in whose unit the registry does not know yet
            return f"[{self.unit}]"

    def accepts(self, unit: str) -> bool:
        """Whether a figure in ``unit`` can be a figure for this metric.

        >>> Metric.FUNDS_RAISED.accepts("USD"), Metric.VIEWS.accepts("person")
        (True, False)
        """
        v.argument("unit", unit, str, "a unit name such as 'person'")
        if self.unit == MONEY:
            return is_currency(unit)
        try:
            return dimension_of(unit) == self.dimension
        except Exception:
            return False

    @classmethod
    def registry(cls) -> MetricRegistry:
        """The default registry: the built-in metrics and whatever users declared."""
        return DEFAULT

    @classmethod
    def get(cls, key: str) -> Metric:
        """The metric with this key in the default registry.

        >>> Metric.get("unique_audience") is Metric.UNIQUE_AUDIENCE
        True
        """
        return DEFAULT.get(key)

    @classmethod
    def declare(
        cls,
        key: str,
        label: str,
        unit: str,
        kind: MetricKind = MetricKind.FIXED,
        direction: Direction = Direction.HIGHER,
    ) -> Metric:
        """Create a metric and add it to the default registry.

        >>> m = Metric.declare("doc_replays", "replays", "view", MetricKind.CUMULATIVE)
        >>> Metric.get("doc_replays") is m
        True
        """
        return DEFAULT.declare(cls(key=key, label=label, unit=unit, kind=kind, direction=direction))

    @classmethod
    def declare_inequality(cls, smaller: Metric, larger: Metric) -> Inequality:
        """Record in the default registry that, for one event, ``smaller`` ≤ ``larger``."""
        return DEFAULT.declare_inequality(smaller, larger)

    def __str__(self) -> str:
        return self.label


@attrs.frozen
class Inequality:
    """For any one event, ``smaller`` can never exceed ``larger``."""

    smaller: Metric = attrs.field(validator=v.instance_of(Metric))
    larger: Metric = attrs.field(validator=v.instance_of(Metric))

    def __attrs_post_init__(self) -> None:
        if self.smaller.dimension != self.larger.dimension:
            raise ValidationError(
                "Inequality.larger",
                self.larger.key,
                f"a metric measured like {self.smaller.key} ({self.smaller.dimension})",
            )
        if self.smaller == self.larger:
            raise ValidationError("Inequality.larger", self.larger.key, "a different metric")

    def __str__(self) -> str:
        return f"{self.smaller} ≤ {self.larger}"


@attrs.define(field_transformer=v.typed)
class MetricRegistry:
    """Metrics by key, and the inequalities known between them.

    The default registry (:meth:`Metric.registry`) holds the built-ins; make
    your own with :meth:`with_builtins` to keep experiments apart.
    """

    metrics: dict[str, Metric] = attrs.field(factory=dict)
    inequalities: list[Inequality] = attrs.field(factory=list)

    @classmethod
    def with_builtins(cls) -> MetricRegistry:
        """A new registry holding the built-in metrics and inequalities."""
        registry = cls()
        for metric in BUILTINS:
            registry.declare(metric)
        registry.declare_inequality(Metric.AVERAGE_CONCURRENT, Metric.PEAK_CONCURRENT)
        registry.declare_inequality(Metric.PEAK_CONCURRENT, Metric.UNIQUE_AUDIENCE)
        registry.declare_inequality(Metric.CONCURRENT, Metric.PEAK_CONCURRENT)
        return registry

    def declare(self, metric: Metric) -> Metric:
        """Add a metric; declaring the same one twice is fine, a clash is not."""
        if not isinstance(metric, Metric):
            raise ValidationError("metric", metric, "a Metric")
        known = self.metrics.get(metric.key)
        if known is not None and known != metric:
            raise ValidationError("Metric.key", metric.key, f"a key not already used by {known!r}")
        self.metrics[metric.key] = metric
        return metric

    def declare_inequality(self, smaller: Metric, larger: Metric) -> Inequality:
        """Record that, for one event, ``smaller`` never exceeds ``larger``."""
        inequality = Inequality(smaller, larger)
        for metric in (smaller, larger):
            self.declare(metric)
        if inequality not in self.inequalities:
            self.inequalities.append(inequality)
        return inequality

    def get(self, key: str) -> Metric:
        """The metric with this key, or a ValidationError listing the known keys."""
        try:
            return self.metrics[key]
        except (KeyError, TypeError):
            known = ", ".join(sorted(self.metrics))
            raise ValidationError("metric", key, f"one of the known metric keys: {known}") from None

    def below(self, metric: Metric) -> list[Metric]:
        """Metrics known never to exceed ``metric`` (directly or through others)."""
        v.argument("metric", metric, Metric, "a Metric")
        return self._reach(metric, upward=False)

    def above(self, metric: Metric) -> list[Metric]:
        """Metrics known never to be exceeded by ``metric``."""
        v.argument("metric", metric, Metric, "a Metric")
        return self._reach(metric, upward=True)

    def chain(self, smaller: Metric, larger: Metric) -> list[Inequality]:
        """The inequalities that lead from ``smaller`` up to ``larger`` (empty if none)."""
        v.argument("smaller", smaller, Metric, "a Metric")
        v.argument("larger", larger, Metric, "a Metric")
        paths: dict[Metric, list[Inequality]] = {smaller: []}
        frontier = [smaller]
        while frontier:
            current = frontier.pop(0)
            for step in self.inequalities:
                if step.smaller == current and step.larger not in paths:
                    paths[step.larger] = [*paths[current], step]
                    frontier.append(step.larger)
        return paths.get(larger, [])

    def _reach(self, metric: Metric, *, upward: bool) -> list[Metric]:
        found: list[Metric] = []
        frontier = [metric]
        while frontier:
            current = frontier.pop(0)
            for step in self.inequalities:
                start, end = (step.smaller, step.larger) if upward else (step.larger, step.smaller)
                if start == current and end != metric and end not in found:
                    found.append(end)
                    frontier.append(end)
        return found


def _builtin(
    key: str, label: str, unit: str, kind: MetricKind, direction: Direction = Direction.HIGHER
) -> Metric:
    try:
        return Metric(key=key, label=label, unit=unit, kind=kind, direction=direction)
    except ValidationError:
        # The unit registry may not know this unit yet ('vote', 'percent' arrive
        # with the number reader); keep the metric so the names exist, unvalidated.
        metric = object.__new__(Metric)
        for name, value in (
            ("key", key),
            ("label", label),
            ("unit", unit),
            ("kind", kind),
            ("direction", direction),
        ):
            object.__setattr__(metric, name, value)
        return metric


_C, _P, _I, _A, _F = (
    MetricKind.CUMULATIVE,
    MetricKind.PEAK,
    MetricKind.INSTANT,
    MetricKind.AVERAGE,
    MetricKind.FIXED,
)
Metric.AVERAGE_CONCURRENT = _builtin(
    "average_concurrent", "average concurrent audience", "person", _A
)
Metric.PEAK_CONCURRENT = _builtin("peak_concurrent", "peak concurrent audience", "person", _P)
Metric.CONCURRENT = _builtin("concurrent", "concurrent audience", "person", _I)
Metric.UNIQUE_AUDIENCE = _builtin("unique_audience", "unique audience", "person", _C)
Metric.ATTENDANCE = _builtin("attendance", "attendance", "person", _F)
Metric.INTERACTIONS = _builtin("interactions", "people who interacted", "person", _C)
Metric.POSTS = _builtin("posts", "posts", "post", _C)
Metric.VIEWS = _builtin("views", "views", "view", _C)
Metric.DURATION = _builtin("duration", "duration", "minute", _F)
Metric.VOTES = _builtin("votes", "votes", "vote", _C)
Metric.TURNOUT = _builtin("turnout", "turnout", "percent", _F)
Metric.VOTE_SHARE = _builtin("vote_share", "vote share", "percent", _F)
Metric.FUNDS_RAISED = _builtin("funds_raised", "funds raised", MONEY, _C)
Metric.FOLLOWERS = _builtin("followers", "followers", "person", _C)
# The milestone ("1 million followers") is not part of the metric: it is named
# by the record category's title, one category per milestone (see RecordCategory).
Metric.TIME_TO = _builtin(
    "time_to", "time to reach a milestone", "second", _F, direction=Direction.LOWER
)

BUILTINS: tuple[Metric, ...] = (
    Metric.AVERAGE_CONCURRENT,
    Metric.PEAK_CONCURRENT,
    Metric.CONCURRENT,
    Metric.UNIQUE_AUDIENCE,
    Metric.ATTENDANCE,
    Metric.INTERACTIONS,
    Metric.POSTS,
    Metric.VIEWS,
    Metric.DURATION,
    Metric.VOTES,
    Metric.TURNOUT,
    Metric.VOTE_SHARE,
    Metric.FUNDS_RAISED,
    Metric.FOLLOWERS,
    Metric.TIME_TO,
)

DEFAULT = MetricRegistry.with_builtins()
