"""What a figure measures, and what one measure says about another.

"An average of 165,000 listening at any moment" and "over 446,000 tuned in"
are figures for different metrics: average concurrent listeners and unique
audience. They cannot be compared directly — but for one event, the average
audience at any moment can never exceed the peak, nor the peak the number of
different people who ever listened. Such known inequalities let one metric's
figure bound another's.

>>> from polevents import Metric
>>> Metric.AVERAGE_CONCURRENT.unit
'person'
>>> [str(m) for m in Metric.registry().above(Metric.AVERAGE_CONCURRENT)]
['peak concurrent listeners', 'unique audience']
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import attrs

from polevents.errors import ValidationError
from polevents.units import canonical_unit, dimension_of

__all__ = ["Inequality", "Metric", "MetricRegistry"]

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
        raise ValidationError("Metric.unit", value, "a unit name such as 'person'")
    return canonical_unit(value, field="Metric.unit")


@attrs.frozen(kw_only=True)
class Metric:
    """A measure of an event: a key for files, a label for people, a unit."""

    key: str = attrs.field(validator=_key)
    label: str = attrs.field(validator=_label)
    unit: str = attrs.field(converter=_unit)

    AVERAGE_CONCURRENT: ClassVar[Metric]
    PEAK_CONCURRENT: ClassVar[Metric]
    UNIQUE_AUDIENCE: ClassVar[Metric]
    ATTENDANCE: ClassVar[Metric]
    INTERACTIONS: ClassVar[Metric]
    POSTS: ClassVar[Metric]
    VIEWS: ClassVar[Metric]
    DURATION: ClassVar[Metric]

    @property
    def dimension(self) -> str:
        """The unit's dimension, e.g. ``'[audience]'``."""
        return dimension_of(self.unit)

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
    def declare(cls, key: str, label: str, unit: str) -> Metric:
        """Create a metric and add it to the default registry."""
        return DEFAULT.declare(cls(key=key, label=label, unit=unit))

    def __str__(self) -> str:
        return self.label


@attrs.frozen
class Inequality:
    """For any one event, ``smaller`` can never exceed ``larger``."""

    smaller: Metric
    larger: Metric

    def __attrs_post_init__(self) -> None:
        for name, metric in (("smaller", self.smaller), ("larger", self.larger)):
            if not isinstance(metric, Metric):
                raise ValidationError(f"Inequality.{name}", metric, "a Metric")
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


@attrs.define
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
        return self._reach(metric, upward=False)

    def above(self, metric: Metric) -> list[Metric]:
        """Metrics known never to be exceeded by ``metric``."""
        return self._reach(metric, upward=True)

    def chain(self, smaller: Metric, larger: Metric) -> list[Inequality]:
        """The inequalities that lead from ``smaller`` up to ``larger`` (empty if none)."""
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


Metric.AVERAGE_CONCURRENT = Metric(
    key="average_concurrent", label="average concurrent listeners", unit="person"
)
Metric.PEAK_CONCURRENT = Metric(
    key="peak_concurrent", label="peak concurrent listeners", unit="person"
)
Metric.UNIQUE_AUDIENCE = Metric(key="unique_audience", label="unique audience", unit="person")
Metric.ATTENDANCE = Metric(key="attendance", label="attendance", unit="person")
Metric.INTERACTIONS = Metric(key="interactions", label="people who interacted", unit="person")
Metric.POSTS = Metric(key="posts", label="posts", unit="post")
Metric.VIEWS = Metric(key="views", label="views", unit="view")
Metric.DURATION = Metric(key="duration", label="duration", unit="minute")

BUILTINS: tuple[Metric, ...] = (
    Metric.AVERAGE_CONCURRENT,
    Metric.PEAK_CONCURRENT,
    Metric.UNIQUE_AUDIENCE,
    Metric.ATTENDANCE,
    Metric.INTERACTIONS,
    Metric.POSTS,
    Metric.VIEWS,
    Metric.DURATION,
)

DEFAULT = MetricRegistry.with_builtins()
