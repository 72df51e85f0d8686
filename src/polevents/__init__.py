"""polevents: political events and social-media records, read honestly.

Reported numbers become intervals, every figure keeps its source, and
questions such as "did it break the record?" are answered YES, NO or MAYBE
with the reasons in words.
"""

from __future__ import annotations

import importlib.metadata as _metadata

from polevents.actors import Organization, Party, Person, Role
from polevents.certainty import Certainty
from polevents.errors import IncomparableError, ParseError, PolEventsError, ValidationError
from polevents.events import (
    Advisory,
    AdvisoryKind,
    AttendanceMode,
    AudioSession,
    Broadcast,
    Election,
    Event,
    Livestream,
    Rally,
    Trend,
)
from polevents.figures import (
    Figure,
    Mention,
    Mentions,
    Qualifier,
    ReadingPolicy,
    Skipped,
    extract,
)
from polevents.metrics import Metric, MetricKind
from polevents.places import Place
from polevents.records import (
    Direction,
    Outcome,
    Record,
    RecordBook,
    RecordCategory,
    RecordStatus,
    Verdict,
    check,
)
from polevents.sources import Claim, Rank, Reconciliation, Source, derive, reconcile
from polevents.timeline import Precision, Span
from polevents.units import ureg

try:
    __version__ = _metadata.version("polevents")
except (
    _metadata.PackageNotFoundError
):  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "Advisory",
    "AdvisoryKind",
    "AttendanceMode",
    "AudioSession",
    "Broadcast",
    "Certainty",
    "Claim",
    "Direction",
    "Election",
    "Event",
    "Figure",
    "IncomparableError",
    "Livestream",
    "Mention",
    "Mentions",
    "Metric",
    "MetricKind",
    "Organization",
    "Outcome",
    "ParseError",
    "Party",
    "Person",
    "Place",
    "PolEventsError",
    "Precision",
    "Qualifier",
    "Rally",
    "Rank",
    "ReadingPolicy",
    "Reconciliation",
    "Record",
    "RecordBook",
    "RecordCategory",
    "RecordStatus",
    "Role",
    "Skipped",
    "Source",
    "Span",
    "Trend",
    "ValidationError",
    "Verdict",
    "__version__",
    "check",
    "derive",
    "extract",
    "reconcile",
    "ureg",
]
