"""Kept for modules that still import it: the words now come from :mod:`polevents._render`."""

from __future__ import annotations

from polevents._render import number, ratio, unit_words

__all__ = ["number", "ratio", "unit_words"]
