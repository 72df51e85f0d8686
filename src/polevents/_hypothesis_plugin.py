"""The hook hypothesis calls through its entry point.

It lives apart from :mod:`polevents.strategies` because hypothesis calls it
while hypothesis itself is still being imported — possibly *by*
``polevents.strategies``. So it registers callables that import the
strategies only when ``st.from_type`` first asks for one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# Domain type (module, name) → the strategy function in polevents.strategies.
TYPE_STRATEGIES: dict[tuple[str, str], str] = {
    ("polevents.figures", "Figure"): "figures",
    ("polevents.figures", "ReadingPolicy"): "policies",
    ("polevents.timeline", "Span"): "spans",
    ("polevents.places", "Place"): "places",
    ("polevents.actors", "Person"): "people",
    ("polevents.sources", "Source"): "sources",
    ("polevents.sources", "Claim"): "claims",
    ("polevents.events", "Event"): "events",
    ("polevents.events", "Advisory"): "advisories",
    ("polevents.io", "Dataset"): "datasets",
}


def _lazy(strategy_name: str) -> Callable[[type], Any]:
    def resolve(_type: type) -> Any:
        return getattr(importlib.import_module("polevents.strategies"), strategy_name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    for (module, name), strategy_name in TYPE_STRATEGIES.items():
        st.register_type_strategy(
            getattr(importlib.import_module(module), name), _lazy(strategy_name)
        )
