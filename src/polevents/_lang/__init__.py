"""One table of words per language, turned into lookup structures once.

Each language module (``en``, ``es``, ``pt``, ``fr``, ``de``, ``it``) holds
only words: separators, hedges, number words, multipliers, unit words, month
names. This module turns each into a :class:`Table` of dictionaries and word
tries; :mod:`polevents._reading` does the reading. Adding a language is adding
a module of words here.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

import attrs

from polevents._lang import common

__all__ = ["LANGUAGES", "TOKEN", "Table", "Trie", "normal", "table", "words_of"]

#: Digits, letters, a run of spaces, or any one other character. Every reader
#: step looks at a bounded number of these, so reading stays linear.
TOKEN = re.compile(r"[^\W\d_]+|\s+|[0-9]+|.", re.DOTALL)

LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "fr", "de", "it")

Trie = dict[str, Any]
#: The key under which a trie node keeps the value of the phrase ending there.
END = ""


def normal(token: str) -> str:
    """A token as tables spell it: lower case, typographic apostrophes made plain."""
    return token.lower().replace("\u2019", "'")


def words_of(phrase: str, *, cased: bool = False) -> tuple[str, ...]:
    """The tokens of a phrase, without spaces: ``"jusqu'à"`` → ``('jusqu', "'", 'à')``."""
    tokens = [t for t in TOKEN.findall(phrase) if not t.isspace()]
    return tuple(t.replace("\u2019", "'") if cased else normal(t) for t in tokens)


def _trie(entries: Mapping[str, Any], *, cased: bool = False) -> Trie:
    root: Trie = {}
    for phrase, value in entries.items():
        node = root
        for word in words_of(phrase, cased=cased):
            node = node.setdefault(word, {})
        node[END] = value
    return root


def _set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normal(w) for w in words)


@attrs.frozen
class Table:
    """A language's words, ready for lookup (see the language modules for meanings)."""

    code: str
    decimal: str
    groups: frozenset[str]
    indian: bool
    hedges: Trie
    post_hedges: Trie
    hedge_articles: frozenset[str]
    vague: Trie
    numbers: dict[str, int]
    hundreds: dict[str, int]
    scales: dict[str, int]
    one: frozenset[str]
    fractions: Trie
    fraction_fillers: frozenset[str]
    and_words: frozenset[str]
    suffixes: Trie
    glued_only: frozenset[str]
    ambiguous_suffixes: frozenset[str]
    connectors: Trie
    between: frozenset[str]
    range_words: frozenset[str]
    units: Trie
    weak_units: frozenset[str]
    stop: frozenset[str]
    months: frozenset[str]
    months_cased: bool
    date_links: frozenset[str]
    year_words: frozenset[str]
    determiners: frozenset[str]
    #: Every word another language reads as a multiplier and this one does not.
    foreign_scales: dict[str, str]
    hedge_blockers: dict[str, frozenset[str]]
    negations: frozenset[str]
    halves: Trie
    shared: frozenset[str]
    weekdays: frozenset[str]
    rate_words: frozenset[str]
    clock_hours: bool
    clock_words: frozenset[str]
    duration_words: frozenset[str]
    currencies: Trie
    decimal_also: frozenset[str]
    change_words: frozenset[str]
    hedge_needs: dict[str, frozenset[str]]
    multiples: Trie
    comma_three_ambiguous: bool
    approximate: Trie
    #: Every word (lower case) a figure may start with: the first word of a hedge, a
    #: vague word, a fraction, a number word…; the reader tries no other word.
    starters: frozenset[str]
    #: Currency signs and codes a figure may start with, as written.
    cased_starters: frozenset[str]


