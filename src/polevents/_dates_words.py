"""The words the date reader knows, one table per language.

Every key is written as the reader compares it: lower case, accents removed
(``"miércoles"`` is ``"miercoles"``), a trailing full stop dropped (``"Sept."``
is ``"sept"``). Phrases of several words are tuples of such keys; a hyphen
inside a word (``"segunda-feira"``) is its own key ``"-"``.

The languages are those the number reader supports: ``en es pt fr de it``.
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "TIMEZONE_NAMES", "Words", "words_for"]

LANGUAGES = ("en", "es", "pt", "fr", "de", "it")


def _months(*rows: tuple[int, str]) -> dict[str, int]:
    table: dict[str, int] = {}
    for number, spellings in rows:
        for word in spellings.split():
            table[word] = number
    return table


_MONTHS: dict[str, dict[str, int]] = {
    "en": _months(
        (1, "january jan"),
        (2, "february feb"),
        (3, "march mar"),
        (4, "april apr"),
        (5, "may"),
        (6, "june jun"),
        (7, "july jul"),
        (8, "august aug"),
        (9, "september sept sep"),
        (10, "october oct"),
        (11, "november nov"),
        (12, "december dec"),
    ),
    "es": _months(
        (1, "enero ene"),
        (2, "febrero feb"),
        (3, "marzo mar"),
        (4, "abril abr"),
        (5, "mayo may"),
        (6, "junio jun"),
        (7, "julio jul"),
        (8, "agosto ago"),
        (9, "septiembre setiembre sept sep set"),
        (10, "octubre oct"),
        (11, "noviembre nov"),
        (12, "diciembre dic"),
    ),
    "pt": _months(
        (1, "janeiro jan"),
        (2, "fevereiro fev"),
        (3, "marco mar"),
        (4, "abril abr"),
        (5, "maio mai"),
        (6, "junho jun"),
        (7, "julho jul"),
        (8, "agosto ago"),
        (9, "setembro set"),
        (10, "outubro out"),
        (11, "novembro nov"),
        (12, "dezembro dez"),
    ),
    "fr": _months(
        (1, "janvier janv"),
        (2, "fevrier fevr fev"),
        (3, "mars"),
        (4, "avril avr"),
        (5, "mai"),
        (6, "juin"),
        (7, "juillet juil"),
        (8, "aout"),
        (9, "septembre sept"),
        (10, "octobre oct"),
        (11, "novembre nov"),
        (12, "decembre dec"),
    ),
    "de": _months(
        (1, "januar jan janner"),
        (2, "februar feb"),
        (3, "marz mar"),
        (4, "april apr"),
        (5, "mai"),
        (6, "juni jun"),
        (7, "juli jul"),
        (8, "august aug"),
        (9, "september sept sep"),
        (10, "oktober okt"),
        (11, "november nov"),
        (12, "dezember dez"),
    ),
    "it": _months(
        (1, "gennaio gen"),
        (2, "febbraio feb"),
        (3, "marzo mar"),
        (4, "aprile apr"),
        (5, "maggio mag"),
        (6, "giugno giu"),
        (7, "luglio lug"),
        (8, "agosto ago"),
        (9, "settembre set"),
        (10, "ottobre ott"),
        (11, "novembre nov"),
        (12, "dicembre dic"),
    ),
}

# Monday is 0, as in datetime.weekday().
_WEEKDAYS: dict[str, dict[str, int]] = {
    "en": _months(
        (0, "monday mon"),
        (1, "tuesday tue tues"),
        (2, "wednesday wed"),
        (3, "thursday thu thur thurs"),
        (4, "friday fri"),
        (5, "saturday sat"),
        (6, "sunday sun"),
    ),
    "es": _months(
        (0, "lunes"),
        (1, "martes"),
        (2, "miercoles"),
        (3, "jueves"),
        (4, "viernes"),
        (5, "sabado"),
        (6, "domingo"),
    ),
    "pt": _months(
        (0, "segunda"),
        (1, "terca"),
        (2, "quarta"),
        (3, "quinta"),
        (4, "sexta"),
        (5, "sabado"),
        (6, "domingo"),
    ),
    "fr": _months(
        (0, "lundi"),
        (1, "mardi"),
        (2, "mercredi"),
        (3, "jeudi"),
        (4, "vendredi"),
        (5, "samedi"),
        (6, "dimanche"),
    ),
    "de": _months(
        (0, "montag"),
        (1, "dienstag"),
        (2, "mittwoch"),
        (3, "donnerstag"),
        (4, "freitag"),
        (5, "samstag sonnabend"),
        (6, "sonntag"),
    ),
    "it": _months(
        (0, "lunedi"),
        (1, "martedi"),
        (2, "mercoledi"),
        (3, "giovedi"),
        (4, "venerdi"),
        (5, "sabato"),
        (6, "domenica"),
    ),
}

# Days named relative to the day the text was written: the offset in days,
# and whether the word means the evening of that day ("tonight").
_RELATIVE: dict[str, dict[tuple[str, ...], tuple[int, bool]]] = {
    "en": {
        ("today",): (0, False),
        ("tonight",): (0, True),
        ("this", "morning"): (0, False),
        ("this", "afternoon"): (0, False),
        ("this", "evening"): (0, True),
        ("yesterday",): (-1, False),
        ("last", "night"): (-1, True),
        ("tomorrow",): (1, False),
    },
    "es": {
        ("hoy",): (0, False),
        ("esta", "noche"): (0, True),
        ("ayer",): (-1, False),
        ("manana",): (1, False),
        ("esta", "manana"): (0, False),
        ("esta", "tarde"): (0, False),
    },
    "pt": {
        ("hoje",): (0, False),
        ("hoje", "a", "noite"): (0, True),
        ("ontem",): (-1, False),
        ("amanha",): (1, False),
        ("esta", "manha"): (0, False),
        ("nesta", "manha"): (0, False),
        ("esta", "tarde"): (0, False),
        ("nesta", "tarde"): (0, False),
    },
    "fr": {
        ("aujourd'hui",): (0, False),
        ("ce", "soir"): (0, True),
        ("hier",): (-1, False),
        ("demain",): (1, False),
        ("ce", "matin"): (0, False),
        ("cet", "apres", "-", "midi"): (0, False),
    },
    "de": {
        ("heute",): (0, False),
        ("heute", "abend"): (0, True),
        ("heute", "nacht"): (0, True),
        ("gestern",): (-1, False),
        ("morgen",): (1, False),
        ("heute", "morgen"): (0, False),
        ("heute", "fruh"): (0, False),
        ("heute", "nachmittag"): (0, False),
    },
    "it": {
        ("oggi",): (0, False),
        ("stasera",): (0, True),
        ("stanotte",): (0, True),
        ("ieri",): (-1, False),
        ("domani",): (1, False),
        ("stamattina",): (0, False),
        ("stamane",): (0, False),
        ("oggi", "pomeriggio"): (0, False),
    },
}

# Parts of the day. With a clock time they must agree with it; with a bare
# hour ("a las 10 de la noche") they say which half of the day it is in.
_DAY_PARTS: dict[str, dict[tuple[str, ...], str]] = {
    "en": {
        ("morning",): "morning",
        ("in", "the", "morning"): "morning",
        ("afternoon",): "afternoon",
        ("in", "the", "afternoon"): "afternoon",
        ("evening",): "evening",
        ("in", "the", "evening"): "evening",
        ("night",): "night",
        ("at", "night"): "night",
    },
    "es": {
        ("de", "la", "manana"): "morning",
        ("de", "la", "madrugada"): "small_hours",
        ("por", "la", "manana"): "morning",
        ("de", "la", "tarde"): "afternoon",
        ("por", "la", "tarde"): "afternoon",
        ("de", "la", "noche"): "night",
        ("por", "la", "noche"): "night",
        ("noche",): "night",
    },
    "pt": {
        ("da", "manha"): "morning",
        ("de", "manha"): "morning",
        ("pela", "manha"): "morning",
        ("da", "tarde"): "afternoon",
        ("a", "tarde"): "afternoon",
        ("da", "noite"): "night",
        ("a", "noite"): "night",
        ("de", "noite"): "night",
    },
    "fr": {
        ("matin",): "morning",
        ("du", "matin"): "morning",
        ("apres", "-", "midi"): "afternoon",
        ("de", "l'apres", "-", "midi"): "afternoon",
        ("soir",): "evening",
        ("du", "soir"): "evening",
        ("nuit",): "night",
    },
    "de": {
        ("morgens",): "morning",
        ("vormittags",): "morning",
        ("nachmittags",): "afternoon",
        ("abends",): "evening",
        ("abend",): "evening",
        ("am", "abend"): "evening",
        ("am", "morgen"): "morning",
        ("am", "nachmittag"): "afternoon",
        ("nachts",): "night",
    },
    "it": {
        ("mattina",): "morning",
        ("di", "mattina"): "morning",
        ("del", "mattino"): "morning",
        ("pomeriggio",): "afternoon",
        ("del", "pomeriggio"): "afternoon",
        ("sera",): "evening",
        ("di", "sera"): "evening",
        ("della", "sera"): "evening",
        ("notte",): "night",
        ("di", "notte"): "night",
    },
}

# Words after "night" that make it "the night of" a day ("the night of
# April 10", "la nuit du 9 au 10", "la noche del viernes"): such a night may
# be the one before that day or the one after it, so it is read only with a
# clock time, or across the two days a range names.
_NIGHT_OF: dict[str, set[str]] = {
    "en": {"of"},
    "es": {"de", "del", "entre"},
    "pt": {"de", "do", "da", "entre"},
    "fr": {"de", "du", "entre"},
    "de": {"vom", "zum"},
    "it": {"di", "del", "dal", "tra", "fra"},
}

# Words that carry no date or time of their own. "local time" says the time
# is in the zone given by tz=.
_FILLERS: dict[str, set[tuple[str, ...]]] = {
    "en": {
        ("on",),
        ("at",),
        ("the",),
        ("of",),
        ("in",),
        ("local", "time"),
        ("local",),
    },
    "es": {
        ("el",),
        ("la",),
        ("las",),
        ("a", "las"),
        ("a", "la"),
        ("este",),
        ("esta",),
        ("dia",),
        ("hora", "local"),
    },
    "pt": {
        ("o",),
        ("a",),
        ("as",),
        ("neste",),
        ("nesta",),
        ("no",),
        ("na",),
        ("em",),
        ("dia",),
        ("desta",),
        ("deste",),
        ("horario", "local"),
        ("hora", "local"),
    },
    "fr": {("le",), ("la",), ("a",), ("ce",), ("cet",), ("heure", "locale")},
    "de": {("am",), ("um",), ("den",), ("der",), ("dem",), ("ortszeit",)},
    "it": {("il",), ("lo",), ("l'",), ("alle",), ("le",), ("di",), ("ora", "locale"), ("ore",)},
}

# Words that open a range ("from … to", "between … and"). A range that is
# opened must be closed.
_OPENERS: dict[str, set[str]] = {
    "en": {"from", "between"},
    "es": {"de", "desde", "del", "entre"},
    "pt": {"de", "desde", "do", "das", "entre"},
    "fr": {"du", "de", "des", "entre"},
    "de": {"von", "vom", "zwischen", "ab"},
    "it": {"da", "dal", "dalle", "dalla", "tra", "fra"},
}

# Openers that also mean "of" ("del 21 de abril"): without a separator they
# are read as "of" when a date with its month follows.
_WEAK_OPENERS: dict[str, set[str]] = {
    "en": set(),
    "es": {"de", "del"},
    "pt": {"de", "do", "da"},
    "fr": {"du", "de", "des"},
    "de": set(),
    "it": set(),
}

# Articles that make the number after them a 24-hour clock hour ("alle 19",
# "alle ore 20.45", "dalle 8.00": Italian writes the 24-hour clock).
_HOUR_ARTICLES: dict[str, set[str]] = {
    "en": set(),
    "es": set(),
    "pt": set(),
    "fr": set(),
    "de": set(),
    "it": {"alle", "dalle", "ore"},
}

# Words that always join the two ends of a range.
_SEPARATORS: dict[str, set[tuple[str, ...]]] = {
    "en": {("to",), ("until",), ("till",), ("through",), ("thru",)},
    "es": {("hasta",), ("hasta", "las"), ("hasta", "el")},
    "pt": {("ate",), ("ate", "as"), ("ate", "o")},
    "fr": {("jusqu'a",), ("jusqu'au",)},
    "de": {("bis",), ("bis", "zum"), ("bis", "um")},
    "it": {("fino", "a"), ("fino", "al"), ("fino", "alle")},
}

# Words that join the two ends only after an opener ("de 14 h a 19 h",
# "between 2 and 7 p.m."); elsewhere they are fillers or lists.
_SOFT_SEPARATORS: dict[str, set[str]] = {
    "en": {"and"},
    "es": {"a", "al", "y"},
    "pt": {"a", "as", "ao", "e"},
    "fr": {"a", "au", "et"},
    "de": {"und"},
    "it": {"a", "al", "alle", "e"},
}

# Words that join two dates or times as a list: refused as more than one time.
_LISTS: dict[str, set[str]] = {
    "en": {"and", "or"},
    "es": {"y", "o"},
    "pt": {"e", "ou"},
    "fr": {"et", "ou"},
    "de": {"und", "oder"},
    "it": {"e", "o"},
}

# Words before a bare number that make it a clock hour, never a day of the
# month ("Friday at 3", "el sábado a las 3 de la tarde", "às 3", "um 3"):
# with a part of the day it is read, alone it is refused (a.m. or p.m.?).
_BARE_HOUR_ARTICLES: dict[str, set[str]] = {
    "en": {"at"},
    "es": {"las"},
    "pt": {"as"},
    "fr": {"vers"},
    "de": {"um"},
    "it": set(),
}

# Words after a number that make it a clock hour ("21 heures", "22 Uhr",
# "1800 hrs").
_HOUR_WORDS: dict[str, set[str]] = {
    "en": {"h", "hrs", "hr", "hours"},
    "es": {"h", "hs", "hrs", "horas"},
    "pt": {"h", "hs", "horas"},
    "fr": {"h", "heures", "heure"},
    "de": {"h", "uhr"},
    "it": {"h"},
}

# Of those, the ones that after a number of one or two digits may count
# hours as well as name one ("in 2 hours", "pendant 5 heures"): such a time
# is read only beside a date or after a clock article ("à 18 heures").
# English "hours"/"hrs" name a clock time only after four digits ("1800 hrs").
DURATION_WORDS = frozenset({"hours", "hrs", "hr", "horas", "hs", "heures", "heure"})
CLOCK_ARTICLES = frozenset({"a", "las", "la", "as", "alle", "dalle", "um", "vers"})

# "this Friday", "ce samedi", "este lunes": read like a bare weekday in the
# given direction (news uses it for the coming day and for the one just past,
# and the direction says which kind of text it is).
_THIS: dict[str, set[str]] = {
    "en": {"this"},
    "es": {"este", "esta"},
    "pt": {"este", "esta", "neste", "nesta", "deste", "desta"},
    "fr": {"ce", "cet"},
    "de": {"diesen", "diesem", "dieser"},
    "it": {"questo", "questa"},
}

_NOON: dict[str, set[tuple[str, ...]]] = {
    "en": {("noon",), ("midday",)},
    "es": {("mediodia",)},
    "pt": {("meio", "-", "dia")},
    "fr": {("midi",)},
    "de": {("mittag",)},
    "it": {("mezzogiorno",)},
}

_MIDNIGHT: dict[str, set[tuple[str, ...]]] = {
    "en": {("midnight",)},
    "es": {("medianoche",)},
    "pt": {("meia", "-", "noite")},
    "fr": {("minuit",)},
    "de": {("mitternacht",)},
    "it": {("mezzanotte",)},
}

# "the week of 14 March": the week (Monday to Sunday) holding that day.
_WEEK_OF: dict[str, set[tuple[str, ...]]] = {
    "en": {("week", "of")},
    "es": {("semana", "del")},
    "pt": {("semana", "de")},
    "fr": {("semaine", "du")},
    "de": {("woche", "vom")},
    "it": {("settimana", "del")},
}

# "last Friday": the weekday strictly before the reference day.
_LAST: dict[str, set[str]] = {
    "en": {"last"},
    "es": {"pasado"},
    "pt": {"passado", "passada"},
    "fr": {"dernier"},
    "de": {"letzten", "vergangenen"},
    "it": {"scorso"},
}

# "el próximo domingo": the weekday strictly after the reference day. In
# English and German "next Wednesday" may mean this coming one or the one
# after, so there it is read only beside a date that settles it.
_NEXT: dict[str, set[str]] = {
    "en": set(),
    "es": {"proximo", "proxima"},
    "pt": {"proximo", "proxima"},
    "fr": {"prochain", "prochaine"},
    "de": set(),
    "it": {"prossimo", "prossima"},
}
_NEXT_WITH_DATE: dict[str, set[str]] = {
    "en": {"next"},
    "es": set(),
    "pt": set(),
    "fr": set(),
    "de": {"nachsten", "kommenden"},
    "it": set(),
}

_QUARTER_WORDS: dict[str, set[str]] = {
    "en": {"quarter"},
    "es": {"trimestre"},
    "pt": {"trimestre"},
    "fr": {"trimestre"},
    "de": {"quartal"},
    "it": {"trimestre"},
}

_ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4},
    "es": {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4},
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4},
    "fr": {"premier": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "quatrieme": 4},
    "de": {"erstes": 1, "ersten": 1, "zweites": 2, "zweiten": 2, "drittes": 3, "dritten": 3},
    "it": {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4},
}

# Letters written straight after a day number to make it an ordinal
# ("21st", "1er", "1º").
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "re", "e", "o", "a", "º", "ª", "°"})

#: Zone names as news writes them, in any supported language (keys as the
#: reader compares them: lower case, no accents). Each maps to the IANA zones
#: it may mean; more than one needs ``tz=`` to choose.
TIMEZONE_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("eastern", "time"): ("America/New_York",),
    ("eastern", "standard", "time"): ("America/New_York",),
    ("eastern", "daylight", "time"): ("America/New_York",),
    ("central", "time"): ("America/Chicago",),
    ("central", "standard", "time"): ("America/Chicago",),
    ("central", "daylight", "time"): ("America/Chicago",),
    ("mountain", "time"): ("America/Denver",),
    ("mountain", "standard", "time"): ("America/Denver",),
    ("mountain", "daylight", "time"): ("America/Denver",),
    ("pacific", "time"): ("America/Los_Angeles",),
    ("pacific", "standard", "time"): ("America/Los_Angeles",),
    ("pacific", "daylight", "time"): ("America/Los_Angeles",),
    ("pakistan", "time"): ("Asia/Karachi",),
    ("pakistan", "standard", "time"): ("Asia/Karachi",),
    ("india", "time"): ("Asia/Kolkata",),
    ("indian", "standard", "time"): ("Asia/Kolkata",),
    ("greenwich", "mean", "time"): ("UTC",),
    ("british", "summer", "time"): ("Europe/London",),
    ("uk", "time"): ("Europe/London",),
    ("hora", "del", "este"): ("America/New_York",),
    ("hora", "de", "la", "costa", "este"): ("America/New_York",),
    ("hora", "del", "este", "de", "ee", ".", "uu"): ("America/New_York",),
    ("oriental",): ("America/New_York",),
    ("hora", "oriental"): ("America/New_York",),
    ("hora", "central"): ("America/Chicago",),
    ("hora", "de", "la", "montana"): ("America/Denver",),
    ("hora", "del", "pacifico"): ("America/Los_Angeles",),
    ("hora", "de", "hawaii"): ("Pacific/Honolulu",),
    ("hora", "peninsular"): ("Europe/Madrid",),
    ("hora", "de", "brasilia"): ("America/Sao_Paulo",),
    ("horario", "de", "brasilia"): ("America/Sao_Paulo",),
    ("de", "brasilia"): ("America/Sao_Paulo",),
    ("heure", "de", "paris"): ("Europe/Paris",),
    ("heure", "francaise"): ("Europe/Paris",),
    ("heure", "de", "montreal"): ("America/Toronto",),
    ("heure", "de", "l'est"): ("America/Toronto",),
    ("mez",): ("Europe/Berlin",),
    ("mesz",): ("Europe/Berlin",),
    ("deutscher", "zeit"): ("Europe/Berlin",),
    ("ora", "italiana"): ("Europe/Rome",),
}


class Words:
    """The tables for one language."""

    __slots__ = (
        "bare_hour_articles",
        "day_parts",
        "fillers",
        "hour_articles",
        "hour_words",
        "last",
        "lists",
        "midnight",
        "months",
        "next",
        "next_with_date",
        "night_of",
        "noon",
        "openers",
        "ordinal_words",
        "phrases",
        "quarter_words",
        "relative",
        "separators",
        "soft_separators",
        "this",
        "weak_openers",
        "week_of",
        "weekdays",
    )

    def __init__(self, lang: str) -> None:
        self.months = _MONTHS[lang]
        self.weekdays = _WEEKDAYS[lang]
        self.relative = _RELATIVE[lang]
        self.day_parts = _DAY_PARTS[lang]
        self.night_of = _NIGHT_OF[lang]
        self.fillers = _FILLERS[lang]
        self.openers = _OPENERS[lang]
        self.weak_openers = _WEAK_OPENERS[lang]
        self.hour_articles = _HOUR_ARTICLES[lang]
        self.bare_hour_articles = _BARE_HOUR_ARTICLES[lang]
        self.separators = _SEPARATORS[lang]
        self.soft_separators = _SOFT_SEPARATORS[lang]
        self.lists = _LISTS[lang]
        self.hour_words = _HOUR_WORDS[lang]
        self.noon = _NOON[lang]
        self.midnight = _MIDNIGHT[lang]
        self.week_of = _WEEK_OF[lang]
        self.last = _LAST[lang]
        self.this = _THIS[lang]
        self.next = _NEXT[lang]
        self.next_with_date = _NEXT_WITH_DATE[lang]
        self.quarter_words = _QUARTER_WORDS[lang]
        self.ordinal_words = _ORDINAL_WORDS[lang]
        # Every phrase of several words and what it is, longest first when
        # read, so that "de la mañana" wins over "de" and "la".
        phrases: dict[tuple[str, ...], tuple[str, object]] = {}
        for words in self.fillers:
            phrases[words] = ("filler", None)
        for words, part in self.day_parts.items():
            phrases[words] = ("day_part", part)
        for words, rel in self.relative.items():
            phrases[words] = ("relative", rel)
        for words in self.separators:
            phrases[words] = ("separator", None)
        for words in self.noon:
            phrases[words] = ("noon", None)
        for words in self.midnight:
            phrases[words] = ("midnight", None)
        for words in self.week_of:
            phrases[words] = ("week_of", None)
        for words, zones in TIMEZONE_NAMES.items():
            phrases[words] = ("zone", zones)
        if lang == "pt":
            for name, day in _WEEKDAYS["pt"].items():
                if day < 5:
                    phrases[(name, "-", "feira")] = ("weekday", day)
                    phrases[(name, "feira")] = ("weekday", day)
        self.phrases = phrases


_CACHE: dict[str, Words] = {lang: Words(lang) for lang in LANGUAGES}

#: The longest phrase in any table, in words: the reader looks no further ahead.
LONGEST_PHRASE = max(len(p) for w in _CACHE.values() for p in w.phrases)


def words_for(lang: str) -> Words | None:
    """The tables for ``lang``, or None for a language the reader does not know."""
    return _CACHE.get(lang)
