"""The number reader behind :meth:`Figure.parse` and :func:`extract`.

It finds figures in text and reports what it read — the hedge, the number(s)
as exact decimals, the unit and where they stand — without deciding what the
figure means; :mod:`polevents.figures` turns that into an interval under a
reading policy. Each language is a table of words (:mod:`polevents._lang`);
this module is the one reader for all of them.

The text is cut into tokens (digits, letters, spaces, single signs) once, and
every step looks at a bounded number of tokens past the one it starts from, so
reading is linear in the length of the text: no regular expression here can
backtrack, and no word is ever handed to pint's unit parser.

Nothing here guesses. A candidate that cannot be read with certainty is kept
with the reason (a :class:`Candidate` with a ``problem``); the caller decides
whether it would have been a figure at all (it needs a unit) and reports it.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator
from typing import NamedTuple

from polevents._lang import (
    CLOCK_MARKS,
    END,
    ISO_4217,
    ORDINAL_SUFFIXES,
    TOKEN,
    Table,
    Trie,
    decompose,
    normal,
    table,
)

__all__ = ["MAX_TEXT", "Candidate", "Number", "read"]

#: The longest text :meth:`Figure.parse` and :func:`extract` read, in characters.
MAX_TEXT = 1_000_000
#: More digits than this in one number is not a reported figure.
MAX_DIGITS = 400

#: Units that count whole things: a fractional value of one is refused.
COUNTS = frozenset({"person", "post", "view", "vote"})
#: Seconds in each time unit, to add the parts of "4 hr 44 min" exactly.
SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3_600,
    "day": 86_400,
    "week": 604_800,
    "month": 2_629_800,
    "year": 31_557_600,
}
#: Time units written glued to the digits ("5h16", "44min").
GLUED_TIME = {
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "pc": "percent",
}


def _kind(c: str) -> str:
    """The kind of a token from its first character: digits, letters, spaces, other."""
    return "n" if "0" <= c <= "9" else "s" if c.isspace() else "w" if c.isalpha() else "p"


class _Kinds(dict[str, str]):
    """The kind of each first character, worked out once per character."""

    def __missing__(self, c: str) -> str:
        kind = self[c] = _kind(c)
        return kind


_KINDS = _Kinds({chr(i): _kind(chr(i)) for i in range(128)})
_FIRST = operator.itemgetter(0)
_SPACES = frozenset(" \u00a0\u202f\u2009")
_DASHES = frozenset("-–—")
_SIGNS = frozenset("-−+")
# what may stand glued before a number: brackets, quotation marks of every language
# ("„1,3 Millionen“", "»…«"), and the apostrophe of an elided article ("all’80%")
_OPENERS = frozenset("([{\"'“‘«—„‚»‹’")


class Number(NamedTuple):
    """``sig × 10**exp``, exactly as written; ``10**exp`` is the last significant digit."""

    sig: int
    exp: int

    def scaled(self, power: int) -> Number:
        return Number(self.sig, self.exp + power)

    def is_whole(self) -> bool:
        return self.exp >= 0 or self.sig % 10 ** (-self.exp) == 0

    def ratio(self) -> tuple[int, int]:
        """The value as an integer ratio ``(numerator, denominator)``."""
        if self.exp >= 0:
            return self.sig * 10**self.exp, 1
        return self.sig, 10 ** (-self.exp)

    def times(self, factor: int) -> Number:
        return Number(self.sig * factor, self.exp)

    def plus(self, other: Number) -> Number:
        exp = min(self.exp, other.exp)
        return Number(self.sig * 10 ** (self.exp - exp) + other.sig * 10 ** (other.exp - exp), exp)


def _value(number: Number) -> float:
    """A number's value, for comparing sizes only."""
    n, d = number.ratio()
    return n / d


def _integer(value: int) -> Number:
    """A whole number written without decimals: trailing zeros are not significant."""
    if value == 0:
        return Number(0, 0)
    if value % 10:
        return Number(value, 0)
    exp = 0
    while value % 10 == 0:
        value //= 10
        exp += 1
    return Number(value, exp)


class Candidate(NamedTuple):
    """A figure-like phrase: what was read, or why it could not be read."""

    start: int  # character offsets: text[start:end] is the phrase
    end: int
    hedge: str | None = None  # a Qualifier name; None when no hedge word
    numbers: tuple[Number, ...] = ()  # one number, or two for a range
    vague: str | None = None  # the vague word, normalised to English ("thousands")
    plus: bool = False  # written "x+"
    unit: str | None = None  # canonical unit from the text
    options: tuple[str, ...] = ()  # currencies an ambiguous sign may stand for
    unit_text: str | None = None  # the unit word or sign as written
    glued_m: bool = False  # "5m": million beside a count or money, else metres or minutes?
    step: tuple[int, int] | None = None  # the rounding step when not a power of ten
    scaled: bool = False  # written with a multiplier ("54.8 million"): a figure, if of something
    low_open: bool = False  # a range's low end excluded ("more than 100 and less than 300")
    high_open: bool = False
    problem: str | None = None  # why it cannot be read; None when it can


class _Num:
    """A number read from the tokens, with what was seen around it.

    A plain class with class-level defaults: the reader makes one per number it
    looks at, and setting only what differs keeps that cheap.
    """

    mult: int | None = None  # the power of ten a multiplier added
    glued_m: bool = False
    year_like: bool = False
    words: bool = False  # written in words
    scaled_words: bool = False  # in words with a multiplier ("two million")
    lone_one: bool = False  # "one", "un": a numeral or an article
    fraction: bool = False  # "half an hour": a fraction of the unit that follows
    hhmm: bool = False  # written like a clock time: 18.00, 22.34
    dot_decimal: bool = False  # "15.6 millions" in French: a dot can only be decimal here
    approximate: bool = False  # "une cinquantaine": about 50
    dozen: bool = False  # multiplied by a dozen ("three dozen")
    dot3: bool = False  # "9.766" in English: thousands or three decimals?
    glued_unit: tuple[str, str] | None = None  # ("hour", "h") for "5h"
    step: tuple[int, int] | None = None
    problem: str | None = None

    def __init__(self, number: Number, end: int, last: int, problem: str | None = None) -> None:
        self.number = number
        self.end = end  # token index after the number (and its multiplier)
        self.last = last  # token index of its last token
        if problem is not None:
            self.problem = problem


class _Composer:
    """The grammar of number words, one for every language; the tables give the words.

    Words arrive one by one as (class, value): a unit (``u``, 0–9), a teen (``t``),
    tens (``d``), tens and unit in one word (``c``, "veintidós"), a hundreds value in
    one word (``h``, "doscientos"), the word for hundred (``m``), a scale (``s``, its
    power of ten), a dozen (``z``) or "and" (``&``). Below a thousand a group is
    [hundreds] [tens] [unit]; a scale closes the group, and takes in the smaller
    groups before it, so that "dos mil millones" is 2 × 10⁹ and "three lakh crore"
    3 × 10¹². :meth:`feed` says whether a word continues the number; the caller
    keeps the last state that made a whole number.
    """

    __slots__ = (
        "bare",
        "digit_parts",
        "digits",
        "dozen",
        "fed",
        "groups",
        "h",
        "joined",
        "kind",
        "last",
        "scaled",
        "small",
        "t",
    )

    def __init__(self, t: Table, *, digits: bool = False, digit_parts: bool = False) -> None:
        self.t = t
        self.groups: list[tuple[int, int]] = []  # closed groups: (value, power), largest first
        self.h: int | None = None  # the open group's hundreds
        self.small: int | None = None  # the open group's part below a hundred
        self.kind = ""  # the class of ``small``
        self.last = ""  # unit, tens, hundred, scale or dozen: what was read last
        self.joined = False  # an "and" waits for the next word
        self.fed = 0
        self.bare = ""  # "m" or "s": began with "hundred" or a scale word, no numeral
        self.scaled = False  # a scale or a dozen multiplied a numeral
        self.dozen = False
        self.digits = digits  # plain digits may stand in for number words
        # digits with a multiplier of their own may follow a scale: "un milione 73 mila"
        self.digit_parts = digits or digit_parts

    def save(self) -> tuple[object, ...]:
        return (
            tuple(self.groups),
            self.h,
            self.small,
            self.kind,
            self.last,
            self.joined,
            self.fed,
            self.bare,
            self.scaled,
            self.dozen,
        )

    def load(self, state: object) -> None:
        groups, self.h, self.small, self.kind, self.last, self.joined = state[:6]  # type: ignore[index]
        self.fed, self.bare, self.scaled, self.dozen = state[6:]  # type: ignore[index]
        self.groups = list(groups)

    def complete(self) -> bool:
        """Whether what was fed is a whole number ("hundred" alone is not, in English)."""
        if self.joined or not self.fed:
            return False
        return not (self.bare == "m" and not self.t.hundred_alone and not self.groups)

    def value(self) -> int:
        return sum(g for g, _ in self.groups) + (self.h or 0) + (self.small or 0)

    def feed(self, kind: str, value: int) -> bool:
        t = self.t
        if kind == "&":
            if self.joined or self.last not in t.join_after:
                return False
            self.joined = True
            return True
        joined, self.joined = self.joined, False
        small, last = self.small, self.last
        if kind in "utdc":
            if not value and self.fed:
                return False  # zero is a number alone ("zero", "nought"), never a part
            if small is None:
                if last not in ("", "hundred", "scale"):
                    return False
                self.small, self.kind = value, kind
                self.last = "unit" if kind == "u" else "tens" if kind == "d" else "teen"
            elif self.kind == "d" and kind == "u" and value and (not joined or last == "tens"):
                self.small, self.kind, self.last = small + value, "c", "teen"  # "twenty-one"
            elif self.kind == "d" and kind == "t" and small in t.teen_tens:
                self.small, self.kind, self.last = small + value, "c", "teen"  # "soixante-dix"
            elif t.inverted and joined and self.kind == "u" and kind == "d":
                self.small, self.kind, self.last = small + value, "c", "teen"  # "zweiundvierzig"
            else:
                return False
        elif kind == "h":
            if self.h is not None or small is not None or last not in ("", "scale"):
                return False
            self.h, self.last = value, "hundred"
        elif kind == "m":
            if self.h is not None or self.kind == "z":
                return False
            if small is not None:
                self.h, self.small, self.kind = small * value, None, ""
            elif last in ("", "scale"):
                self.h = value
                if not self.fed:
                    self.bare = "m"
            else:
                return False
            self.last = "hundred"
        elif kind == "z":
            if small is not None and self.kind != "z":
                self.small, self.kind = small * 12, "z"
            elif small is None and self.h is not None:
                self.h *= 12
            else:
                return False
            self.last = "dozen"
            self.scaled = self.dozen = True
        elif kind == "s":
            if self.kind == "z" or (self.h is None and small is None and joined):
                return False
            part = (self.h or 0) + (small or 0)
            groups = self.groups
            if self.h is None and small is None:
                if last == "scale" and groups and value == 3 < groups[-1][1] and t.scale_alone:
                    part = 1  # "millones mil": a thousand after the millions
                elif last == "scale" and groups:
                    self.scaled = True  # "mil millones": a scale of a scale
                elif not self.fed and t.scale_alone:
                    part, self.bare = 1, "s"
                else:
                    return False
            else:
                self.scaled = True
            while groups and groups[-1][1] < value:
                part += groups.pop()[0]
            if (groups and groups[-1][1] <= value) or not part:
                return False
            groups.append((part * 10**value, value))
            self.h = self.small = None
            self.kind, self.last = "", "scale"
        else:
            return False
        self.fed += 1
        return True


class _NotAFigureError(Exception):
    """Not a figure (a date, a time, a label); reading resumes at token ``end``."""

    def __init__(self, end: int) -> None:
        self.end = end


def _pair(value: object) -> tuple[int, int]:
    """A (numerator, denominator) entry of a word table."""
    assert isinstance(value, tuple)
    return int(value[0]), int(value[1])


