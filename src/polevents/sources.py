"""Who said what: sources, claims, and reconciling claims that disagree.

Every reported number is a :class:`Claim`: which metric, what figure, which
source said it, in which words. Conflicting claims sit side by side until
:func:`reconcile` combines them — explicitly, and with its reasons.

>>> from polevents import Claim, Metric, Source, reconcile
>>> blog = Source(publisher="news blog")
>>> tribune = Source(publisher="The Express Tribune")
>>> old_record = reconcile([
...     Claim.parse(Metric.UNIQUE_AUDIENCE, "almost 44,000 listens", source=blog),
...     Claim.parse(Metric.UNIQUE_AUDIENCE, "over 44,000 listeners", source=tribune),
... ])
>>> old_record.consistent
False
>>> print(old_record.figure)
39,600 to 48,400 person
"""

from __future__ import annotations

import enum
import itertools
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from polevents import _format
from polevents import _validators as v
from polevents.errors import IncomparableError, ValidationError
from polevents.figures import Figure, Qualifier, ReadingPolicy
from polevents.metrics import Metric, MetricRegistry
from polevents.timeline import Span

__all__ = [
    "Claim",
    "Conflict",
    "Derivation",
    "Rank",
    "Reconciliation",
    "Source",
    "derive",
    "reconcile",
]


