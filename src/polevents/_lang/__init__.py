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
import unicodedata
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

import attrs

from polevents._lang import common

__all__ = ["LANGUAGES", "TOKEN", "Table", "Trie", "decompose", "normal", "table", "words_of"]

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


def _trie(entries: Mapping[str, Any], *, cased: bool = False, hyphens: bool = True) -> Trie:
    root: Trie = {}
    for phrase, value in entries.items():
        node = root
        for word in words_of(phrase, cased=cased):
            if word == "-" and not hyphens:
                continue  # "dix-sept" is also written "dix sept": the reader steps over either
            node = node.setdefault(word, {})
        node[END] = value
    return root


def spellings(word: str) -> set[str]:
    """How text may spell a number word: as listed, without accents, umlauts as ae/oe/ue.

    >>> sorted(spellings("fünf"))
    ['fuenf', 'funf', 'fünf']
    """
    german = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return {word, german, unicodedata.normalize("NFC", bare).replace("ß", "ss")}


def _number_class(value: int) -> str:
    """What a number word is in the grammar of number words (see :mod:`polevents._reading`)."""
    if value < 10:
        return "u"  # a unit
    if value < 20:
        return "t"  # a teen
    if value < 100:
        return "d" if value % 10 == 0 else "c"  # tens, or tens and a unit in one word
    if value < 1000:
        return "h"  # a hundreds value in one word: "doscientos"
    raise ValueError(f"number words stop below a thousand, before the scales: {value}")


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
    #: Words that open a range, each with the words that may join its two ends.
    between: dict[str, frozenset[str]]
    #: An opener that needs a word before it ("ranging from"): else the clause's start.
    range_opener_after: dict[str, frozenset[str]]
    #: What may stand between two bounds of one figure: "more than 100 and less than 300".
    bound_joiners: frozenset[str]
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
    #: Words that make a hedge written after a figure the next figure's: "and more than".
    comparison_ends: frozenset[str]
    #: "two in three", "9 out of 10": a share, not two counts.
    ratio_words: Trie
    #: Plural words for thousands after an approximate number: "une vingtaine de milliers".
    thousands: dict[str, int]
    #: "five times higher": a number before these is a ratio.
    times: dict[str, frozenset[str]]
    #: The first words of the hedges that have blockers or needs.
    hedge_conditions: frozenset[str]
    negations: frozenset[str]
    halves: Trie
    shared: frozenset[str]
    alternatives: frozenset[str]
    escalations: frozenset[str]
    nouns: frozenset[str]
    change_verbs: frozenset[str]
    part_links: frozenset[str]
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
    #: Words that make a figure a multiple of the number after them: "twice 200,000".
    factors: frozenset[str]
    factor_glue: frozenset[str]
    comma_three_ambiguous: bool
    approximate: Trie
    #: Number words and phrases: (class, value) — see :func:`_number_class`; "m" a word
    #: for hundred, "s" a scale (value: its power of ten), "z" a dozen.
    number_words: Trie
    dozens: frozenset[str]
    #: Tens that take a teen after them: French "soixante-dix" (70), "quatre-vingt-dix".
    teen_tens: frozenset[int]
    #: Where "and" may join number words: after a "hundred", a "tens" or a "scale".
    join_after: frozenset[str]
    #: German: the unit before its tens, joined by "und" ("zweiundvierzig").
    inverted: bool
    #: Morphemes of number words written as one word (German, Italian), else empty.
    morphemes: dict[str, tuple[str, int]]
    #: Whether a scale word alone is a number ("mil", "mille", "tausend"): not in English.
    scale_alone: bool
    #: Whether "hundred" alone is a number ("cent", "cento", "hundert"): not in English.
    hundred_alone: bool
    #: A half written inside a number word ("dreieinhalb"), and words for one and a half.
    half_suffix: str
    half_words: dict[str, int]
    #: Words for the decimal mark in numbers written in words: "point", "coma".
    decimal_words: frozenset[str]
    #: Every word (lower case) a figure may start with: the first word of a hedge, a
    #: vague word, a fraction, a number word…; the reader tries no other word.
    starters: frozenset[str]
    #: The starters that begin a number (not only a hedge): number words, "a", "half"…
    numeric_starters: frozenset[str]
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
        _trie({**common.COMPARISONS, **m.HEDGES}),
        _trie(m.VAGUE),
        _trie(m.FRACTIONS),
        _trie(m.APPROXIMATE),
    )
    currencies = _trie(
        {**common.CURRENCY_SIGNS, **{c: c for c in common.ISO_4217}, **m.CURRENCY_SIGNS},
        cased=True,
    )
    numeric = (
        set(vague)
        | set(fractions)
        | set(approximate)
        | {normal(w) for w in (*m.NUMBERS, *m.HUNDREDS, *m.SCALES, *m.ONE, *m.BETWEEN)}
    )
    starters = set(hedges) | numeric
    words: dict[str, tuple[str, int]] = {}
    for word, value in m.NUMBERS.items():
        for spelling in spellings(normal(word)):
            words.setdefault(spelling, (_number_class(value), value))
    for group, kind in ((m.HUNDREDS, "m"), (m.SCALES, "s"), (dict.fromkeys(m.DOZENS, 12), "z")):
        for word, value in group.items():
            for spelling in spellings(normal(word)):
                words.setdefault(spelling, (kind, value))
    number_words = _trie(words, hyphens=False)
    single = {w: v for w, v in words.items() if len(words_of(w)) == 1}
    morphemes: dict[str, tuple[str, int]] = {}
    if m.COMPOUNDS:
        morphemes = dict(single)
        for word, value in m.ELIDED.items():
            morphemes[normal(word)] = ("d", value)
        for word in m.AND:
            morphemes[normal(word)] = ("&", 0)
    numeric |= {w for phrase in words for w in words_of(phrase)[:1]}
    numeric |= {normal(w) for w in m.HALF_WORDS}
    starters |= numeric
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
        numbers={w: v for w, (kind, v) in single.items() if kind in "utdch"},
        hundreds={w: v for w, (kind, v) in single.items() if kind == "m"},
        scales={w: v for w, (kind, v) in single.items() if kind == "s"},
        one=_set(m.ONE),
        fractions=fractions,
        fraction_fillers=_set(m.FRACTION_FILLERS),
        and_words=_set(m.AND),
        suffixes=_trie(m.SUFFIXES, cased=True),
        glued_only=frozenset(m.GLUED_ONLY),
        ambiguous_suffixes=frozenset(m.AMBIGUOUS_SUFFIXES),
        connectors=_trie(dict.fromkeys(m.CONNECTORS, True)),
        between={normal(k): _set(v) for k, v in m.BETWEEN.items()},
        range_opener_after={normal(k): _set(v) for k, v in m.RANGE_OPENER_AFTER.items()},
        bound_joiners=frozenset(" ".join(words_of(j)) for j in m.BOUND_JOINERS),
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
        times={normal(k): _set(v) for k, v in m.TIMES.items()},
        comparison_ends=_set(m.COMPARISON_ENDS),
        thousands={normal(k): v for k, v in m.THOUSANDS.items()},
        ratio_words=_trie(dict.fromkeys(m.RATIO_WORDS, True)),
        hedge_conditions=frozenset(
            words_of(k)[0] for k in (*m.HEDGE_BLOCKERS, *m.HEDGE_NEEDS) if words_of(k)
        ),
        negations=_set(m.NEGATIONS),
        halves=_trie(m.HALVES),
        shared=_set(m.SHARED),
        alternatives=_set(m.ALTERNATIVES),
        escalations=frozenset(" ".join(words_of(w)) for w in m.ESCALATIONS),
        nouns=_set(m.NOUNS),
        change_verbs=_set(m.CHANGE_VERBS),
        part_links=_set(m.PART_LINKS),
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
        factors=_set(m.FACTORS),
        factor_glue=_set(m.FACTOR_GLUE),
        comma_three_ambiguous=m.COMMA_THREE_AMBIGUOUS,
        approximate=approximate,
        number_words=number_words,
        dozens=frozenset(w for w, (kind, _) in single.items() if kind == "z"),
        teen_tens=frozenset(m.TEEN_TENS),
        join_after=frozenset(m.JOIN_AFTER),
        inverted=m.INVERTED,
        morphemes=morphemes,
        scale_alone=m.SCALE_ALONE,
        hundred_alone=m.HUNDRED_ALONE,
        half_suffix=m.HALF_SUFFIX,
        half_words={normal(k): v for k, v in m.HALF_WORDS.items()},
        decimal_words=frozenset(w for d in m.DECIMAL_WORDS for w in spellings(normal(d))),
        starters=frozenset(starters),
        numeric_starters=frozenset(numeric),
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