def _decimal(num: int, den: int) -> Number:
    """num/den (den dividing a power of ten) as an exact decimal."""
    for exp in range(6):
        if (num * 10**exp) % den == 0:
            return Number(num * 10**exp // den, -exp)
    raise ValueError((num, den))  # pragma: no cover - tables hold halves and quarters


class _Reader:
    def __init__(self, text: str, lang: Table, unit: str | None = None) -> None:
        self.text = text
        self.t = lang
        self.hint = unit  # the unit bare numbers are in, if the caller says
        # the tokens, their kinds and where they start, each in one pass in C where it can be
        toks: list[str] = TOKEN.findall(text)
        self.toks = toks
        self.kinds = list(map(_KINDS.__getitem__, map(_FIRST, toks)))
        starts = self.starts = list(itertools.accumulate(map(len, toks), initial=0))
        # as tables spell words: lower case, typographic apostrophes made plain
        plain = text.replace("\u2019", "'") if "\u2019" in text else text
        self.cased = TOKEN.findall(plain) if plain is not text else toks
        lowered = plain.lower()
        # lower case keeps lengths (and so the tokens) for almost all text; else token by token
        if len(lowered) == len(text):
            self.low = [lowered[a:b] for a, b in itertools.pairwise(starts)]
        else:
            self.low = [normal(tok) for tok in toks]
        self.n = len(toks)
        self.hedge_end = -1  # token after the hedge of the candidate being read
        self.bounds: tuple[int, int] | None = None  # the first and last word or digits
        # capitalised longer words, and longer words (worked out when first asked)
        self.case: tuple[int, int] | None = None

    # --- small steps -------------------------------------------------------------------

    def sp(self, j: int) -> int:
        """Past one run of spaces, if there is one at ``j``."""
        return j + 1 if j < self.n and self.kinds[j] == "s" else j

    def end_of(self, j: int) -> int:
        return self.starts[j] + len(self.toks[j])

    def match(self, trie: Trie, j: int, *, cased: bool = False) -> tuple[object, int] | None:
        """The longest phrase of ``trie`` starting at token ``j``: (value, token after)."""
        n = self.n
        if j >= n:
            return None
        words = self.cased if cased else self.low
        node = trie.get(words[j])
        if node is None:
            return None  # most calls end here
        best: tuple[object, int] | None = None
        kinds = self.kinds
        k = j + 1
        while True:
            if END in node:
                best = (node[END], k)
            if k + 1 < n and (kinds[k] == "s" or words[k] == "-") and words[k + 1] in node:
                k += 1
            if k >= n:
                return best
            nxt = node.get(words[k])
            if nxt is None:
                return best
            node = nxt
            k += 1

    def gap(self, k: int) -> int:
        """Past one run of spaces or one hyphen ("three-and-a-half-hour")."""
        if k < self.n and (self.kinds[k] == "s" or self.toks[k] == "-"):
            return k + 1
        return k

    def cluster_end(self, j: int) -> int:
        """The token after the run of non-space tokens that holds ``j``."""
        k = j
        while k < self.n and self.kinds[k] != "s":
            k += 1
        return k

    def prev_word(self, j: int, *, comma: bool = False) -> int | None:
        """The index of the word just before token ``j`` (one space between), if any."""
        k = j - 1
        if k >= 0 and self.kinds[k] == "s":
            k -= 1
        if (
            k > 0
            and self.kinds[k] == "p"
            and (self.toks[k] == "." or (comma and self.toks[k] == ","))
        ):
            k -= 1  # "Jan. 11", "domingo, 30"
        return k if k >= 0 and self.kinds[k] == "w" else None

    def is_numberish(self, j: int) -> bool:
        if j >= self.n:
            return False
        if self.kinds[j] == "n":
            return True
        t = self.t
        return (
            self.low[j] in t.one
            or self._piece(j) is not None
            or (self.match(t.fractions, j) is not None)
        )

    def is_unit(self, k: int) -> bool:
        return k < self.n and self.match(self.t.units, k) is not None

    # --- numbers -----------------------------------------------------------------------

    def digits(self, j: int) -> _Num:
        """Digits with separators at ``j``, read as the language writes numbers."""
        t, toks, kinds, n = self.t, self.toks, self.kinds, self.n
        chunks = [toks[j]]
        seps: list[str] = []
        spaced = True  # only spaces between the groups so far
        unsure = False  # "1 234,5" in English: where does the number end?
        k = j + 1
        while k + 1 < n and kinds[k + 1] == "n":
            sep = toks[k].replace("\u2019", "'").replace("\u2018", "'")
            if sep in ",." or (sep == "'" and ("'" in t.groups or "'" in t.decimal_also)):
                chunks.append(toks[k + 1])
                seps.append(t.decimal if sep == "'" and "'" in t.decimal_also else sep)
                spaced = False
                k += 2
                continue
            # "165 000": a space groups digits only between groups of three.
            if sep in _SPACES and len(toks[k + 1]) == 3 and len(chunks[0]) <= 3 and spaced:
                if (
                    k + 3 < n
                    and toks[k + 2] in ",."
                    and kinds[k + 3] == "n"
                    and toks[k + 2] != t.decimal
                ):
                    unsure = True  # a group mark after space groups
                    break
                chunks.append(toks[k + 1])
                seps.append(" ")
                k += 2
                continue
            break
        last = k - 1
        written = "".join(toks[j:k])
        if sum(len(c) for c in chunks) > MAX_DIGITS:
            return _Num(
                Number(0, 0),
                k,
                last,
                problem=f"{_short(written)} has more digits than a reported figure",
            )
        # A date written with dots: 21.04.2022.
        if (
            len(seps) == 2
            and seps[0] == seps[1] == "."
            and len(chunks[0]) <= 2
            and len(chunks[1]) <= 2
        ):
            raise _NotAFigureError(self.cluster_end(k))
        number, problem, flag = self._interpret(chunks, seps, written)
        if unsure and not problem:
            problem = (
                f"{self.text[self.starts[j] : self.end_of(k + 3)]!r}: digits grouped by spaces "
                "and then by another mark: one number or two?"
            )
        result = _Num(number, k, last, problem=problem)
        if flag == "dot3":
            result.problem = "dot3"
        result.dot_decimal = flag == "dotdec"
        # a stray space after a comma: "446, 237 votes" (a thousands comma) and "12, 8
        # milliards", "24, 01%" (a decimal comma): one number or two?
        after_comma = (
            j >= 3
            and kinds[j - 1] == "s"
            and toks[j - 2] == ","
            and kinds[j - 3] == "n"
            and len(toks[j - 3]) <= 3
            and (j < 4 or toks[j - 4] not in ",.")
        )
        grouping = "," in t.groups and not seps and len(toks[j]) == 3
        decimal = t.decimal == "," and (len(toks[j]) <= 2 or toks[j][0] == "0")
        # "46. 5 %": a stray space after a decimal point
        after_point = (
            t.decimal == "."
            and not seps
            and j >= 3
            and kinds[j - 1] == "s"
            and toks[j - 1] == " "
            and toks[j - 2] == "."
            and kinds[j - 3] == "n"
            and len(toks[j - 3]) <= 3
            and k < n
            and toks[self.sp(k)] in "%"
        )
        if after_point:
            result.problem = result.problem or (
                f"{self.text[self.starts[j - 3] : self.end_of(last)]!r} has a space after the "
                "decimal point: one number or two?"
            )
        # "50, 23 %": the first half, before a stray space after a decimal comma
        before_comma = (
            t.decimal == ","
            and not seps
            and len(toks[j]) <= 3
            and k + 2 < n
            and toks[k] == ","
            and kinds[k + 1] == "s"
            and kinds[k + 2] == "n"
            and (len(toks[k + 2]) <= 2 or toks[k + 2][0] == "0")
        )
        if before_comma:
            result.problem = result.problem or (
                f"{self.text[self.starts[j] : self.end_of(k + 2)]!r} has a space after the "
                "decimal comma: one number or two?"
            )
        if after_comma and (grouping or decimal):
            mark = "comma" if grouping else "decimal comma"
            result.problem = result.problem or (
                f"{self.text[self.starts[j - 3] : self.end_of(last)]!r} has a space after the "
                f"{mark}: one number or two?"
            )
        if len(chunks[0]) > 1 and chunks[0][0] == "0" and not problem:
            result.problem = f"{written!r} starts with a zero, as no count is written"
        if not seps and len(chunks[0]) == 4 and 1000 <= int(chunks[0]) <= 2100:
            result.year_like = True
        if (
            len(seps) == 1
            and seps[0] in ".:,"
            and len(chunks[0]) <= 2
            and len(chunks[1]) == 2
            and int(chunks[0]) <= 24
            and int(chunks[1]) < 60
        ):
            result.hhmm = True
        # "239, 000": a space after the thousands comma
        if (
            k + 2 < n
            and toks[k] == ","
            and kinds[k + 1] == "s"
            and kinds[k + 2] == "n"
            and len(toks[k + 2]) == 3
            and (toks[k + 2][0] == "0" or ("," in t.groups and not seps and len(toks[j]) <= 3))
        ):
            result.problem = result.problem or (
                f"{self.text[self.starts[j] : self.end_of(k + 2)]!r} has a space after the "
                "comma: one number or two?"
            )
        return result

    def _foreign(self, written: str) -> str:
        return f"{written!r} is not a number as {_NAMES[self.t.code]} writes numbers"

    def _interpret(
        self, chunks: list[str], seps: list[str], written: str
    ) -> tuple[Number, str | None, str | None]:
        t = self.t
        dec_mark = t.decimal
        int_chunks, int_seps, decimals = chunks, seps, ""
        problem = None
        flag = None
        marks = [i for i, s in enumerate(seps) if s == dec_mark]
        if (
            dec_mark == ","
            and len(marks) >= 2
            and len(marks) == len(seps)
            and len(chunks[0]) <= 3
            and all(len(c) == 3 for c in chunks[1:])
        ):
            # "5,002,555,850" in Spanish text: two commas cannot both be decimal marks
            return _integer(int("".join(chunks))), None, None
        if len(marks) > 1:
            return Number(0, 0), f"{self._foreign(written)} (two decimal marks): pass lang=", None
        if marks:
            if marks[0] != len(seps) - 1:
                return (
                    Number(0, 0),
                    f"{self._foreign(written)} (a decimal mark before a group mark)",
                    None,
                )
            int_chunks, int_seps, decimals = chunks[:-1], seps[:-1], chunks[-1]
            if dec_mark == "." and len(decimals) == 3 and not int_seps and int_chunks != ["0"]:
                flag = "dot3"  # "0.750" is decimal: no one writes a thousands dot after 0
            if t.comma_three_ambiguous and len(decimals) == 3 and not int_seps:
                return (
                    Number(0, 0),
                    f"{written!r} is a thousand times more with a comma between thousands (as "
                    f"in Mexico) than with a decimal comma (as in Spain)",
                    None,
                )
        if int_seps and int_chunks[0] == "0":
            # "0.683", "0,683": no one groups thousands after a zero
            return (
                Number(0, 0),
                f"{written!r} puts a group mark after 0: a decimal mark of another language?",
                None,
            )
        if int_seps:
            sep = int_seps[0]
            groups_ok = sep in t.groups and all(s == sep for s in int_seps)
            western = len(int_chunks[0]) <= 3 and all(len(c) == 3 for c in int_chunks[1:])
            indian = (
                t.indian
                and sep == ","
                and len(int_seps) >= 2
                and len(int_chunks[0]) <= 2
                and all(len(c) == 2 for c in int_chunks[1:-1])
                and len(int_chunks[-1]) == 3
            )
            if not (groups_ok and (western or indian)):
                if (
                    dec_mark == ","
                    and not decimals
                    and int_seps == ["."]
                    and len(int_chunks[1]) != 3
                ):
                    # "1.5 millones": a dot before other than three digits can only be decimal.
                    int_chunks, decimals = int_chunks[:1], int_chunks[1]
                    flag = "dotdec"
                else:
                    problem = f"{self._foreign(written)}: pass lang= to read it in another language"
        if problem:
            return Number(0, 0), problem, None
        integer = "".join(int_chunks)
        if decimals:
            return Number(int(integer + decimals), -len(decimals)), None, flag
        return _integer(int(integer)), None, None

    def words(self, j: int) -> _Num | None:
        """A number written in words at ``j``: "two million", "half a million"."""
        t, low, n = self.t, self.low, self.n
        approx = self.match(t.approximate, j)
        if approx is not None:
            value, after = approx
            result = _Num(_integer(int(str(value))), after, after - 1)
            result.words = result.scaled_words = result.approximate = True
            # "une quarantaine de milliers", "una veintena de millones": about 40,000
            k = self.sp(after)
            if k < n and low[k] in t.connectors:
                k = self.sp(k + 1)
            power = t.scales.get(low[k], t.thousands.get(low[k])) if k < n else None
            if power is not None:
                result.number = result.number.scaled(power)
                result.mult = power
                result.end, result.last = k + 1, k
            return result
        # "half a million", "a quarter of a million", "un demi-million", "half an hour"
        k = j
        if low[k] in t.one and k + 2 < n:
            k2 = self.sp(k + 1)
            if k2 < n and self.match(t.fractions, k2):
                k = k2
        frac = self.match(t.fractions, k)
        if frac is not None:
            (num, den), k = _pair(frac[0]), frac[1]
            start = k
            while k < n and (
                self.kinds[k] == "s"
                or low[k] in t.fraction_fillers
                or low[k] in t.one
                or low[k] == "-"
            ):
                k += 1
            if k < n and (low[k] in t.scales or low[k] in t.hundreds or low[k] in t.dozens):
                w = low[k]
                base = 10 ** t.scales[w] if w in t.scales else t.hundreds.get(w, 12)
                value = base * num
                if value % den:
                    return None
                result = _Num(_integer(value // den), k + 1, k)
                result.words = result.scaled_words = True
                result.mult = 0
                return result
            if k > start and self.is_unit(k) and self.toks[k - 1] != "-":
                # "half an hour", "half a year": the fraction of one unit
                result = _Num(_decimal(num, den), k, k - 1)
                result.words = result.fraction = True
                return result
            return None
        # digits may stand for a part after a multiplier: "un milione 73 mila"
        comp = _Composer(t, digit_parts=True)
        k = j
        inner = self._inner_half(j)
        if inner is not None:
            # "dreieinhalb Millionen", "anderthalb Stunden": a half inside the word
            result = _Num(Number(0, 0), j + 1, j)
            result.words = True
            parts = inner
            if all(comp.feed(kind, value) for kind, value in parts) and comp.complete():
                result.number = _integer(comp.value())
                self._half(result, comp, (1, 2), j + 1)
                if result.number.exp < 0 or result.end > j + 1:
                    return result
            return None
        if low[j] in t.one and low[j] not in t.numbers:
            # "a million", "a dozen", "an hour": the article for one
            nxt = self.sp(j + 1)
            piece = self._piece(nxt) if nxt < n else None
            if piece is None or piece[0][0][0] not in "hmsz":
                if nxt < n and (self.match(t.multiples, nxt) or self.is_unit(nxt)):
                    # "a century", "un minuto", "une heure": one of a unit
                    result = _Num(Number(1, 0), j + 1, j)
                    result.words = result.lone_one = True
                    return result
                if nxt + 1 < n and self.toks[nxt] in "'’" and self.is_unit(nxt + 1):
                    # "un'ora": the article for one, elided before its unit
                    result = _Num(Number(1, 0), nxt + 1, j)
                    result.words = result.lone_one = True
                    return result
                return None
            comp.feed("u", 1)
            last, adjacent = self._compose(comp, nxt, j)
        else:
            last, adjacent = self._compose(comp, j, -1)
        if last < 0 or not comp.complete():
            return None
        value = comp.value()
        number = _integer(value)
        end = last + 1
        # "nine point nought four", "cuarenta y siete coma veintiocho"
        k = self.sp(end)
        if k < n and low[k] in t.decimal_words and k > end and not comp.dozen:
            decimals = self._decimals(self.sp(k + 1))
            if decimals is not None:
                digits, after = decimals
                number = Number(value * 10 ** len(digits) + int(digits), -len(digits))
                end, last = after, after - 1
                adjacent = False
                # "one point five million"
                scale_at = self.sp(end)
                power = t.scales.get(low[scale_at]) if scale_at < n else None
                if power is not None and not comp.groups:
                    number = number.scaled(power)
                    end, last = scale_at + 1, scale_at
                    comp.scaled = True
                    comp.groups.append((0, power))  # for the multiplier's power below
        result = _Num(number, end, last)
        result.words = True
        result.scaled_words = comp.scaled
        result.dozen = comp.dozen
        # the power of the last scale: "three thousand" multiplies 3 by 10³
        result.mult = comp.groups[-1][1] if comp.groups else 0 if comp.scaled else None
        result.lone_one = number == Number(1, 0) and comp.fed == 1
        if adjacent:
            # the number that follows is part of the question, and read with it: never
            # read alone ("nineteen eighty-four" is not 84)
            other = _Composer(t)
            more, _ = self._compose(other, self.gap(end), -1)
            if more >= end:
                end, last = more + 1, more
                result.end, result.last = end, last
            result.problem = (
                f"{self.text[self.starts[j] : self.end_of(last)]!r}: a number word followed "
                "by another: one number or two?"
            )
        if number.exp < 0:
            return result
        # "thirty-three and a half million", "tres millones y medio", "two and a half hours"
        half = self.match(t.halves, self.gap(last + 1))
        if half is not None:
            self._half(result, comp, _pair(half[0]), half[1])
        return result

    def _half(self, result: _Num, comp: _Composer, half: tuple[int, int], after: int) -> None:
        """A half after a number in words: of the scale after it, of its own, or of a unit."""
        t, low, n = self.t, self.low, self.n
        value = comp.value()
        groups, small = comp.groups, (comp.h or 0) + (comp.small or 0)
        hn, hd = half
        scale_at = self.gap(after)
        later = t.scales.get(low[scale_at]) if scale_at < n else None
        if small and later is not None and not groups:
            scale = 10**later  # "thirty-three and a half million"
            result.number = _integer(value * scale).plus(_decimal(hn * scale, hd))
            result.step = (hn * scale, hd)
            result.end, result.last = scale_at + 1, scale_at
            result.scaled_words = True
            result.mult = later
        elif groups and not small and later is not None and later < groups[-1][1]:
            scale = 10**later  # "un miliardo e mezzo milione": a billion and half a million
            result.number = _integer(value).plus(_decimal(hn * scale, hd))
            result.step = (hn * scale, hd)
            result.end, result.last = scale_at + 1, scale_at
        elif groups and not small and later is None:
            unit = 10 ** groups[-1][1]  # "tres millones y medio"
            result.number = _integer(value).plus(_decimal(hn * unit, hd))
            result.step = (hn * unit, hd)
            result.end, result.last = after, after - 1
        elif not groups and (self.is_unit(self.gap(after)) or after == result.end):
            # "two and a half hours", "zweieinhalb" (the half inside the word)
            result.number = _integer(value).plus(_decimal(hn, hd))
            result.step = (hn, hd)
            result.end, result.last = after, after - 1
        result.lone_one = False

    def _compound_word(self, i: int) -> bool:
        """Whether word ``i`` is number words written as one ("zweiundvierzig", "dreieinhalb")."""
        return bool(decompose(self.t, self.low[i])) or self._inner_half(i) is not None

    def _inner_half(self, j: int) -> tuple[tuple[str, int], ...] | None:
        """The number before a half written inside a word ("dreieinhalb"), in parts."""
        suffix = self.t.half_suffix
        word = self.low[j]
        if not suffix or self.kinds[j] != "w":
            return None
        if word in self.t.half_words:
            return (("u", self.t.half_words[word]),)  # "anderthalb": one and a half
        if not word.endswith(suffix) or len(word) == len(suffix):
            return None
        head = word[: -len(suffix)]
        found = self.t.morphemes.get(head)
        if found is not None:
            return (found,)
        return decompose(self.t, head)

    def _piece(self, k: int) -> tuple[tuple[tuple[str, int], ...], int] | None:
        """The number word (or phrase) at token ``k``: its parts for the grammar, token after."""
        t = self.t
        found = self.match(t.number_words, k)
        if found is not None:
            return (found[0],), found[1]  # type: ignore[return-value]
        if t.morphemes and self.kinds[k] == "w":
            parts = decompose(t, self.low[k])
            if parts is not None:
                return parts, k + 1
            # "settant'anni": tens without their vowel, before an apostrophe
            part = t.morphemes.get(self.low[k])
            if part is not None and part[0] == "d" and k + 1 < self.n and self.low[k + 1] == "'":
                return (part,), k + 2
        return None

    def _compose(
        self, comp: _Composer, k: int, last: int, stop: int | None = None
    ) -> tuple[int, bool]:
        """Feed the number words from token ``k`` to ``comp``, as far as they make one number.

        ``last`` is the last token already read; no token from ``stop`` on is read.
        Returns the last token read (-1 for none) and whether another number word
        stands right after it ("nineteen eighty-four": two numbers?). When what follows
        an "and" does not continue the number ("one hundred and two hundred"), the
        number ends before the "and".
        """
        t, low, kinds, toks = self.t, self.low, self.kinds, self.toks
        n = self.n if stop is None else stop
        joined_at: tuple[object, int] | None = None  # state and last token before an "and"
        # after digits and a scale, words need a multiplier of their own ("2 million two")
        plain: tuple[object, int] | None = None
        adjacent = False
        while k < n:
            if comp.fed and low[k] in t.and_words:
                before = (comp.save(), last)
                if not comp.feed("&", 0):
                    break
                joined_at = before
                k = self.gap(k + 1)  # "vingt-et-un"
                continue
            piece = self._piece(k) or self._digit_piece(k, comp)
            if piece is None:
                break
            parts, after = piece
            state = comp.save()
            if not all(comp.feed(kind, value) for kind, value in parts):
                comp.load(state)
                if joined_at is not None:
                    # what follows "and" is another number: the number ends before "and"
                    comp.load(joined_at[0])
                    last = joined_at[1]
                    if plain is not None and plain[1] >= last:
                        plain = None
                    joined_at = None
                else:
                    adjacent = last >= 0
                break
            multiplier = any(kind in "ms" for kind, _ in parts)
            # digits after a thousand end the number: "651 mil 929" (see _digit_piece)
            thousand_end = kinds[k] == "n" and bool(comp.groups) and comp.groups[-1][1] == 3
            if (
                comp.digits
                and plain is None
                and state[4] == "scale"
                and not multiplier
                and not thousand_end
            ):
                plain = (state, last)
            elif multiplier:
                plain = None
            last = after - 1
            # between number words: a space, a hyphen, or both ("fifty - two")
            k = after
            if k < n and kinds[k] == "s":
                k += 1
            if k < n and toks[k] == "-":
                k += 1
                if k < n and kinds[k] == "s":
                    k += 1
            if k >= n or (kinds[k] != "w" and kinds[k] != "n") or (k == after and kinds[k] == "n"):
                break
        if comp.joined and joined_at is not None:
            comp.load(joined_at[0])  # a dangling "and": not part of the number
            last = joined_at[1]
        if plain is not None:
            comp.load(plain[0])
            last = plain[1]
        return last, adjacent

    def _digit_piece(
        self, k: int, comp: _Composer
    ) -> tuple[tuple[tuple[str, int], ...], int] | None:
        """Plain digits inside a number in words: "4 thousand 3 hundred and 21"."""
        if not comp.digit_parts or self.kinds[k] != "n" or len(self.toks[k]) > 3:
            return None
        after = k + 1
        # "2 milioni 365mila": the multiplier of a part may be glued to its digits
        glued = after < self.n and self.kinds[after] == "w"
        if after < self.n and self.kinds[after] not in "sp" and not glued:
            return None
        if after + 1 < self.n and self.toks[after] in ",.'" and self.kinds[after + 1] == "n":
            return None  # "2.12": a decimal or a grouped number, not a plain part
        value = int(self.toks[k])
        nxt = self._piece(after if glued else self.sp(after))
        multiplied = nxt is not None and nxt[0][0][0] in "msz"
        if glued and not multiplied:
            return None
        # plain digits continue a number only before a multiplier of their own, or after
        # "hundred and": "3 hundred and 21", never "2 million and 300"
        # "651 mil 929 pesos", "258 millones 617 mil 34": after a thousand, the last group
        # of up to three digits, as Mexican papers write amounts
        thousands = comp.last == "scale" and bool(comp.groups) and comp.groups[-1][1] == 3
        if not (
            multiplied
            or (comp.digits and comp.joined and comp.last == "hundred")
            or (thousands and not glued)
        ):
            return None
        return (("c" if value >= 10 else "u", value),), after

    def _decimals(self, k: int) -> tuple[str, int] | None:
        """The digits after a decimal word, each number word giving its own: "nought four"."""
        digits = ""
        end = -1
        while k < self.n and self.kinds[k] == "w":
            comp = _Composer(self.t)
            last, _ = self._compose(comp, k, -1)
            scaled = comp.last == "scale"
            if scaled:
                # "point five million": the scale multiplies the whole number
                comp = _Composer(self.t)
                last, _ = self._compose(comp, k, -1, stop=last)
            if last < 0 or not comp.complete() or comp.dozen:
                break
            digits += str(comp.value())
            if len(digits) > MAX_DIGITS:
                return None
            end = last + 1
            if scaled:
                break
            k = self.gap(end)
        if not digits or len(digits) > MAX_DIGITS:
            return None
        return digits, end

    def number(self, j: int, *, prefixed: bool = False) -> _Num | None:
        """A number at ``j`` with its multiplier, or None.

        Raises _NotAFigureError for dates, times and labels.
        """
        if j >= self.n:
            return None
        kind = self.kinds[j]
        if kind == "w":
            return self.words(j)
        if kind == "p" and self._leading_decimal(j):
            # ".08", ",5%": a number that starts with its decimal mark
            digits = self.toks[j + 1]
            num = _Num(Number(int(digits), -len(digits)), j + 2, j + 1)
            if len(digits) > MAX_DIGITS:
                num.problem = f"{_short(digits)} has more digits than a reported figure"
            return self._after_digits(j + 1, num)
        if kind != "n":
            return None
        if not prefixed:
            self._left(j)
        num = self.digits(j)
        return self._after_digits(j, num)

    def _leading_decimal(self, j: int) -> bool:
        """A decimal mark that starts a number: ".08" after a space, not "2.08"."""
        n, toks, kinds = self.n, self.toks, self.kinds
        return (
            toks[j] == self.t.decimal
            and j + 1 < n
            and kinds[j + 1] == "n"
            and (j == 0 or kinds[j - 1] == "s" or toks[j - 1] in _OPENERS)
            and not (j + 3 < n and toks[j + 2] in ",." and kinds[j + 3] == "n")
        )

    def _left(self, j: int) -> None:
        """What stands glued before the digits: a label, a date, a sign."""
        if j == 0 or self.kinds[j - 1] == "s":
            return
        p = self.toks[j - 1]
        if p in _SIGNS:
            if j - 2 < 0 or self.kinds[j - 2] == "s" or self.toks[j - 2] in _OPENERS:
                return  # a sign: the caller refuses it (see _signed)
            raise _NotAFigureError(self.cluster_end(j))
        if p in "'’" and len(self.toks[j]) == 2 and (j < 2 or self.kinds[j - 2] == "s"):
            raise _NotAFigureError(self.cluster_end(j))  # "dai ’60 ai 2000": a decade
        if p in _OPENERS and not (j >= 2 and self.kinds[j - 2] == "n" and p in "'’"):
            return  # "(5,000", "„1,3", "all’80": but not "3’4"
        raise _NotAFigureError(self.cluster_end(j))  # A380, COVID-19, #1, 3'4, v.2

    def _after_digits(self, j: int, num: _Num) -> _Num:
        t, toks, kinds, low, n = self.t, self.toks, self.kinds, self.low, self.n
        k = num.end
        if k < n and kinds[k] == "p":
            c = toks[k]
            if c in ":/" and k + 1 < n and kinds[k + 1] == "n":
                raise _NotAFigureError(self.cluster_end(k))  # 14:00, 21/04, 24/7, 3:1
            if (
                c == "-"
                and k + 1 < n
                and kinds[k + 1] == "w"
                and len(toks[k + 1]) == 1
                and toks[k + 1].isupper()
                and (k + 2 >= n or kinds[k + 2] != "w")
            ):
                raise _NotAFigureError(k + 2)  # "18-N", "15-M": a date's name, a label
            if (
                num.last == j
                and len(toks[j]) <= 2
                and (j == 0 or kinds[j - 1] == "s")
                and (
                    (c == "." and k + 1 < n and kinds[k + 1] == "w" and toks[k + 1][:1].isupper())
                    or (
                        c in "-–)"
                        and k + 2 < n
                        and kinds[k + 1] == "s"
                        and kinds[k + 2] == "w"
                        and toks[k + 2][:1].isupper()
                    )
                )
            ):
                raise _NotAFigureError(k + 1)  # "1.Facebook", "2- K-POP": a list's marker
            if c in _DASHES and k + 1 < n and kinds[k + 1] == "n":
                # 2022-04-21: three parts joined by dashes is a date
                k2 = k + 2
                if k2 + 1 < n and toks[k2] in ("-", "–", "—", "/") and kinds[k2 + 1] == "n":
                    raise _NotAFigureError(self.cluster_end(k))
        if k < n and kinds[k] == "w":
            self._glued(num, j)
        else:
            # a multiplier after a space: "2 million", "1.3 mn", "2,5 Mio."; or after a
            # hyphen, as the style of some papers writes it: "$1.2-million ad buy"
            k2 = self.sp(k)
            if (
                k2 == k
                and k + 1 < n
                and toks[k] == "-"
                and kinds[k + 1] == "w"
                and low[k + 1] in t.scales
            ):
                k2 = k + 1
            piece = (
                self._piece(k2)
                if k2 < n and kinds[k2] == "w" and num.last == j and num.problem is None
                else None
            )
            if piece is not None and piece[0][0][0] in "msz" and num.number.exp >= 0:
                self._multiplied(j, k2, num, piece[0][0])
            elif k2 < n and kinds[k2] == "w":
                power = 0
                chain = 0
                kk = k2
                dozen = False
                while kk < n and chain < 2 and not dozen:
                    w = low[kk]
                    if w in t.scales:
                        power += t.scales[w]
                    elif w in t.hundreds and not chain and t.code != "fr":
                        power += 2  # "2.12 hundred"
                    elif w in t.dozens and not chain:
                        dozen = True  # "1.5 dozen"
                    else:
                        break
                    num.last = kk
                    kk = self.sp(kk + 1)
                    chain += 1
                if chain:
                    an, ad = num.number.ratio()
                    if ad == 1 and an >= 10**6 and num.problem is None:
                        # "23.077.166 Millionen Euro": a sum written to the unit and then
                        # multiplied again is a slip, a million times too large
                        num.problem = (
                            f"{self.text[self.starts[j] : self.end_of(num.last)]!r}: a number "
                            "written to its units already, and then a multiplier after it"
                        )
                    num.mult = power
                    num.number = num.number.scaled(power)
                    if dozen:
                        num.number = num.number.times(12)
                        num.dozen = True
                    num.end = num.last + 1
                    half = self.match(t.halves, self.gap(num.end)) if not dozen else None
                    if half is not None and not self.is_numberish(self.gap(half[1])):
                        # "3 milioni e mezzo", "2 millones y medio": half of the multiplier
                        hn, hd = _pair(half[0])
                        num.number = num.number.plus(_decimal(hn * 10**power, hd))
                        num.step = (hn * 10**power, hd)
                        num.end, num.last = half[1], half[1] - 1
                elif w in t.hundreds and num.problem is None:
                    num.problem = (
                        f"{self.text[self.starts[j] : self.end_of(kk)]!r}: 'cent' after digits "
                        "may be a hundred or a cent of a dollar; write the number in digits"
                    )
                    num.end, num.last = kk + 1, kk
                else:
                    suf = self.match(t.suffixes, k2, cased=True)
                    alone = k2 + 1 >= n or kinds[k2 + 1] != "w"
                    if (
                        alone
                        and k2 > k
                        and num.problem is None
                        and (toks[k2] in _LETTERS or (suf is not None and toks[k2] in t.glued_only))
                    ):
                        # "2.33 k", "5 m", "1,674.5 G": a multiplier, or a unit (km, metres)?
                        num.problem = (
                            f"{self.text[self.starts[j] : self.end_of(k2)]!r}: a letter apart "
                            "from the number may be a multiplier or a unit; write it glued "
                            "('2.3k') or in words"
                        )
                        num.end, num.last = k2 + 1, k2
                    elif suf is not None and toks[k2] not in t.glued_only:
                        value, after = suf
                        if after >= n or kinds[after] != "w" or after != k2 + 1:
                            num.mult = int(value)  # type: ignore[call-overload]
                            num.number = num.number.scaled(num.mult)
                            num.end = after
                            num.last = after - 1
                    elif low[k2] in t.foreign_scales and num.problem is None:
                        code = t.foreign_scales[low[k2]]
                        num.problem = (
                            f"{toks[k2]!r} is a multiplier in {_NAMES[code]}, not in "
                            f"{_NAMES[t.code]}: pass lang={code!r}"
                        )
        if num.problem == "dot3":
            if num.mult:
                num.problem = None
            else:
                num.dot3 = True  # in seconds, read as decimals (see _finish)
                num.problem = (
                    f"{_short(''.join(toks[j : num.last + 1]))} could be a whole number with a "
                    "dot between thousands or a number with three decimals: pass lang= to say "
                    "which convention the text follows"
                )
        if num.mult or num.glued_unit or num.glued_m:
            num.year_like = False
            num.hhmm = False
        return num

    def _multiplied(self, j: int, k: int, num: _Num, word: tuple[str, int]) -> None:
        """Digits and multiplier words: "322 hundred", "3 dozen", "4 thousand 3 hundred and 21"."""
        value = int(self.toks[j])
        if word[0] == "m" and self.t.code == "fr":
            num.problem = (
                f"{self.text[self.starts[j] : self.end_of(k)]!r}: 'cent' after digits may be "
                "a hundred or a cent of a dollar; write the number in digits"
            )
            num.end, num.last = k + 1, k
            return
        comp = _Composer(self.t, digits=True)
        comp.feed("c" if value >= 10 else "u", value)
        last, adjacent = self._compose(comp, k, j)
        if last <= j or not comp.complete():
            return
        num.number = _integer(comp.value())
        num.mult = comp.groups[0][1] if comp.groups else 2 if comp.h is not None else 0
        num.dozen = comp.dozen
        num.end, num.last = last + 1, last
        half = self.match(self.t.halves, self.gap(last + 1)) if comp.groups else None
        if half is not None:
            self._half(num, comp, _pair(half[0]), half[1])  # "3 milioni e mezzo"
        if adjacent:
            num.problem = (
                f"{self.text[self.starts[j] : self.end_of(last)]!r} is followed by another "
                "number: one number or two?"
            )

    def _glued(self, num: _Num, j: int) -> None:
        """Letters glued to the digits: a multiplier, an ordinal, a time, a unit, or refused."""
        t, toks, kinds, low, n = self.t, self.toks, self.kinds, self.low, self.n
        k = num.end
        word = toks[k]
        glued_digits = k + 1 < n and kinds[k + 1] == "n"
        whole = num.number.exp >= 0 and "." not in toks[j:k] and "," not in toks[j:k]
        suf = self.match(t.suffixes, k, cased=True)
        if suf is not None and suf[1] == k + 1 and not glued_digits:
            value = int(suf[0])  # type: ignore[call-overload]
            num.mult = value
            num.number = num.number.scaled(value)
            num.glued_m = word in t.ambiguous_suffixes
            num.end = k + 1
            num.last = k
            return
        lw = low[k]
        if lw in t.scales and not glued_digits and len(lw) > 2:
            # "4,8bilhões": a multiplier word written without its space
            num.mult = t.scales[lw]
            num.number = num.number.scaled(num.mult)
            num.end = k + 1
            num.last = k
            return
        if whole and not glued_digits and lw in ORDINAL_SUFFIXES:
            raise _NotAFigureError(self.cluster_end(k))  # 12th, 1er, 2º
        if whole and lw == "s" and not glued_digits:
            raise _NotAFigureError(self.cluster_end(k))  # the 1990s
        if lw == "x" and not glued_digits:
            raise _NotAFigureError(self.cluster_end(k))  # 10x: times, not a count
        if self.match(CLOCK_MARKS, k) is not None:
            raise _NotAFigureError(self.cluster_end(k))  # 10pm
        if lw in GLUED_TIME:
            num.glued_unit = (GLUED_TIME[lw], word)
            num.end = k + 1
            num.last = k
            return
        end = self.cluster_end(k)
        last = end - 1
        while last > k and kinds[last] == "p":
            last -= 1  # keep sentence punctuation out of the quoted phrase
        num.problem = (
            f"{''.join(toks[j : last + 1])!r} has letters glued to the number that polevents "
            "does not read (such as 1.5e6); write the number out"
        )
        num.end = last + 1
        num.last = last

    # --- units -----------------------------------------------------------------------

    def unit_at(self, k: int, *, connector: bool) -> tuple[object, int, str, bool] | None:
        """A unit word at ``k``, maybe after describing words: (unit, after, word, described)."""
        t, low, kinds, toks, n = self.t, self.low, self.kinds, self.toks, self.n
        if 0 < k < n - 1 and toks[k] in "'’" and kinds[k - 1] == "w" and kinds[k + 1] == "w":
            k += 1  # "un'ora", "trent'anni": a number word elided before its unit
        elif k < n and toks[k] in '”’"»' and kinds[k] == "p":
            k = self.sp(k + 1)  # “millions” of people
        if connector:
            c = self.match(t.connectors, k)
            if c is not None:
                k = self.sp(c[1])
        described = 0
        while k < n:
            found = self.match(t.units, k)
            if found is not None:
                unit, after = found
                if described and low[k] in t.weak_units:
                    return None
                if after < n and kinds[after] == "w":
                    return None  # part of a longer word
                word = self.text[self.starts[k] : self.end_of(after - 1)]
                return unit, after, word, described > 0
            if kinds[k] == "p" and toks[k] in "€$£₹":
                cur = self.match(t.currencies, k, cased=True)
                if cur is not None:
                    return cur[0], cur[1], toks[k], described > 0
            if kinds[k] == "w" and toks[k] in ISO_4217 and not described:
                return toks[k], k + 1, toks[k], False
            if described >= 3 or kinds[k] != "w":
                return None
            w = low[k]
            cluster = self.cluster_end(k)
            if cluster > k + 1 and toks[cluster - 1] == ",":
                cluster -= 1  # "black-clad, masked protesters"
            if cluster == k + 1 and (
                w in t.stop
                or w in t.numbers
                or w in t.scales
                or w in t.one
                or self.match(t.hedges, k) is not None
            ):
                return None
            # a describing word: letters, maybe with digits and hyphens ("A25-54", "peak-time")
            if any(kinds[x] not in "wn" and toks[x] != "-" for x in range(k, cluster)):
                return None
            if toks[cluster - 1] == "-":
                return None
            k = cluster
            if k < n and toks[k] == ",":
                k += 1
            if k >= n or kinds[k] != "s":
                return None
            k += 1
            described += 1
        return None

    # --- figures ---------------------------------------------------------------------

    def candidate(self, i: int) -> tuple[Candidate | None, int] | None:
        """The figure starting at token ``i``: (candidate or None to skip, token after)."""
        t, low, n = self.t, self.low, self.n
        self.hedge_end = -1
        if self.kinds[i] == "n":
            return self._core(i, i, None)  # no hedge starts with digits
        hedge: str | None = None
        j = i
        h = self.match(t.hedges, i)
        if h is not None and low[i] in t.hedge_conditions:
            phrase = " ".join(w for w in low[i : h[1]] if not w.isspace())
            blockers = t.hedge_blockers.get(phrase)
            pw = self.prev_word(i)
            if blockers and pw is not None and low[pw] in blockers:
                h = None
            needs = t.hedge_needs.get(phrase)
            if needs and (pw is None or low[pw] not in needs):
                h = None
        if h is not None and h[0] == "NOT":
            return None  # "over the past 24 hours": a window of time, not a bound
        if (
            h is not None
            and i > 0
            and self.toks[i] in _COMPARE
            and self.toks[i - 1] in _COMPARE_BEFORE
        ):
            h = None  # "<>30", "=>30": not a comparison polevents reads
        if (
            h is None
            and self.kinds[i] == "w"
            and low[i] not in t.numeric_starters
            and self.toks[i] not in t.cased_starters
            and not (t.morphemes and self._compound_word(i))
        ):
            return None  # "in", "at", "more": the start of no hedge here, and no number
        if h is not None and h[1] < n:
            hedge, j = str(h[0]), self.sp(h[1])
            self.hedge_end = h[1]
            # "hardly less than", "not more than" (unless the phrase says it: "no less than")
            if (
                t.negations
                and low[i] not in t.negations
                and any(low[k] in t.negations for k in range(max(0, i - 12), i))
            ):
                hedge = "UNSURE"
            if j < n and low[j] in t.hedge_articles:
                nxt = self.sp(j + 1)
                ahead = self.is_numberish(nxt) or self.match(t.currencies, nxt, cased=True)
                # "over a 700,000 people" (an article), but "about a million" (a number)
                if ahead and not (low[j] in t.one and self.words(j) is not None):
                    j = nxt
            if j >= n:
                return None
        joiners = t.between.get(low[i])
        if joiners is not None and h is None:
            return self._between(i, joiners)
        return self._core(i, j, hedge)

    def _between(self, i: int, joiners: frozenset[str]) -> tuple[Candidate | None, int] | None:
        """A range opened by a word: "between 20 and 30", "desde 20 hasta 100", "from 5 to 9"."""
        t, low, n = self.t, self.low, self.n
        after = t.range_opener_after.get(low[i])
        if after is not None:
            pw = self.prev_word(i)
            if pw is not None and low[pw] not in after:
                return None  # "rose from 200 to 500": a change, not a range
        toks, kinds = self.toks, self.kinds
        currency: tuple[object, str] | None = None
        a_unit: object = None  # a unit written after the first end too: "between 45% and 51%"
        try:
            j = self._past_article(self.sp(i + 1))
            cur = self.match(t.currencies, j, cased=True) if j < n and kinds[j] != "n" else None
            if cur is not None:
                # "between Rs 50 lakh and Rs 70 lakh": the sign written before each end
                currency = (cur[0], self.text[self.starts[j] : self.end_of(cur[1] - 1)])
                j = self.sp(cur[1])
            a = self.number(j, prefixed=True)
            if a is None:
                return None
            k = self.sp(a.end)
            aside = self._aside(k)
            if aside is not None:
                k = self.sp(aside)  # "entre 2 100 (police) et 7 000 (CGT)"
            if currency is None and k < n and toks[k] == "%":
                a_unit, k = "percent", self.sp(k + 1)
            elif currency is None and k < n and low[k] not in joiners:
                found_a = self.unit_at(k, connector=t.code != "en")
                after_a = self.sp(found_a[1]) if found_a is not None else n
                if found_a is not None and after_a < n and low[after_a] in joiners:
                    a_unit, k = found_a[0], after_a
            if (a_unit is not None or currency is not None) and (k >= n or low[k] not in joiners):
                return None
            if k >= n or low[k] not in joiners:
                split = self._split_range(j, a, joiners)
                if split is not None:
                    # "between one hundred and two thousand": 102,000, or 100 to 2,000?
                    why = (
                        f"{self.text[self.starts[i] : self.end_of(split - 1)]!r}: one number, "
                        "or a range whose ends share the word for 'and'?"
                    )
                    found = self.unit_at(self.sp(split), connector=True)
                    unit: object = None
                    if found is not None:
                        unit, split = found[0], found[1]
                    cand = Candidate(
                        start=self.starts[i],
                        end=self.end_of(split - 1),
                        numbers=(a.number,),
                        unit=unit if isinstance(unit, str) else None,
                        options=unit if isinstance(unit, tuple) else (),
                        problem=why,
                    )
                    return cand, split
                # "Entre 150.000 et 200.000 personas": another language's "and", a slip
                other = self.sp(k + 1) if k < n and kinds[k] == "w" else n
                if other < n and kinds[other] == "n" and not a.year_like:
                    b = self.number(other, prefixed=True)
                    if b is not None:
                        ranged, end_at = self._finish(i, j, None, [a, b], currency)
                        if ranged is not None:
                            why = (
                                f"{self.text[self.starts[i] : ranged.end]!r}: is "
                                f"{toks[k]!r} the word that joins the two ends?"
                            )
                            ranged = ranged._replace(problem=ranged.problem or why)
                        return ranged, end_at
                return None
            kb = self._past_article(self.sp(k + 1))
            if currency is not None:
                cur_b = self.match(t.currencies, kb, cased=True) if kb < n else None
                if cur_b is not None:
                    if cur_b[0] != currency[0]:
                        return None  # two currencies: two figures
                    kb = self.sp(cur_b[1])
            b = self.number(kb, prefixed=True)
        except _NotAFigureError:
            return None
        if b is None:
            return None
        after_aside = self._aside(b.end) if aside is not None else None
        if after_aside is not None:
            b.end, b.last = after_aside, after_aside - 1
        if a.year_like and b.year_like and currency is None and a_unit is None:
            return None, b.end  # "from 2019 to 2022", "between 2019 and 2022": years
        ranged, end_at = self._finish(i, j, None, [a, b], currency)
        if a_unit is not None and ranged is not None and ranged.unit != a_unit:
            why = "the two ends of the range name different units"
            ranged = ranged._replace(problem=ranged.problem or why)
        return ranged, end_at

    def _split_range(self, j: int, a: _Num, joiners: frozenset[str]) -> int | None:
        """Where a range would end if the range's "and" inside number words ``a`` split it.

        None when no such "and" stands inside, or when the split gives no range (its
        low end above its high end: "entre cuarenta y cinco" is only 45).
        """
        if not a.words:
            return None
        low = self.low
        for m in range(j + 1, a.last):
            if low[m] not in joiners:
                continue
            first, second = _Composer(self.t), _Composer(self.t)
            end_first, _ = self._compose(first, j, -1, stop=m)
            if end_first < 0 or not first.complete():
                return None
            end_second, _ = self._compose(second, self.sp(m + 1), -1)
            if end_second < 0 or not second.complete():
                return None
            if first.value() < second.value():
                return a.end
            return None
        return None

    def _past_article(self, j: int) -> int:
        """Past an article before a number: "entre el diez y el quince"."""
        if j < self.n and self.low[j] in self.t.hedge_articles and self.low[j] not in self.t.one:
            nxt = self.sp(j + 1)
            if nxt < self.n and self.is_numberish(nxt):
                return nxt
        return j

    def _core(self, i: int, j: int, hedge: str | None) -> tuple[Candidate | None, int] | None:
        t, n, kinds = self.t, self.n, self.kinds
        # money first: "$1.2 billion", "Rs 2 crore", "US$ 5m", "PKR 500 million"
        currency: tuple[object, str] | None = None
        sign_problem = None
        # digits start no currency sign and no vague word
        cur = self.match(t.currencies, j, cased=True) if kinds[j] != "n" else None
        if cur is not None:
            k = self.sp(cur[1])
            if k < n and (kinds[k] == "n" or self.is_numberish(k)):
                currency = (cur[0], self.text[self.starts[j] : self.end_of(cur[1] - 1)])
                if j > 0 and kinds[j - 1] in "wn":
                    sign_problem = (
                        f"{self.toks[j - 1]}{currency[1]!r} is a currency sign polevents does "
                        "not know; pass unit= with its ISO 4217 code"
                    )
                elif (
                    j > 0
                    and self.toks[j - 1] in _SIGNS
                    and (j < 2 or kinds[j - 2] == "s" or self.toks[j - 2] in _OPENERS)
                ):
                    sign_problem = _SIGN
                j = k
        if currency is None and kinds[j] != "n":
            vague = self.match(t.vague, j)
            if vague is not None:
                return self._vague(i, hedge, str(vague[0]), vague[1])
        signed = kinds[j] == "n" and currency is None and hedge is None and self._signed(j)
        try:
            first = self.number(j, prefixed=currency is not None or hedge is not None)
        except _NotAFigureError as skip:
            return None, skip.end
        if first is None:
            return None
        if signed:
            first.problem = first.problem or _SIGN
        if sign_problem:
            first.problem = first.problem or sign_problem
        if (
            kinds[j] == "n"
            and currency is None
            and hedge is None
            and j >= 2
            and kinds[j - 1] == "s"
            and kinds[j - 2] == "n"
            and (j < 3 or kinds[j - 3] not in "wp")
        ):
            first.problem = first.problem or (
                f"{self.text[self.starts[j - 2] : self.end_of(first.last)]!r}: "
                "two numbers side by side"
            )
        elif (
            kinds[j] == "n"
            and currency is None
            and hedge is None
            and j >= 2
            and kinds[j - 1] == "s"
            and self.low[j - 2] in t.scales
            and self.is_numberish(self._word_start(j - 2))
        ):
            # "2 millones 365.000 espectadores": 2,365,000, or two numbers?
            first.problem = first.problem or (
                f"{self.text[self.starts[j - 2] : self.end_of(first.last)]!r} follows a "
                "number that ends in a multiplier: one number or two?"
            )
        return self._after_first(i, j, hedge, currency, first)

    def _name(self, j: int, first: _Num, unit: object, unit_text: str) -> bool:
        """Whether a number and its unit word are a name: "60 Minutes", "Cinque minuti".

        Outside German, nouns are written in lower case mid-sentence, so a capital on
        a time unit after a plain number, or on a number word that does not open the
        sentence, makes a title ("60 Minutes", "5 Seconds of Summer", "i Cinque Minuti
        di Bruno Vespa"), unless the whole text is written in title case, as headlines
        are. Currencies ("Euro") and emphasis ("106 Million Tweets") are no titles.
        """
        if self.t.code == "de":
            # German writes nouns with a capital: "„20 minuten“" in lower case is a name
            return (
                unit_text[:1].islower()
                and len(unit_text) > 4
                and " " not in unit_text
                # an adjective is in lower case: "zwölf stündigem Live-Stream"
                and not unit_text.lower().rstrip("mnrs").endswith(("ige", "ig"))
                and self._has_capitals()
            )
        capital_unit = unit in SECONDS and first.mult is None and unit_text[:1].isupper()
        capital_word = first.words and self.toks[j][:1].isupper() and not self._opens(j)
        return bool(capital_unit or capital_word) and not self._title_case()

    def _opens(self, j: int) -> bool:
        """Whether token ``j`` opens a sentence (or the text, or a quotation at its start)."""
        k = j - 1
        while k >= 0 and (self.kinds[k] == "s" or self.toks[k] in _OPENERS):
            k -= 1
        return k < 0 or self.toks[k] in ".!?"

    def _capitals(self) -> tuple[int, int]:
        """How many of the text's longer words start with a capital, and of how many."""
        if self.case is None:
            words = [
                w
                for w, kind in zip(self.toks, self.kinds, strict=True)
                if kind == "w" and len(w) > 3
            ]
            self.case = (sum(1 for w in words if w[:1].isupper()), len(words))
        return self.case

    def _has_capitals(self) -> bool:
        """Whether any longer word of the text starts with a capital."""
        return self._capitals()[0] > 0

    def _title_case(self) -> bool:
        """Whether the text is written in title case: most of its longer words capitalised."""
        capitals, words = self._capitals()
        return words > 0 and capitals * 5 >= words * 3

    def _near(self, end: int, start: int) -> bool:
        """Whether at most two words, besides articles, and no marks stand from ``end`` to
        ``start``: "dépasse aussi les 70%", "dépasse ce samedi les 14 millions"."""
        words = 0
        for k in range(end, start):
            if self.kinds[k] == "p" and self.toks[k] not in "'’":
                return False
            if self.kinds[k] == "w" and self.low[k] not in self.t.hedge_articles:
                words += 1
        return words <= 2

    def _aside(self, k: int) -> int | None:
        """The token after a short aside in brackets at ``k`` ("(police)"), if one is there."""
        toks, kinds, n = self.toks, self.kinds, self.n
        k = self.sp(k)
        if k >= n or toks[k] != "(":
            return None
        m = k + 1
        while m < n and m <= k + 6 and toks[m] != ")":
            if kinds[m] == "n" or toks[m] == "(":
                return None
            m += 1
        return m + 1 if m < n and toks[m] == ")" else None

    def _counted_after_hedge(self, end: int) -> bool:
        """Whether a hedge and then a unit word follow ``end``: "1000 und mehr Beteiligten"."""
        post = self._post_hedge(end)
        return post is not None and self.unit_at(self.sp(post[1]), connector=True) is not None

    def _compound_follows(self, end: int, unit: str) -> bool:
        """Whether a link and a number of a smaller time unit follow ``end``."""
        t, low, n = self.t, self.low, self.n
        if unit not in SECONDS:
            return False
        if self.match(t.halves, self.sp(end)) is not None:
            return True  # "an hour and a half"
        k = self.sp(end)
        if k < n and (low[k] in t.and_words or low[k] in t.shared or self.toks[k] == ","):
            k = self.sp(k + 1)
        if k >= n or not self.is_numberish(k):
            return False
        try:
            part = self.number(k, prefixed=True)
        except _NotAFigureError:
            return False
        if part is None:
            return False
        found = self.match(t.units, self.sp(part.end))
        small = found[0] if found is not None else None
        return isinstance(small, str) and small in SECONDS and SECONDS[small] < SECONDS[unit]

    def _bigger_unit_before(self, i: int, unit: str) -> int | None:
        """Where a bigger time unit word and a link stand just before ``i``, if they do."""
        t, low = self.t, self.low
        link = self.prev_word(i, comma=True)
        if link is None or (
            low[link] not in t.and_words
            and low[link] not in t.shared
            and low[link] not in t.part_links
        ):
            if i >= 2 and self.toks[i - 2] == "," and self.kinds[i - 1] == "s":
                link = i - 2  # "4 hours, 44 minutes"
            else:
                return None
        before = self.prev_word(link)
        if before is None:
            return None
        node = t.units.get(low[before])
        found = node.get(END) if node is not None else None
        if isinstance(found, str) and found in SECONDS and SECONDS[found] > SECONDS[unit]:
            return before
        return None

    def _word_start(self, k: int) -> int:
        """The token before word ``k`` (past one space), or ``k`` at the start."""
        b = k - 1
        if b >= 0 and self.kinds[b] == "s":
            b -= 1
        return b if b >= 0 else k

    def _signed(self, j: int) -> bool:
        if j == 0 or self.toks[j - 1] not in _SIGNS:
            return False
        return j - 2 < 0 or self.kinds[j - 2] == "s" or self.toks[j - 2] in _OPENERS

    def _after_first(
        self,
        i: int,
        j: int,
        hedge: str | None,
        currency: tuple[object, str] | None,
        first: _Num,
    ) -> tuple[Candidate | None, int] | None:
        t, toks, kinds, low, n = self.t, self.toks, self.kinds, self.low, self.n
        if not first.words and currency is None and first.mult is None:
            # a date: "June 25", "Jan. 11", "domingo, 30", "25 June", "25 de junio", "25. Juni"
            if first.glued_unit is None:
                pw = self.prev_word(j, comma=True)
                if pw is not None and (
                    (t.code == "en" and self._is_month(pw)) or self._is_weekday(pw)
                ):
                    return None, self._past_date(first.end)
                k = first.end
                if k < n and toks[k] == "." and t.code == "de":
                    k += 1
                k = self.sp(k)
                if k < n and low[k] in t.date_links:
                    k = self.sp(k + 1)
                if k < n and kinds[k] == "w" and self._is_month(k):
                    return None, self._past_date(k + 1)
                # a clock time: "10.55 AM", "10 pm", "20 Uhr"
                k = self.sp(first.end)
                mark = self.match(CLOCK_MARKS, k)
                if mark is not None:
                    return None, mark[1]
            elif first.glued_unit[0] == "hour" and self._glued_clock(j, first):
                return None, self._past_clock(first.end)
        nums = [first]
        k = first.end
        # "9 milhões e 600 mil": one number in two parts
        k2 = self.sp(k)
        if first.mult and k2 < n and low[k2] in t.and_words:
            k3 = self.sp(k2 + 1)
            if k3 < n and kinds[k3] == "n":
                try:
                    part = self.number(k3, prefixed=True)
                except _NotAFigureError:
                    part = None
                if (
                    part is not None
                    and part.mult is not None
                    and part.mult < first.mult
                    and not part.problem
                ):
                    first.number = first.number.plus(part.number)
                    first.end, first.last = part.end, part.last
                    k = first.end
        # a range: "150,000–180,000", "150-180K", "10 to 20", "5 a 10"; with an aside after
        # each end ("1 100 (police) à 1 300 (syndicats)") or a sign ("70% a 80%")
        aside = self._aside(k)
        signed = k < n and toks[k] == "%" and aside is None
        if signed:
            # "cerca de 70% a 80%", "70%–80%"; but "passée de 42,9% à 48,9%" is a change
            after = self.sp(k + 1)
            signed = after < n and (hedge is not None or toks[after] in _DASHES)
        k2 = self.sp(aside if aside is not None else k + 1 if signed else k)
        pw = self.prev_word(j)
        change = pw is not None and low[pw] in t.change_words
        if not change and pw is not None:
            # "subió de 5.211.705 a 5.386.965": a change, two figures, not a range
            ppw = self.prev_word(pw)
            change = ppw is not None and low[ppw] in t.change_verbs
        elif change:
            ppw = self.prev_word(pw)  # type: ignore[arg-type]
            change = not (
                ppw is not None and low[ppw] in ("range", "ranges", "ranging", "varies", "vary")
            )
        # "20~100": a tilde between two numbers it touches is a range, as in East Asian writing
        tilde = k2 == k and k2 + 1 < n and toks[k2] == "~" and kinds[k2 + 1] == "n"
        if k2 < n and (toks[k2] in _DASHES or tilde or (low[k2] in t.range_words and not change)):
            k3 = self.sp(k2 + 1)
            if currency is not None and k3 < n and kinds[k3] != "n":
                # "₦17-₦25Million": the sign written again before the second end
                again = self.match(t.currencies, k3, cased=True)
                if again is not None and again[0] == currency[0]:
                    k3 = self.sp(again[1])
            if k3 < n and (
                kinds[k3] == "n" or (low[k2] in t.range_words and self.is_numberish(k3))
            ):
                try:
                    second = self.number(k3, prefixed=True)
                except _NotAFigureError as skip:
                    return None, skip.end
                if second is not None and signed and (second.end >= n or toks[second.end] != "%"):
                    second = None  # "70% a 80" is no range of one kind
                if second is not None and aside is not None:
                    after_aside = self._aside(second.end)
                    if after_aside is not None:
                        second.end, second.last = after_aside, after_aside - 1
                if second is not None:
                    if first.year_like and (
                        second.year_like or (len(toks[k3]) == 2 and second.end == k3 + 1)
                    ):
                        return None, second.end  # 2021-2022, 2021-22: years
                    if toks[k2] in _DASHES and second.end < n and toks[second.end] in _DASHES:
                        return None, self.cluster_end(k2)
                    if first.year_like:
                        # "1000-5000" is no pair of years: a range, never 5000 alone; but
                        # "in 2018 to 47.6 percent" is a year, then a figure
                        (fn, fd), (sn, sd) = first.number.ratio(), second.number.ratio()
                        if sn * fd > fn * sd and low[k2] not in t.range_words:
                            nums.append(second)
                        elif sn * fd > fn * sd and not second.year_like and not second.mult:
                            # "1000 to 5000" or "in 2018 to 2500 people": never 5000 alone
                            first.problem = first.problem or (
                                f"{self.text[self.starts[j] : self.end_of(second.last)]!r}: "
                                "a year and then a figure, or a range?"
                            )
                            nums.append(second)
                    else:
                        nums.append(second)
        return self._finish(i, j, hedge, nums, currency)

    def _is_month(self, k: int) -> bool:
        word = self.toks[k] if self.t.months_cased else self.low[k]
        return word in self.t.months

    def _is_weekday(self, k: int) -> bool:
        return self.low[k] in self.t.weekdays and (
            not self.t.months_cased or self.toks[k][:1].isupper()
        )

    def _past_date(self, k: int) -> int:
        # ", 2024" after "February 8" is the date's year
        k2 = k
        if k2 < self.n and self.toks[k2] == ",":
            k2 += 1
        k2 = self.sp(k2)
        if k2 < self.n and self.kinds[k2] == "n" and len(self.toks[k2]) == 4:
            return k2 + 1
        return k

    def _glued_clock(self, j: int, num: _Num) -> bool:
        """ "à 19h", "14h30", "18H00": a time of day; "après 12h", "2h30": a duration."""
        t, toks, kinds = self.t, self.toks, self.kinds
        if t.code == "en":
            return False
        pw = self.prev_word(j)
        if pw is not None and pw >= self.hedge_end and self.low[pw] in t.clock_words:
            return True  # "à 19h", "até as 20h" (but not "plus de 2h30")
        k = num.end  # after the "h"
        minutes = toks[k] if k < self.n and kinds[k] == "n" else None
        if toks[num.last] == "H":
            return True
        return minutes is not None and (minutes == "00" or len(toks[j]) == 2)

    def _past_clock(self, k: int) -> int:
        # "20h30"
        if k < self.n and self.kinds[k] == "n":
            return k + 1
        return k

    def _vague(self, i: int, hedge: str | None, word: str, k: int) -> tuple[Candidate | None, int]:
        unit = self.unit_at(self.sp(k), connector=True)
        end_tok = k
        unit_name: object = None
        unit_text = None
        if unit is not None:
            unit_name, end_tok, unit_text, _ = unit
        cand = Candidate(
            start=self.starts[i],
            end=self.end_of(end_tok - 1),
            vague=word,
            unit=unit_name if isinstance(unit_name, str) else None,
            options=unit_name if isinstance(unit_name, tuple) else (),
            unit_text=unit_text,
        )
        return cand, end_tok

    def _finish(
        self,
        i: int,
        j: int,
        hedge: str | None,
        nums: list[_Num],
        currency: tuple[object, str] | None,
        *,
        either: bool = False,
    ) -> tuple[Candidate | None, int]:
        """The candidate that ``nums`` start; ``either``: two alternatives, in any order."""
        t, toks, kinds, low, n = self.t, self.toks, self.kinds, self.low, self.n
        last = nums[-1]
        first = nums[0]
        single = len(nums) == 1
        if single:
            problem = None if first.dot3 else first.problem
        else:
            problem = next((x.problem for x in nums if x.problem and not x.dot3), None)
        if len(nums) == 2 and nums[0].mult is None and nums[1].mult:
            # "150–180K", "between two and three thousand": a multiplier written once, at
            # the end, applies to both ends when the first is no more than what it
            # multiplies ("1,500–2K" is 1,500 to 2,000)
            power = nums[1].mult
            (an, ad), (bn, bd) = nums[0].number.ratio(), nums[1].number.ratio()
            if an * bd * 10**power <= bn * ad or either:
                nums[0].number = nums[0].number.scaled(power)
        end_tok = last.end  # token after the figure
        plus = False
        if end_tok < n and toks[end_tok] == "+":
            plus = True
            end_tok += 1
        elif (
            end_tok + 1 < n
            and any(x.mult for x in nums)
            and low[end_tok + 1] == "plus"
            and (
                toks[end_tok] == "-"  # "$3 million-plus"
                or (kinds[end_tok] == "s" and self.is_unit(self.sp(end_tok + 2)))
            )
        ):
            plus = True  # "1 Billion plus users"
            end_tok += 2
        unit: object = None
        unit_text: str | None = None
        glued_m = first.glued_m or last.glued_m
        described = False
        from_word = False
        hyphened = False
        if currency is not None:
            unit, unit_text = currency
        elif last.glued_unit is not None:
            unit, unit_text = last.glued_unit
            if unit == "hour" and self._glued_clock(j, last):
                return None, self._past_clock(end_tok)  # "de 8 à 19h"
        else:
            k = self.sp(end_tok)
            if k < n and toks[k] == "%":
                if k + 2 < n and toks[k + 1] == "-" and kinds[k + 2] == "w":
                    return None, self.cluster_end(k)  # a 48%-er
                unit, unit_text, end_tok = "percent", "%", k + 1
            elif k == end_tok and k + 1 < n and toks[k] == "-" and low[k + 1] in _FOLD:
                return None, k + 2  # "a six-fold jump": a ratio, not a figure
            elif k == end_tok and k + 1 < n and toks[k] == "-" and kinds[k + 1] == "w":
                # "a 92-minute speech", "an eight-hour stream", "two-hour-plus", "12-member"
                found = self.match(t.units, k + 1)
                if found is None and kinds[k + 1] == "w":
                    # "a 12-member team": the singular of a unit word
                    plural = t.units.get(low[k + 1] + "s")
                    if plural is not None and END in plural:
                        found = (plural[END], k + 2)
                if found is not None and isinstance(found[0], str) and "*" not in found[0]:
                    unit, end_tok = found
                    unit_text = self.text[self.starts[k + 1] : self.end_of(end_tok - 1)]
                    from_word = hyphened = True
                    if end_tok + 1 < n and toks[end_tok] == "-" and low[end_tok + 1] == "old":
                        return None, end_tok + 2  # "the 81-year-old senator": an age
                    if end_tok + 1 < n and toks[end_tok] == "-" and low[end_tok + 1] == "plus":
                        plus = True
                        end_tok += 2
                elif k + 1 < n and low[k + 1] == "plus":
                    plus = True  # "10,000-plus people"
                    found_u = self.unit_at(self.sp(k + 2), connector=False)
                    end_tok = k + 2
                    if found_u is not None:
                        unit, end_tok, unit_text, described = found_u
                        from_word = True
            else:
                connector = t.code != "en" or any(x.mult is not None for x in nums)
                found_u = self.unit_at(k, connector=connector)
                if found_u is not None:
                    unit, end_tok, unit_text, described = found_u
                    from_word = True
        if from_word and self._name(j, first, unit, unit_text or ""):
            return None, end_tok  # "60 Minutes", "5 Seconds of Summer", "„20 minuten“"
        if (
            from_word
            and end_tok + 1 < n
            and toks[end_tok] == "-"
            and low[end_tok + 1] in ("old", "olds")
        ):
            return None, end_tok + 2  # "18-49 year-olds", "a 72 year-old": an age, a label
        if currency is not None:
            k = self.sp(end_tok)
            if (
                k > end_tok
                and k < n
                and kinds[k] == "w"
                and toks[k][:1].isupper()
                and len(toks[k]) >= 3
                and low[k] not in t.stop
            ):
                problem = problem or (
                    f"{self.text[self.starts[j] : self.end_of(k)]!r}: is {toks[k]!r} a "
                    "multiplier polevents does not know?"
                )
        if problem is None and any(x.dot3 for x in nums):
            # A dot before three digits is read as decimals in seconds only: news times
            # races to the thousandth ("9.766 seconds") and never counts thousands of
            # seconds (that would be minutes or hours). Counts and money stay refused.
            seconds = unit == "second" or (
                unit is None and currency is None and self.hint == "second"
            )
            if not seconds:
                problem = next(x.problem for x in nums if x.dot3)
        numbers = [x.number for x in nums]
        # "almost a century": a unit that is a number of another
        if isinstance(unit, str) and "*" in unit:
            unit, factor = unit.split("*")
            times = int(factor)
            ten_power = len(factor) - 1 if factor == "1" + "0" * (len(factor) - 1) else None
            # "six decades" is 60 years to the ten: the last digit is scaled with the number
            numbers = [
                x.scaled(ten_power) if ten_power is not None else x.times(times) for x in numbers
            ]
            if ten_power is None and single and first.step is None:
                exp = numbers[0].exp
                first.step = (times * 10**exp, 1) if exp >= 0 else (times, 10**-exp)
        # a price per head is a rate: "priced at $10,000-20,000 per person"
        if currency is not None:
            r = self.sp(end_tok)
            if r < n and low[r] in t.rate_words:
                return None, end_tok
        # a rate, not a figure: "327,452 tweets per minute", "four people per square metre"
        if from_word and not hyphened:
            r = self.sp(end_tok)
            if r < n and low[r] in t.rate_words and unit != "percent":
                return None, end_tok
            # a share: "più di otto persone su dieci", "two voters in three"
            share = (
                self._ratio(first, end_tok, counted=True) if single and unit != "percent" else None
            )
            if share is not None:
                return None, share
        # "72 and 71 minutes": the unit written after the second serves the first too
        if unit is None and single:
            k = self.sp(end_tok)
            if k < n and low[k] in t.shared:
                k2 = self.sp(k + 1)
                alternative = low[k] in t.alternatives and hedge is None
                # both numbers in digits, or ("three or four weeks") both in words
                same_form = k2 < n and (
                    (kinds[k2] == "n" and not first.words) or (first.words and kinds[k2] == "w")
                )
                try:
                    other = self.number(k2, prefixed=True) if same_form else None
                except _NotAFigureError:
                    other = None
                if (
                    other is not None
                    and other.glued_unit is None
                    and other.problem is None
                    and (other.mult == first.mult or (alternative and first.mult is None))
                ):
                    found_u = self.unit_at(self.sp(other.end), connector=t.code != "en")
                    if alternative and found_u is None and self.hint is not None:
                        # "'ten or fifteen million'" with unit=: the range, in that unit
                        return self._finish(i, j, None, [first, other], currency, either=True)
                    if (
                        found_u is not None
                        and isinstance(found_u[0], str)
                        and "*" not in found_u[0]
                    ):
                        if alternative:
                            # "three or four weeks", "16,000 or 7,000 protesters": from the
                            # smaller to the larger, which holds whichever is meant
                            return self._finish(i, j, None, [first, other], currency, either=True)
                        unit, unit_text = found_u[0], found_u[2]
        if single and currency is None and unit is None:
            ratio = self._ratio(first, end_tok)
            if ratio is not None:
                return None, ratio  # "two in three voters", "9 out of 10": a share, not counts
        if unit is None and currency is None:
            k = self.sp(end_tok)
            comparatives = t.times.get(low[k]) if k < n else None
            if comparatives and self.sp(k + 1) < n and low[self.sp(k + 1)] in comparatives:
                return (
                    None,
                    end_tok,
                )  # "five times higher": a ratio ("tweeted 7 million times" counts)
        # "Poco dopo le 15": with unit= a count, an hour after a clock word is a time
        if (
            unit is None
            and currency is None
            and hedge is None
            and single
            and self.hint in COUNTS
            and not first.words
            and first.mult is None
            and first.number.exp >= 0
            and first.number.ratio()[0] <= 24
        ):
            pw = self.prev_word(j)
            if pw is not None and low[pw] in t.clock_words:
                return None, end_tok
        # what a number alone is not: labels, years, counts of something else
        alone = False
        if unit is None and currency is None and hedge is None:
            pw = self.prev_word(j)
            after_dash = end_tok < n and toks[end_tok] == "-"
            if (
                t.code == "en"
                and pw is not None
                and low[pw] in t.determiners
                and not after_dash
                and not first.words
                and (first.mult is None or glued_m)
                and all(toks[x] not in ",." for x in range(j, first.end))
            ):
                return None, end_tok  # "the 100m", "the 18 to 34 demo", "the 2022 World Cup"
            alone = self._alone(i, end_tok)
            if (
                single
                and first.words
                and not first.scaled_words
                and not alone
                and self._post_hedge(end_tok) is None
            ):
                # "two elections", "one of the", "won by two": a number word is a figure
                # only when something says it is a quantity: a unit word, a hedge, a
                # multiplier, or nothing else in the text
                return None, end_tok
            if single and not first.words and first.mult is None:
                if first.year_like and not self._counted_after_hedge(end_tok):
                    return None, end_tok  # "London 2012"; but "1000 und mehr Beteiligten"
                if (
                    pw is not None
                    and pw == j - 2
                    and toks[pw][:1].isupper()
                    and low[pw] not in t.stop
                    and first.last == j  # "Bevölkerung 1 414 021 100": labels have no groups
                ):
                    return None, end_tok  # a label: "Section 144", "Windows 11"
            if single and not alone:
                k = self.sp(end_tok)
                if k < n and low[k] in t.connectors and (first.words or first.mult is not None):
                    k = self.sp(k + 1)  # "un crore de boîtes"
                if k < n and k > end_tok and kinds[k] == "w" and self._plural_noun(k):
                    if not first.number.is_whole() and first.mult is None:
                        # "14,5 millards": decimals count no thing, a misspelt multiplier?
                        problem = problem or (
                            f"{self.text[self.starts[j] : self.end_of(k)]!r}: decimals "
                            f"before {toks[k]!r}, which is no unit or multiplier polevents knows"
                        )
                        end_tok = k + 1
                    else:
                        return None, end_tok  # "13 networks", "14,000 buses", "six boxes"
        if (
            unit is None
            and currency is None
            and hedge is not None
            and single
            and self.hint is not None
            and end_tok < n
        ):
            k = self.sp(end_tok)
            if k > end_tok and k < n and low[k] in t.nouns:
                return None, end_tok  # "more than 60 paise": counts paise, not unit="INR"
        if first.lone_one and single and not (alone and unit is None and hedge is None):
            verdict = (
                ""  # "an hour and 20 minutes", "un'ora e 59 minuti": a duration's first part
                if isinstance(unit, str) and self._compound_follows(end_tok, unit)
                else self._one(i, j, hedge, unit, numbers[0] != first.number)
            )
            if verdict is None:
                return None, end_tok
            problem = problem or verdict or None
        if (
            single
            and first.year_like
            and unit is None
            and currency is None
            and self.hedge_end > 0
            and low[self.hedge_end - 1] in _THAN
            and 1900 <= numbers[0].sig * 10 ** numbers[0].exp <= 2100
        ):
            return None, end_tok  # "five times higher than 2012": a year
        if single and first.year_like and hedge is None and currency is None:
            pw = self.prev_word(j)
            counted = unit is None and self._counted_after_hedge(end_tok)
            if (
                (pw is not None and low[pw] in t.year_words)
                or (unit is None and not counted)
                or described
            ):
                return None, end_tok  # "in 1981"; but "1000 und mehr Beteiligten" counts
        if first.approximate and single and hedge is None:
            hedge = "ABOUT"
        # "a las 18.00 horas", "à 17 heures", "une heure du matin": a time of day
        if unit == "hour" and from_word:
            mark = self.match(CLOCK_MARKS, self.sp(end_tok))
            if mark is not None:
                return None, mark[1]
            if all(x.hhmm for x in nums):
                return None, end_tok
            pw = self.prev_word(j)
            if (
                hedge is None
                # in words, only after a clock word: "à quinze heures", not "duas horas"
                and (not first.words or (pw is not None and low[pw] in t.clock_words))
                and all(self._clock_hours(j, x, end_tok, unit_text or "") for x in nums)
            ):
                return None, end_tok  # "à 17 heures", "Il est vingt-trois heures"
            if first.words and numbers[0].sig == 0 and t.clock_hours:
                return None, end_tok  # "zero hora": midnight
        if any(x.dot_decimal for x in nums) and not (
            unit == "percent" or any(x.mult for x in nums)
        ):
            problem = problem or (
                f"{self.text[self.starts[j] : self.end_of(last.last)]!r}: a dot before other than "
                f"three digits is no {_NAMES[t.code]} number; a decimal dot is read only before "
                "a multiplier or a percent sign"
            )
        step = first.step if single else None
        if first.fraction and unit in ("hour", "minute") and single:
            # "half an hour" is 30 minutes
            n_, d_ = numbers[0].times(60).ratio()
            numbers[0] = _integer(n_ // d_) if n_ % d_ == 0 else numbers[0].times(60)
            unit = "minute" if unit == "hour" else "second"
        # "Dos horas y media": a half after the unit
        if isinstance(unit, str) and unit in SECONDS and single and not described:
            half = self.match(t.halves, self.sp(end_tok))
            if half is not None and half[1] > self.sp(end_tok):
                (hn, hd), after = _pair(half[0]), half[1]
                numbers[0] = numbers[0].plus(_decimal(hn, hd))
                step = (hn, hd)
                end_tok = after
        # "7.2 percentage points", "a 9-percentage point advantage": a difference of shares
        if unit == "percent" and from_word:
            k = self.sp(end_tok)
            if k < n and toks[k] == "-":
                k += 1
            if k < n and low[k] in _POINTS:
                problem = problem or (
                    f"{self.text[self.starts[j] : self.end_of(k)]!r}: percentage points are a "
                    "difference between two shares, not a share"
                )
                end_tok = k + 1
        # "seven minutes past 5pm": a time of day, not a duration
        if unit == "minute" and single and from_word:
            k = self.sp(end_tok)
            if k < n and low[k] in _PAST:
                return None, end_tok
        # "une heure et 59 minutes" whose hour was not read: never 59 minutes alone
        if isinstance(unit, str) and unit in SECONDS and single and problem is None:
            bigger = self._bigger_unit_before(i, unit)
            if bigger is not None:
                problem = (
                    f"{self.text[self.starts[bigger] : self.end_of(end_tok - 1)]!r}: "
                    "the last part of a duration whose first part polevents could not read"
                )
        # compound durations: "4 hr 44 min", "five hours and 16 minutes", "5h16"
        if isinstance(unit, str) and unit in SECONDS and single and not described:
            unit, numbers[0], end_tok, unit_text, c_problem, step = self._compound(
                unit, numbers[0], end_tok, unit_text or "", step
            )
            problem = problem or c_problem
        # a hedge written after: "10,000 people or more"
        post = self._post_hedge(end_tok)
        if post is not None:
            value, end_tok = post
            if value == "OR_EQUAL":
                # "more than 5000 or equal to it", "menos de 5000 o igual"
                if hedge in ("OVER", "UNDER"):
                    hedge = "AT_LEAST" if hedge == "OVER" else "AT_MOST"
                else:
                    problem = problem or (
                        f"{self.text[self.starts[i] : self.end_of(end_tok - 1)]!r}: 'or equal' "
                        "needs 'more than' or 'less than' before the number"
                    )
            elif hedge == "EQUAL":
                hedge = value  # "equal to 5000 or less"
            elif (hedge is not None and hedge != value) or plus:
                problem = problem or "two hedges on one figure"
            else:
                hedge = value
            if unit is None and currency is None:
                # "500 or more people": the unit word after the hedge
                connector = t.code != "en" or any(x.mult is not None for x in nums)
                found_u = self.unit_at(self.sp(end_tok), connector=connector)
                if found_u is not None:
                    unit, end_tok, unit_text, described = found_u
                    r = self.sp(end_tok)
                    if r < n and low[r] in t.rate_words and unit != "percent":
                        return None, end_tok  # "500 or more tweets per minute"
        if hedge == "EQUAL":
            hedge = None  # "equal to 20", "equivale a 20": no hedge, but a quantity
        if hedge == "UNSURE":
            problem = problem or (
                f"{self.text[self.starts[i] : self.end_of(end_tok - 1)]!r} says more or less "
                "without saying by how much; polevents does not guess the margin"
            )
            hedge = None
        if plus and hedge is not None:
            problem = problem or "one hedge, but found a hedge word and a '+'"
        if len(nums) == 2 and problem is None:
            (a_n, a_d), (b_n, b_d) = numbers[0].ratio(), numbers[1].ratio()
            if either and a_n * b_d > b_n * a_d:
                numbers.reverse()
                (a_n, a_d), (b_n, b_d) = (b_n, b_d), (a_n, a_d)
            if a_n * b_d > b_n * a_d:
                problem = "a range whose low end is above its high end"
            elif nums[0].mult is None and 0 < a_n * b_d * 100 <= b_n * a_d and nums[1].mult is None:
                problem = (
                    f"{self.text[self.starts[j] : self.end_of(last.last)]!r}: are both ends in the "
                    "same thousands? ('12 to 15,000' may mean 12,000 to 15,000)"
                )
        if problem is None and unit is not None:
            multiple_at = self._factor_before(i)
            if multiple_at is not None:
                problem = (
                    f"{self.text[self.starts[multiple_at] : self.end_of(end_tok - 1)]!r} is a "
                    "multiple of a figure, not the figure itself; polevents does not multiply"
                )
        cand = Candidate(
            start=self.starts[i],
            end=self.end_of(end_tok - 1),
            hedge=None if len(nums) == 2 else hedge,
            numbers=tuple(numbers),
            plus=plus and single,
            unit=unit if isinstance(unit, str) else None,
            options=unit if isinstance(unit, tuple) else (),
            unit_text=unit_text,
            glued_m=glued_m,
            step=step,
            scaled=any(x.mult for x in nums),
            problem=problem,
        )
        return cand, end_tok

    def _factor_before(self, i: int) -> int | None:
        """Where "twice" or "three times" stands before the figure at ``i``, if it does.

        "more than twice 200,000 viewers", "three times the 200,000": the text's figure
        is a multiple of the number, which read alone would lose both the multiple and
        the hedge before it.
        """
        t, low, kinds = self.t, self.low, self.kinds
        k = self.prev_word(i)
        glue = 0
        while k is not None and low[k] in t.factor_glue and glue < 3:
            k = self.prev_word(k)
            glue += 1
        if k is None:
            return None
        if low[k] in t.factors:
            return k
        if low[k] in t.times:
            b = k - 1 if k > 0 and kinds[k - 1] == "s" else k
            b -= 1
            if b >= 0 and (kinds[b] == "n" or low[b] in t.numbers):
                return b
        return None

    def _one(self, i: int, j: int, hedge: str | None, unit: object, multiple: bool) -> str | None:
        """Whether "one"/"un"/"a" before a unit is a figure: "" yes, None no, else why not.

        "one hour", "almost a century", "d'une heure", "un euro" are figures; "a day",
        "un usuario" are not (an article), and "one person said" may be either.
        """
        t, low = self.t, self.low
        if not isinstance(unit, str):
            return None
        if multiple:
            return ""
        if unit in ISO_4217:
            return "" if low[j] not in ("a", "an") else None
        if low[j] in ("a", "an"):
            return "" if hedge is not None and unit in SECONDS else None  # "over an hour"
        if unit not in SECONDS:
            if t.code == "en":
                return (
                    f"{self.text[self.starts[j] : self.end_of(self.cluster_end(j) - 1)]!r}: "
                    "'one' may count one, or mean someone"
                )
            return None
        if low[j] not in t.one:
            return ""  # "one hour"
        # "un", "une", "um": an article unless something makes it a count
        pw = j - 1
        while pw >= 0 and self.kinds[pw] == "s":
            pw -= 1
        if hedge is not None or pw < 0 or self.toks[pw] in (".", "'", "’", "!", "?", ":", ";"):
            return ""
        return "" if self.kinds[pw] == "w" and low[pw] in t.duration_words else None

    def _ratio(self, first: _Num, end: int, *, counted: bool = False) -> int | None:
        """The token after "in three" in "two in three voters": a share, or None.

        ``counted``: the unit word stands after the first number ("two voters in three").

        A share is a small whole number "in" or "out of" another no smaller, at most a
        hundred ("9 out of 10", "one in five"); "5,000 in 2012" is no share.
        """
        found = self.match(self.t.ratio_words, self.sp(end))
        if found is None or first.mult is not None:
            return None
        k = self.sp(found[1])
        if k >= self.n or not self.is_numberish(k):
            return None
        try:
            other = self.number(k, prefixed=True)
        except _NotAFigureError:
            return None
        if other is None or other.mult is not None or other.year_like:
            return None
        (an, ad), (bn, bd) = first.number.ratio(), other.number.ratio()
        if ad != 1 or bd != 1 or not 0 < an <= bn <= 100:
            return None
        after = self.unit_at(self.sp(other.end), connector=True)
        if after is not None and counted:
            return None  # "3 people in 10 minutes": two figures, no share
        return after[1] if after is not None else other.end

    def _post_hedge(self, end: int) -> tuple[str, int] | None:
        """A hedge written after the figure ("or more", "o menos"): (qualifier, token after)."""
        post = self.match(self.t.post_hedges, self.sp(end))
        if post is None:
            return None
        value, after = str(post[0]), post[1]
        k = self.sp(after)
        if k < self.n and self.low[k] in self.t.comparison_ends:
            return None  # "protesters and more than 200 officers": the next figure's hedge
        if value.endswith("!"):
            # only at the end of a clause: "5,000 plus." but not "5,000 plus 300"
            k = self.sp(after)
            if not (k >= self.n or self.kinds[k] != "w" or self.low[k] in self.t.stop):
                return None
            value = value[:-1]
        return value, after

    def _alone(self, i: int, end: int) -> bool:
        """Whether tokens ``i`` to ``end`` are all the text holds, but spaces and signs."""
        if self.bounds is None:
            kinds = self.kinds
            first = next((x for x in range(self.n) if kinds[x] in "wn"), 0)
            last = next((x for x in range(self.n - 1, -1, -1) if kinds[x] in "wn"), -1)
            self.bounds = (first, last)
        first, last = self.bounds
        return i <= first and end > last

    def _plural_noun(self, k: int) -> bool:
        w = self.low[k]
        t = self.t
        if w in t.nouns:
            return True
        return (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and self.toks[k][:1].islower()
            and w not in t.stop
            and w not in t.scales
            and w not in t.foreign_scales
            and w not in t.numbers
            and self.match(t.units, k) is None
            and self.match(t.post_hedges, k) is None
        )

    def _clock_hours(self, j: int, first: _Num, end_tok: int, unit_text: str) -> bool:
        """ "à 17 heures", "Canal 24 horas", "24 Heures": an hour of the day or a name."""
        t = self.t
        if not t.clock_hours:
            return False
        n_, d_ = first.number.ratio()
        if d_ != 1 or n_ > 24:
            return False
        if unit_text[:1].isupper() and j > 0:
            return True
        k = self.sp(end_tok)
        c = self.match(t.connectors, k)
        if c is not None:
            after = self.sp(c[1])
            # "21 horas de quarta-feira" is a time; "trois heures de live" a duration
            return after < self.n and (self._is_weekday(after) or self._is_month(after))
        pw = self.prev_word(j)
        return not (pw is not None and self.low[pw] in t.duration_words)

    def _compound(
        self, unit: str, value: Number, end_tok: int, unit_text: str, step: tuple[int, int] | None
    ) -> tuple[str, Number, int, str, str | None, tuple[int, int] | None]:
        t, toks, kinds, low, n = self.t, self.toks, self.kinds, self.low, self.n
        parts = 0
        problem = None
        while parts < 3:
            k = end_tok
            # "5h16", "2h30": minutes glued after the hours
            if (
                unit == "hour"
                and k < n
                and kinds[k] == "n"
                and len(toks[k]) == 2
                and kinds[k - 1] == "w"
            ):
                minutes = _integer(int(toks[k]))
                after = k + 1
                if after < n and low[after] in ("m", "min", "mn"):
                    after += 1
                total = value.times(60).plus(minutes)
                tn, td = total.ratio()
                if minutes.exp > 0 and td == 1 and tn % 10**minutes.exp == 0:
                    total = Number(tn // 10**minutes.exp, minutes.exp)  # "1h40": to ten minutes
                value = total
                unit, end_tok = "minute", after
                step = None
                parts += 1
                continue
            k = self.sp(k)
            linked = False  # a comma or "and" between the parts
            if k < n and toks[k] == ",":
                k = self.sp(k + 1)
                linked = True
            if k < n and (low[k] in t.and_words or (low[k] in t.part_links and not linked)):
                k = self.sp(k + 1)
                linked = True
            if k >= n or k == end_tok or not self.is_numberish(k):
                break
            try:
                nxt = self.number(k, prefixed=True)
            except _NotAFigureError:
                break
            if nxt is not None and nxt.problem and linked:
                found = self.match(t.units, self.sp(nxt.end))
                if found is not None and found[0] in SECONDS:
                    # "una hora y 04 minutos": never the hour alone when the minutes fail
                    problem = (
                        f"{self.text[self.starts[k] : self.end_of(found[1] - 1)]!r}: a part of "
                        f"the duration polevents cannot read ({nxt.problem})"
                    )
                break
            if nxt is None or nxt.problem or nxt.mult:
                break
            if nxt.glued_unit is not None:
                small, after, word = nxt.glued_unit[0], nxt.end, nxt.glued_unit[1]
            else:
                found = self.match(t.units, self.sp(nxt.end))
                if found is None or found[0] not in SECONDS:
                    after_next = self.sp(nxt.end)
                    if (
                        kinds[k] == "n"
                        and not linked
                        and (after_next >= n or kinds[after_next] != "p")
                    ):
                        problem = (
                            f"{self.text[self.starts[end_tok - 1] : self.end_of(nxt.last)]!r} "
                            "is followed by a number whose unit polevents cannot read"
                        )
                    break
                small, after = str(found[0]), found[1]
                word = self.text[self.starts[self.sp(nxt.end)] : self.end_of(after - 1)]
            if small not in SECONDS or SECONDS[small] >= SECONDS[unit]:
                break
            factor = SECONDS[unit] // SECONDS[small]
            part = nxt.number
            total = value.times(factor).plus(part)
            tn, td = total.ratio()
            if part.exp > 0 and td == 1 and tn % 10**part.exp == 0:
                total = Number(tn // 10**part.exp, part.exp)  # "2 hours and 40 minutes": to 10
            value = total
            unit, end_tok, unit_text = small, after, f"{unit_text} … {word}"
            step = None
            parts += 1
        return unit, value, end_tok, unit_text, problem, step

    def run(self) -> Iterator[Candidate]:
        i = 0
        kinds, low, toks, n = self.kinds, self.low, self.toks, self.n
        starters, cased, dec = self.t.starters, self.t.cased_starters, self.t.decimal
        compounds = bool(self.t.morphemes)
        prev: Candidate | None = None
        detached: tuple[int, int] | None = None  # a hedge that no number followed
        while i < n:
            kind = kinds[i]
            if kind == "s" or (
                kind != "n"
                and low[i] not in starters
                and toks[i] not in cased
                and not (compounds and kind == "w" and self._compound_word(i))
                and not (kind == "p" and toks[i] == dec and self._leading_decimal(i))
            ):
                i += 1  # no figure starts here: not a digit, number word, hedge or sign
                continue
            got = self.candidate(i)
            if (got is None or got[0] is None) and kind == "w" and detached is None:
                h = self.match(self.t.hedges, i)
                if (
                    h is not None
                    and h[0] in _DIRECTIONAL
                    and h[1] < n
                    and not self.is_numberish(self.sp(h[1]))
                ):
                    detached = (i, h[1])  # "dépasse aussi les 70%": a hedge left behind
            if got is None:
                # a number that was not read is passed over whole, so that no
                # digit is looked at twice
                i = self._past_number(i) if kinds[i] == "n" else i + 1
                continue
            cand, nxt = got
            if cand is not None:
                if (
                    detached is not None
                    and cand.hedge is None
                    and cand.problem is None
                    and self._near(detached[1], i)
                ):
                    left = self.text[self.starts[detached[0]] : self.end_of(detached[1] - 1)]
                    cand = cand._replace(
                        problem=(
                            f"{self.text[self.starts[detached[0]] : cand.end]!r}: does "
                            f"{left!r} bound the figure?"
                        ),
                    )
                detached = None
                if (
                    prev is not None
                    and prev.hedge is not None
                    and cand.hedge is None
                    and cand.problem is None
                    and len(cand.numbers) == 1
                    and cand.unit == prev.unit
                    and cand.options == prev.options
                    and self._linked(self.text[prev.end : cand.start])
                ):
                    # "maximum Rs 1.5 million and Rs 1 million": does the hedge reach the second?
                    cand = cand._replace(
                        problem=(
                            f"the hedge before {self.text[prev.start : prev.end]!r} may or may "
                            f"not reach {self.text[cand.start : cand.end]!r}"
                        ),
                    )
                if (
                    self.hint is not None
                    and prev is not None
                    and prev.scaled
                    and not cand.scaled
                    and cand.unit is None
                    and not cand.options
                    and cand.problem is None
                    and len(cand.numbers) == 1
                    and len(prev.numbers) == 1
                    and _value(prev.numbers[0]) >= 1000 * _value(cand.numbers[0])
                    and self._same_clause(self.text[prev.end : cand.start])
                ):
                    # "258 millones de pesos, seguido del PAN con 195": millions too?
                    cand = cand._replace(
                        problem=(
                            f"{self.text[cand.start : cand.end]!r} after "
                            f"{self.text[prev.start : prev.end]!r}: does the multiplier "
                            "carry over to it?"
                        ),
                    )
                if (
                    prev is not None
                    and prev.vague is not None
                    and cand.vague is not None
                    and " ".join(self.text[prev.end : cand.start].lower().split()).lstrip(", ")
                    in self.t.escalations
                ):
                    # "des centaines, voire des milliers de personnes": which size?
                    cand = cand._replace(
                        problem=(
                            f"{self.text[prev.start : cand.end]!r}: one vague size, then "
                            "another: which does the text stand by?"
                        ),
                    )
                if (
                    prev is not None
                    and prev.vague is not None
                    and cand.problem is None
                    and cand.vague is None
                    and self.text[prev.end : cand.start].strip().lower() in _LINKS
                    and normal(self.text[cand.start : cand.end].split()[0]) in self.t.scales
                ):
                    # "einigen hundert oder tausend Teilnehmern": some thousands, or one?
                    cand = cand._replace(
                        problem=(
                            f"{self.text[prev.start : cand.end]!r}: does the vague word reach "
                            f"{self.text[cand.start : cand.end]!r}?"
                        ),
                    )
                yield cand
                prev = cand
            i = max(nxt, i + 1)

    @staticmethod
    def _same_clause(between: str) -> bool:
        """Whether two figures stand in one sentence, a dozen words apart at most."""
        return len(between.split()) <= 12 and not any(mark in between for mark in ".!?;")

    @staticmethod
    def _linked(between: str) -> bool:
        """Whether the words between two figures may carry a hedge from one to the other.

        "maximum Rs 1.5 million and Rs 1 million", and "at least Rs 10 crore to win in big
        urban constituencies and Rs 5 crore for the rural ones": a short stretch ending in
        "and" or "or", with no stop between, may share the first figure's hedge.
        """
        words = between.strip().lower().split()
        if " ".join(words) in _LINKS:
            return True
        return (
            0 < len(words) <= 7
            and words[-1] in _LINKS
            and not any(mark in between for mark in ".;:!?()")
        )

    def _past_number(self, i: int) -> int:
        k = i + 1
        while k + 1 < self.n and self.toks[k] in ",." and self.kinds[k + 1] == "n":
            k += 2
        return k


_SIGN = (
    "a sign before the number: a reported figure is never negative, and polevents never "
    "drops a sign"
)
_LINKS = frozenset({"and", "or", ",", "y", "o", "e", "ou", "et", "und", "oder"})
#: Hedges that bound a figure from one side: left behind, they may still bound it.
_DIRECTIONAL = frozenset({"OVER", "UNDER", "AT_LEAST", "AT_MOST", "ALMOST"})
#: "percentage points": a difference of shares.
_POINTS = frozenset({"point", "points", "pt", "pts"})
#: "seven minutes past 5pm", "twenty past": a time of day.
_PAST = frozenset({"past"})
#: "a six-fold jump": a ratio.
_FOLD = frozenset({"fold", "times"})
_COMPARE = frozenset("<>≤≥")
#: Letters never read as a multiplier when apart from the number: giga, tera.
_LETTERS = frozenset({"G", "T"})
#: The last word of a comparison: "higher than 2012" compares with a year.
_THAN = frozenset({"than", "que", "als", "di", "del"})
_COMPARE_BEFORE = frozenset("<>=!≤≥-")  # also "->"


_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
}


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def read(text: str, lang: str = "en", unit: str | None = None) -> list[Candidate]:
    """Every figure-like phrase in ``text``, left to right, read or refused.

    ``unit`` is the unit the caller says bare numbers are in, if any.
    """
    t = table(lang)
    found = list(_Reader(text, t, unit).run())
    return _bounds(found, text, t) if len(found) > 1 else found


#: Hedges that bound a figure from below or above, and whether that end is open.
_LOWER = {"OVER": True, "AT_LEAST": False}
_UPPER = {"UNDER": True, "AT_MOST": False}


def _bounds(found: list[Candidate], text: str, t: Table) -> list[Candidate]:
    """Two bounds of one figure made one: "more than 100 and less than 300" is (100, 300)."""
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        a = found[i]
        merged = _two_bounds(a, found[i + 1], text, t) if i + 1 < len(found) else None
        if isinstance(merged, str):
            out += (a._replace(problem=merged), found[i + 1]._replace(problem=merged))
            i += 2
        elif merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _two_bounds(a: Candidate, b: Candidate, text: str, t: Table) -> Candidate | str | None:
    if a.problem or b.problem or a.plus or b.plus or len(a.numbers) != 1 or len(b.numbers) != 1:
        return None
    if " ".join(text[a.end : b.start].lower().split()) not in t.bound_joiners:
        return None
    if a.hedge in _LOWER and b.hedge in _UPPER:
        low, high = a, b
    elif a.hedge in _UPPER and b.hedge in _LOWER:
        low, high = b, a
    else:
        return None
    # the unit may be written once, after the second bound; two must be the same
    # the unit is written once, after the second bound: a first bound with a unit word
    # of its own is a figure of its own ("more than a million votes and less than two
    # million abstentions", "fewer than a thousand protesters and more than 200 officers")
    if a.unit or a.options or a.unit_text:
        return None
    low_open, high_open = _LOWER[str(low.hedge)], _UPPER[str(high.hedge)]
    (ln, ld), (hn, hd) = low.numbers[0].ratio(), high.numbers[0].ratio()
    if ln * hd > hn * ld or (ln * hd == hn * ld and (low_open or high_open)):
        # "more than 40 and less than 10 people": no value is both; which is meant?
        return f"{text[a.start : b.end]!r}: two bounds that no number meets"
    return Candidate(
        start=a.start,
        end=b.end,
        numbers=(low.numbers[0], high.numbers[0]),
        unit=a.unit or b.unit,
        options=a.options or b.options,
        unit_text=b.unit_text or a.unit_text,
        glued_m=a.glued_m or b.glued_m,
        scaled=a.scaled or b.scaled,
        low_open=low_open,
        high_open=high_open,
    )