class Rank(enum.Enum):
    """How much weight a claim carries (after Wikidata's ranks)."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


def _url(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    parsed = urllib.parse.urlsplit(value) if isinstance(value, str) else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValidationError("Source.url", value, "an http:// or https:// address")


@attrs.frozen(kw_only=True)
class Source:
    """Where a claim comes from: a publisher, and optionally the article."""

    publisher: str = attrs.field(validator=v.text)
    url: str | None = attrs.field(default=None, validator=_url)
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    published: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))
    author: str | None = attrs.field(default=None, validator=v.optional_text)
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def __str__(self) -> str:
        return self.publisher


def _figure(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Figure):
        raise ValidationError("Claim.figure", value, "a Figure")


@attrs.frozen(kw_only=True)
class Claim:
    """One source's figure for one metric.

    Raises:
        ValidationError: a figure whose dimension is not the metric's (a
            count of posts for an audience metric), or an empty quote.
    """

    metric: Metric = attrs.field(validator=v.instance_of(Metric))
    figure: Figure = attrs.field(validator=_figure)
    source: Source | None = attrs.field(
        default=None, validator=v.instance_of(Source, optional=True)
    )
    quote: str | None = attrs.field(default=None, validator=v.optional_text)
    rank: Rank = attrs.field(default=Rank.NORMAL, validator=v.instance_of(Rank))
    as_of: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))

    def __attrs_post_init__(self) -> None:
        if self.figure.dimension != self.metric.dimension:
            raise ValidationError(
                "Claim.figure",
                str(self.figure),
                f"a figure in {self.metric.unit} for {self.metric.key} ({self.metric.dimension})",
            )

    @classmethod
    def parse(
        cls,
        metric: Metric,
        text: str,
        source: Source | None = None,
        *,
        rank: Rank = Rank.NORMAL,
        as_of: Span | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Claim:
        """A claim read from the source's own words, which become its quote.

        The metric's unit is used when the words name none.
        """
        if not isinstance(metric, Metric):
            raise ValidationError("metric", metric, "a Metric")
        figure = Figure.parse(text, unit=metric.unit, policy=policy)
        return cls(metric=metric, figure=figure, source=source, quote=text, rank=rank, as_of=as_of)

    def reread(self, policy: ReadingPolicy) -> Claim:
        """The same claim with its figure read under ``policy``."""
        figure = self.figure.reread(policy)
        return self if figure is self.figure else attrs.evolve(self, figure=figure)

    def describe(self) -> str:
        """The claim in words: ``'"over 446,000 people" (The Express Tribune)'``."""
        words = self.quote or self.figure.text or str(self.figure)
        where = f" ({self.source})" if self.source is not None else ""
        return f'"{words}"{where}'


@attrs.frozen
class Conflict:
    """Two claims whose figures share no value."""

    first: Claim
    second: Claim

    def __str__(self) -> str:
        return (
            f"{self.first.describe()} [{self.first.figure.interval_notation()}] and "
            f"{self.second.describe()} [{self.second.figure.interval_notation()}] share no value"
        )


@attrs.frozen(kw_only=True)
class Reconciliation:
    """What a set of claims for one metric says, taken together.

    Attributes:
        figure: The intersection of the claims' intervals when they agree,
            otherwise their hull (the smallest interval holding them all).
        consistent: Whether every claim can be true at once.
        conflicts: The pairs of claims that cannot both be true.
        used: The claims taken into account.
        ignored: Claims left out: deprecated ones, and normal ones when a
            preferred claim exists.
    """

    metric: Metric
    figure: Figure
    consistent: bool
    conflicts: tuple[Conflict, ...]
    used: tuple[Claim, ...]
    ignored: tuple[Claim, ...] = ()

    def reasons(self) -> list[str]:
        """The steps in words."""
        lines = [f"{self.metric}: {c.describe()} reads as {c.figure}" for c in self.used]
        lines += [f"ignored {c.rank.value} claim {c.describe()}" for c in self.ignored]
        if len(self.used) > 1 and self.consistent:
            lines.append(f"the claims agree; together they give {self.figure}")
        for conflict in self.conflicts:
            lines.append(f"the reports conflict: {conflict}")
        if not self.consistent:
            lines.append(f"taking the range that covers every claim: {self.figure}")
        return lines


def reconcile(claims: Iterable[Claim], policy: ReadingPolicy | None = None) -> Reconciliation:
    """Combine claims for one metric into one figure, saying how.

    Deprecated claims are ignored; if any claim is preferred, only preferred
    ones count. Agreeing claims give the intersection of their intervals;
    conflicting ones their hull, with the conflicting pairs listed.

    Args:
        claims: Claims for one metric.
        policy: Read every claim under this policy first (their own otherwise).

    Raises:
        ValidationError: no claims, or only deprecated ones.
        IncomparableError: claims for different metrics.
    """
    claims = list(claims)
    for i, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise ValidationError(f"claims[{i}]", claim, "a Claim")
    if not claims:
        raise ValidationError("claims", [], "at least one claim")
    metric = claims[0].metric
    for claim in claims[1:]:
        if claim.metric != metric:
            raise IncomparableError(
                f"cannot reconcile claims for {metric.key} and {claim.metric.key}: "
                "they measure different things"
            )
    if policy is not None:
        claims = [c.reread(policy) for c in claims]
    preferred = [c for c in claims if c.rank is Rank.PREFERRED]
    used = preferred or [c for c in claims if c.rank is Rank.NORMAL]
    ignored = [c for c in claims if c not in used]
    if not used:
        raise ValidationError(
            "claims", [c.describe() for c in claims], "at least one claim that is not deprecated"
        )
    together: Figure | None = used[0].figure
    for claim in used[1:]:
        together = together.intersection(claim.figure) if together is not None else None
    if together is not None:
        return Reconciliation(
            metric=metric,
            figure=together,
            consistent=True,
            conflicts=(),
            used=tuple(used),
            ignored=tuple(ignored),
        )
    hull = used[0].figure
    for claim in used[1:]:
        hull = hull.hull(claim.figure)
    conflicts = tuple(
        Conflict(a, b)
        for a, b in itertools.combinations(used, 2)
        if a.figure.intersection(b.figure) is None
    )
    return Reconciliation(
        metric=metric,
        figure=hull,
        consistent=False,
        conflicts=conflicts,
        used=tuple(used),
        ignored=tuple(ignored),
    )


@attrs.frozen(kw_only=True)
class Derivation:
    """The tightest sound figure for a metric, and how it was reached.

    Attributes:
        metric: The metric asked for.
        figure: The figure, or None when no claim says anything about it.
        steps: Every step in words: claims read, conflicts, inequalities applied.
        reconciliation: The reconciliation of the metric's own claims, if any.
        sources: The reconciliations of other metrics that bounded it.
    """

    metric: Metric
    figure: Figure | None
    steps: tuple[str, ...]
    reconciliation: Reconciliation | None = None
    sources: tuple[Reconciliation, ...] = ()

    @property
    def used(self) -> tuple[Claim, ...]:
        """Every claim that went into the figure."""
        own = self.reconciliation.used if self.reconciliation is not None else ()
        return own + tuple(c for r in self.sources for c in r.used)


def _by_metric(
    claims: Sequence[Claim], policy: ReadingPolicy | None
) -> dict[Metric, Reconciliation]:
    grouped: dict[Metric, list[Claim]] = {}
    for claim in claims:
        grouped.setdefault(claim.metric, []).append(claim)
    result = {}
    for metric, group in grouped.items():
        if any(c.rank is not Rank.DEPRECATED for c in group):
            result[metric] = reconcile(group, policy)
    return result


def derive(
    claims: Iterable[Claim],
    metric: Metric,
    *,
    policy: ReadingPolicy | None = None,
    registry: MetricRegistry | None = None,
) -> Derivation:
    """The tightest sound figure for ``metric`` from claims about one event.

    The metric's own claims are reconciled; then every known inequality
    tightens it: a lower bound on a smaller metric is a lower bound on this
    one, an upper bound on a larger metric an upper bound on it.

    >>> from polevents import Claim, Metric, Source
    >>> tribune = Source(publisher="The Express Tribune")
    >>> d = derive(
    ...     [Claim.parse(Metric.AVERAGE_CONCURRENT, "an average of 165,000 users", tribune),
    ...      Claim.parse(Metric.UNIQUE_AUDIENCE, "over 446,000 people", tribune)],
    ...     Metric.PEAK_CONCURRENT,
    ... )
    >>> print(d.figure)
    165,000 to 490,600 person
    >>> for step in d.steps:
    ...     print(step)
    peak concurrent listeners ≥ 165,000 because average concurrent listeners was ...
    peak concurrent listeners ≤ 490,600 because unique audience was "over 446,000 people" ...
    """
    registry = registry or Metric.registry()
    claims = list(claims)
    for i, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise ValidationError(f"claims[{i}]", claim, "a Claim")
    if not isinstance(metric, Metric):
        raise ValidationError("metric", metric, "a Metric")
    reconciled = _by_metric(claims, policy)
    own = reconciled.get(metric)
    steps: list[str] = list(own.reasons()) if own is not None else []
    figure = own.figure if own is not None else None
    used_sources: list[Reconciliation] = []

    def bound(other: Metric, lower: bool) -> None:
        nonlocal figure
        source = reconciled.get(other)
        if source is None:
            return
        low, high = source.figure.bounds
        value, inclusive = (
            (low, source.figure.low_inclusive)
            if lower
            else (
                high,
                source.figure.high_inclusive,
            )
        )
        if value is None:
            return
        limit = Figure(
            low=value if lower else None,
            high=None if lower else value,
            low_inclusive=inclusive if lower else False,
            high_inclusive=False if lower else inclusive,
            unit=source.figure.unit,
            qualifier=Qualifier.DERIVED,
        )
        candidate = limit if figure is None else figure.intersection(limit)
        if figure is not None and candidate is None:
            relation = "below" if lower else "above"
            steps.append(
                f"the claims contradict a known inequality: {other} ({source.figure}) should "
                f"not be {relation} {metric} ({figure}); {metric} is not tightened by it"
            )
            return
        if candidate is not None and candidate.bounds != (figure.bounds if figure else None):
            sign = ("≥" if inclusive else ">") if lower else ("≤" if inclusive else "<")
            quoted = " and ".join(c.describe() for c in source.used)
            steps.append(f"{metric} {sign} {_format.number(value)} because {other} was {quoted}")
            used_sources.append(source)
            figure = candidate

    for smaller in registry.below(metric):
        bound(smaller, lower=True)
    for larger in registry.above(metric):
        bound(larger, lower=False)

    if figure is not None and figure.bounds[0] is None:
        # Counts and durations are never negative.
        figure = figure.intersection(
            Figure(low=0, high=None, high_inclusive=False, unit=figure.unit)
        )
    if figure is None:
        steps.append(f"no claim gives or bounds {metric}")
    return Derivation(
        metric=metric,
        figure=figure,
        steps=tuple(steps),
        reconciliation=own,
        sources=tuple(used_sources),
    )