_DECOMPOSED: dict[tuple[str, str], tuple[tuple[str, int], ...] | None] = {}
#: The longest word :func:`decompose` looks at: no number word is longer.
_LONGEST = 80


def decompose(t: Table, word: str) -> tuple[tuple[str, int], ...] | None:
    """A number written as one word, cut into its parts: "zweiundvierzig" → 2, und, 40.

    Only for languages that write number words together (German, Italian); the
    parts are (class, value) pairs for the reader's grammar, which decides whether
    they make a number. None when the word is not made of number words alone.
    """
    if not t.morphemes or len(word) > _LONGEST or len(word) < 4:
        return None
    key = (t.code, word)
    if key in _DECOMPOSED:
        return _DECOMPOSED[key]
    morphemes = t.morphemes
    # parts from each offset to the end, longest first; remembered, so each offset is cut once
    memo: dict[int, list[tuple[str, int]] | None] = {len(word): []}

    def cut(at: int) -> list[tuple[str, int]] | None:
        if at in memo:
            return memo[at]
        found = None
        for size in range(min(len(word) - at, 14), 1, -1):
            part = morphemes.get(word[at : at + size])
            if part is not None:
                tail = cut(at + size)
                if tail is not None:
                    found = [part, *tail]
                    break
        memo[at] = found
        return found

    parts = cut(0)
    found = tuple(parts) if parts is not None and len(parts) > 1 else None
    if len(_DECOMPOSED) > 4096:
        _DECOMPOSED.clear()  # a bounded cache: text may hold any number of distinct words
    _DECOMPOSED[key] = found
    return found


def table(lang: str) -> Table:
    """The table for ``lang``; KeyError for a language polevents does not read."""
    return _TABLES[lang]
