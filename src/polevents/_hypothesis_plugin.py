"""The hook hypothesis calls through its entry point.

It lives apart from :mod:`polevents.strategies` because hypothesis calls it
while hypothesis itself is still being imported — possibly *by*
``polevents.strategies``. So it registers callables that import the
strategies only when ``st.from_type`` first asks for one. Types that this
version of polevents does not have are skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# Every public domain type (module, name) → the strategy function in
# polevents.strategies. Enums need no entry: hypothesis samples their members.
TYPE_STRATEGIES: dict[tuple[str, str], str] = {
    ("polevents.figures", "Figure"): "figures",
    ("polevents.figures", "ReadingPolicy"): "policies",
    ("polevents.timeline", "Span"): "spans",
    ("polevents.places", "Place"): "places",
    ("polevents.actors", "Person"): "people",
    ("polevents.actors", "Role"): "roles",
    ("polevents.actors", "Party"): "parties",
    ("polevents.actors", "Organization"): "organizations",
    ("polevents.sources", "Source"): "sources",
    ("polevents.sources", "Claim"): "claims",
    ("polevents.sources", "Reconciliation"): "reconciliations",
    ("polevents.metrics", "Metric"): "metrics",
    ("polevents.metrics", "Inequality"): "inequalities",
    ("polevents.events", "Event"): "events",
    ("polevents.events", "Rally"): "rallies",
    ("polevents.events", "AudioSession"): "audio_sessions",
    ("polevents.events", "Trend"): "trends",
    ("polevents.events", "Livestream"): "livestreams",
    ("polevents.events", "Broadcast"): "broadcasts",
    ("polevents.events", "Election"): "elections",
    ("polevents.events", "Advisory"): "advisories",
    ("polevents.records", "RecordCategory"): "record_categories",
    ("polevents.records", "Record"): "records",
    ("polevents.records", "Verdict"): "verdicts",
    ("polevents.io", "Dataset"): "datasets",
}


def _lazy(strategy_name: str) -> Callable[[type], Any]:
    def resolve(_type: type) -> Any:
        return getattr(importlib.import_module("polevents.strategies"), strategy_name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register polevents' strategies with hypothesis.

    Hypothesis runs this while it is being imported, in every project that has
    polevents installed: so nothing here may raise. A polevents that cannot be
    imported (a dependency too old, a broken install) registers nothing, and
    hypothesis works on; ``import polevents`` then says what is wrong itself.
    """
    try:
        from hypothesis import strategies as st

        for (module, name), strategy_name in TYPE_STRATEGIES.items():
            cls = getattr(importlib.import_module(module), name, None)
            if cls is not None:
                st.register_type_strategy(cls, _lazy(strategy_name))
    except Exception:  # never break another project's hypothesis
        return