def _build(code: str, module: ModuleType, others: Mapping[str, ModuleType]) -> Table:
    m = module
    own_scales = _set(m.SCALES)
    foreign: dict[str, str] = {}
    for other_code, other in others.items():
        for word in other.SCALES:
            key = normal(word)
            if key not in own_scales and key not in foreign:
                foreign[key] = other_code
    hedges, vague, fractions, approximate = (
        _trie(m.HEDGES),
        _trie(m.VAGUE),
        _trie(m.FRACTIONS),
        _trie(m.APPROXIMATE),
    )
    currencies = _trie(
        {**common.CURRENCY_SIGNS, **{c: c for c in common.ISO_4217}, **m.CURRENCY_SIGNS},
        cased=True,
    )
    starters = (
        set(hedges)
        | set(vague)
        | set(fractions)
        | set(approximate)
        | {normal(w) for w in (*m.NUMBERS, *m.HUNDREDS, *m.SCALES, *m.ONE, *m.BETWEEN)}
    )
    units: dict[str, Any] = dict(m.UNITS)
    for word, (unit, factor) in m.MULTIPLES.items():
        units[word] = f"{unit}*{factor}"
    return Table(
        code=code,
        decimal=m.DECIMAL,
        groups=frozenset(m.GROUPS),
        indian=m.INDIAN_GROUPING,
        hedges=hedges,
        post_hedges=_trie(m.POST_HEDGES),
        hedge_articles=_set(m.HEDGE_ARTICLES),
        vague=vague,
        numbers={normal(k): v for k, v in m.NUMBERS.items()},
        hundreds={normal(k): v for k, v in m.HUNDREDS.items()},
        scales={normal(k): v for k, v in m.SCALES.items()},
        one=_set(m.ONE),
        fractions=fractions,
        fraction_fillers=_set(m.FRACTION_FILLERS),
        and_words=_set(m.AND),
        suffixes=_trie(m.SUFFIXES, cased=True),
        glued_only=frozenset(m.GLUED_ONLY),
        ambiguous_suffixes=frozenset(m.AMBIGUOUS_SUFFIXES),
        connectors=_trie(dict.fromkeys(m.CONNECTORS, True)),
        between=_set(m.BETWEEN),
        range_words=_set(m.RANGE_WORDS),
        units=_trie(units),
        weak_units=_set(m.WEAK_UNITS),
        stop=_set(m.STOP),
        months=frozenset(m.MONTHS) if m.MONTHS_CASED else _set(m.MONTHS),
        months_cased=m.MONTHS_CASED,
        date_links=_set(m.DATE_LINKS),
        year_words=_set(m.YEAR_WORDS),
        determiners=_set(m.DETERMINERS),
        foreign_scales=foreign,
        hedge_blockers={" ".join(words_of(k)): _set(v) for k, v in m.HEDGE_BLOCKERS.items()},
        negations=_set(m.NEGATIONS),
        halves=_trie(m.HALVES),
        shared=_set(m.SHARED),
        weekdays=_set(m.WEEKDAYS),
        rate_words=_set(m.RATE_WORDS),
        clock_hours=m.CLOCK_HOURS,
        clock_words=_set(m.CLOCK_WORDS),
        duration_words=_set(m.DURATION_WORDS),
        currencies=currencies,
        decimal_also=frozenset(m.DECIMAL_ALSO),
        change_words=_set(m.CHANGE_WORDS),
        hedge_needs={" ".join(words_of(k)): _set(v) for k, v in m.HEDGE_NEEDS.items()},
        multiples=_trie(m.MULTIPLES),
        comma_three_ambiguous=m.COMMA_THREE_AMBIGUOUS,
        approximate=approximate,
        starters=frozenset(starters),
        cased_starters=frozenset(currencies),
    )


def _load() -> dict[str, Table]:
    modules = {code: importlib.import_module(f"polevents._lang.{code}") for code in LANGUAGES}
    return {
        code: _build(code, module, {c: m for c, m in modules.items() if c != code})
        for code, module in modules.items()
    }


_TABLES = _load()

#: Currency signs and codes, case as written: "$", "US$", "Rs", "PKR".
CURRENCIES: Trie = _trie(
    {**common.CURRENCY_SIGNS, **{code: code for code in common.ISO_4217}}, cased=True
)
ISO_4217: frozenset[str] = frozenset(common.ISO_4217)
CLOCK_MARKS: Trie = _trie(dict.fromkeys(common.CLOCK_MARKS, True))
ORDINAL_SUFFIXES: frozenset[str] = _set(common.ORDINAL_SUFFIXES)


def table(lang: str) -> Table:
    """The table for ``lang``; KeyError for a language polevents does not read."""
    return _TABLES[lang]
