"""German: a table of words, read by :mod:`polevents._reading`."""

DECIMAL = ","
GROUPS = (".", " ", "'")
INDIAN_GROUPING = False

HEDGES = {
    # more or less, without saying by how much: refused under every policy
    **dict.fromkeys(
        [
            "weit mehr als",
            "deutlich mehr als",
            "viel mehr als",
            "weit über",
            "deutlich über",
            "gut über",
            "weit weniger als",
            "deutlich weniger als",
            "viel weniger als",
            "weit unter",
            "deutlich unter",
        ],
        "UNSURE",
    ),
    "genau": "EXACT",
    # "um die 188.000 Euro", "an die 100.000 Zuschauer": about. "um" alone is also
    # "by" ("stieg um 5 Prozent"): read as about, the number stays inside the interval.
    "um": "ABOUT",
    **dict.fromkeys(["nicht mal", "nicht einmal", "noch nicht einmal"], "UNDER"),
    "nicht über": "AT_MOST",
    "um die": "ABOUT",
    "an die": "ABOUT",
    "gegen": "ABOUT",
    "ab": "AT_LEAST",
    "knapp unter": "UNDER",
    "etwas mehr als": "OVER",
    "etwas über": "OVER",
    "exakt": "EXACT",
    "etwa": "ABOUT",
    "rund": "ABOUT",
    "ungefähr": "ABOUT",
    "circa": "ABOUT",
    "ca.": "ABOUT",
    "ca": "ABOUT",
    "zirka": "ABOUT",
    "schätzungsweise": "ABOUT",
    "fast": "ALMOST",
    "knapp": "ALMOST",
    "beinahe": "ALMOST",
    "nahezu": "ALMOST",
    "annähernd": "ALMOST",
    "über": "OVER",
    "mehr als": "OVER",
    "gut": "OVER",
    "knapp über": "OVER",
    "mindestens": "AT_LEAST",
    "wenigstens": "AT_LEAST",
    "weniger als": "UNDER",
    "unter": "UNDER",
    "bis zu": "AT_MOST",
    "höchstens": "AT_MOST",
    "maximal": "AT_MOST",
    "nicht mehr als": "AT_MOST",
    "nicht weniger als": "AT_LEAST",
    "größer als": "OVER",
    "höher als": "OVER",
    "kleiner als": "UNDER",
    "niedriger als": "UNDER",
    **dict.fromkeys(["größer oder gleich", "größer gleich"], "AT_LEAST"),
    **dict.fromkeys(["kleiner oder gleich", "kleiner gleich"], "AT_MOST"),
}
POST_HEDGES = {
    "oder mehr": "AT_LEAST",
    "und mehr": "AT_LEAST",
    "oder weniger": "AT_MOST",
}
HEDGE_ARTICLES: tuple[str, ...] = ()

VAGUE = {
    # "einige Tausend", "mehrere hundert": some thousands, never one thousand
    **{
        f"{some} {scale}": size
        for some in ("einige", "einigen", "einiger", "mehrere", "mehreren", "ein paar")
        for scale, size in (
            ("dutzend", "dozens"),
            ("hundert", "hundreds"),
            ("tausend", "thousands"),
            ("zehntausend", "tens of thousands"),
            ("hunderttausend", "hundreds of thousands"),
            ("millionen", "millions"),
        )
    },
    "dutzende": "dozens",
    "hunderte": "hundreds",
    "tausende": "thousands",
    "zehntausende": "tens of thousands",
    "hunderttausende": "hundreds of thousands",
    "millionen": "millions",
}

NUMBERS = {
    "null": 0,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
HUNDREDS = {"hundert": 100}
SCALES = {
    "tausend": 3,
    "million": 6,
    "millionen": 6,
    "milliarde": 9,
    "milliarden": 9,
    "billion": 12,
    "billionen": 12,
    "lakh": 5,
    "crore": 7,
}
DOZENS = ("dutzend",)
TEEN_TENS: tuple[int, ...] = ()
JOIN_AFTER = ("unit",)  # the unit before its tens: "zweiundvierzig"
INVERTED = True
# Number words are written as one: "dreihundertneunundneunzigtausend".
COMPOUNDS = True
ELIDED: dict[str, int] = {}
SCALE_ALONE = True  # "tausend"
HUNDRED_ALONE = True  # "hundert"
DECIMAL_WORDS = ("komma",)
ONE = ("eine", "ein", "einer")
FRACTIONS = {"halbe": (1, 2), "halben": (1, 2), "halbes": (1, 2), "halber": (1, 2)}
# A half written inside the number word: "dreieinhalb" (3½), and "anderthalb" (1½).
HALF_SUFFIX = "einhalb"
HALF_WORDS = {"anderthalb": 1}
FRACTION_FILLERS = ("eine", "einer")
AND = ("und",)

SUFFIXES = {"Mio.": 6, "Mio": 6, "Mrd.": 9, "Mrd": 9, "Tsd.": 3, "Tsd": 3, "k": 3, "K": 3}
GLUED_ONLY = ("k",)
AMBIGUOUS_SUFFIXES: tuple[str, ...] = ()

CONNECTORS: tuple[str, ...] = ()
BETWEEN = {"zwischen": ("und",)}
RANGE_OPENER_AFTER: dict[str, tuple[str, ...]] = {}
RANGE_WORDS = ("bis",)
# "five times higher": a number before "times" and a comparative is a ratio, not a figure.
TIMES = {"mal": ("mehr", "größer", "höher", "so", "weniger", "kleiner", "niedriger")}
# After a hedge written after a figure, these make it the next figure's ("and more than").
# Before a number, these make the figure a multiple of it ("more than twice 200,000
# viewers"): the number is refused, never read as the figure. A TIMES word after a
# number ("three times the 200,000") does the same.
FACTORS = (
    "doppelt",
    "doppelte",
    "doppelten",
    "dreifach",
    "dreifache",
    "dreifachen",
    "zweimal",
    "dreimal",
    "verdoppelt",
    "verdreifacht",
)
# Words that may stand between such a word and the number.
FACTOR_GLUE = ("so", "viele", "viel", "wie", "das", "die", "den", "der", "von")
COMPARISON_ENDS = ("als",)
# "two in three voters": a share, not two counts.
RATIO_WORDS: tuple[str, ...] = ()
# Plural words for thousands after an approximate number: "une vingtaine de milliers".
THOUSANDS = {"tausende": 3}
BOUND_JOINERS = ("und", ",", "aber", ", aber")

UNITS = {
    **dict.fromkeys(("viewer", "viewers"), "person"),
    **dict.fromkeys(
        [
            "menschen",
            "leute",
            "personen",
            "person",
            "zuschauer",
            "zuschauerinnen",
            "zuhörer",
            "zuhörerinnen",
            "nutzer",
            "nutzerinnen",
            "teilnehmer",
            "teilnehmende",
            "teilnehmerinnen",
            "besucher",
            "besucherinnen",
            "anhänger",
            "anhängerinnen",
            "demonstranten",
            "demonstrierende",
            "wähler",
            "wählerinnen",
            "mitglieder",
            "einwohner",
            "arbeiter",
            "fans",
            "follower",
            "abonnenten",
            "unterstützer",
            "bürger",
            "gäste",
            "leute",
            "teilnehmern",
            "zuschauern",
            "zuhörern",
            "besuchern",
            "anhängern",
            "wählern",
            "nutzern",
            "mitgliedern",
            "einwohnern",
            "wahlberechtigte",
            "wahlberechtigten",
            "leuten",
            "zuseher",
            "zusehern",
            "zuseherinnen",
            "fernsehende",
            "fernsehenden",
            "interessierte",
            "interessierten",
            "sportbegeisterte",
            "sportbegeisterten",
            "raver",
            "beamte",
            "beamten",
            "beamtinnen",
            "polizisten",
            "polizistinnen",
            "sicherheitskräfte",
            "sicherheitskräften",
            "einsatzkräfte",
            "einsatzkräften",
            "schaulustige",
            "schaulustigen",
            "demonstrantinnen",
            "journalisten",
            "journalistinnen",
            "helfer",
            "helfern",
            "mitarbeiter",
            "mitarbeitern",
            "kinder",
            "kindern",
            "teilnehmenden",
            "zuschauende",
            "zuschauenden",
            "spender",
            "spendern",
            "studierende",
            "studierenden",
            "schüler",
            "schülern",
            "followern",
            "beteiligte",
            "beteiligten",
            "seher",
            "sehern",
            "seherinnen",
        ],
        "person",
    ),
    **dict.fromkeys(["tweets", "beiträge", "posts", "nachrichten"], "post"),
    **dict.fromkeys(["aufrufe", "views", "impressionen"], "view"),
    **dict.fromkeys(["stimme", "stimmen", "erststimmen", "zweitstimmen", "wählerstimmen"], "vote"),
    **dict.fromkeys(["franken", "schweizer franken"], "CHF"),
    "prozent": "percent",
    **dict.fromkeys(["sekunde", "sekunden"], "second"),
    **dict.fromkeys(["minute", "minuten"], "minute"),
    **dict.fromkeys(
        ["stunde", "stunden", "std", "std.", "stündige", "stündigen", "stündigem", "stündiger"],
        "hour",
    ),
    **dict.fromkeys(["min", "min."], "minute"),
    "vom hundert": "percent",
    **dict.fromkeys(["tag", "tage", "tagen"], "day"),
    **dict.fromkeys(["woche", "wochen"], "week"),
    **dict.fromkeys(["monat", "monate", "monaten"], "month"),
    **dict.fromkeys(["jahr", "jahre", "jahren"], "year"),
    "euro": "EUR",
    "dollar": "USD",
    "pfund": "GBP",
}
WEAK_UNITS = ("tag",)

STOP = (
    # function words that end in "s": never a noun a number counts
    "bereits",
    "etwas",
    "nichts",
    "stets",
    "nachts",
    "abends",
    "morgens",
    "rechts",
    "links",
    "damals",
    "jeweils",
    "und",
    "oder",
    "aber",
    "von",
    "vom",
    "in",
    "im",
    "an",
    "am",
    "auf",
    "aus",
    "bei",
    "mit",
    "nach",
    "seit",
    "zu",
    "zum",
    "zur",
    "für",
    "über",
    "unter",
    "als",
    "wie",
    "dass",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "einen",
    "sein",
    "seine",
    "ihr",
    "ihre",
    "ist",
    "sind",
    "war",
    "waren",
    "hat",
    "haben",
    "wird",
    "werden",
    "nicht",
    "mehr",
    "weniger",
    "mal",
    "tausend",
)

MONTHS = (
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
)
MONTHS_CASED = False
DATE_LINKS = (".",)
YEAR_WORDS = ("im", "in", "seit", "bis", "von", "ab", "vor", "nach", "jahr", "jahres")
DETERMINERS = ("der", "die", "das", "den", "dem", "des")

# "eine Spende über eine Million": a donation of, not more than
HEDGE_BLOCKERS: dict[str, list[str]] = {
    "über": [
        "spende",
        "scheck",
        "rechnung",
        "betrag",
        "summe",
        "kredit",
        "vertrag",
        "auftrag",
        "zusage",
        "überweisung",
    ]
}
# words shortly before a hedge that negate it: "ninguno superó el 18%"
NEGATIONS = ("kein", "keine", "keiner", "keinen", "nicht", "nie", "niemand")
HALVES: dict[str, tuple[int, int]] = {}
SHARED = ("und", "oder")
# "three or four weeks", "5 or 6 hours": alternatives are a range, from one to the other.
ALTERNATIVES = ("oder",)
# "des centaines, voire des milliers": one vague size raised to another, refused.
ESCALATIONS = ("oder sogar", "wenn nicht")
# A verb before "from X to Y" that makes it a change, two figures: "subió de 5 a 6".
CHANGE_VERBS: tuple[str, ...] = ("stieg", "gestiegen", "sank", "gesunken", "wuchs", "gewachsen")
# Words besides "and" that join the parts of a duration: "2 horas con 29 minutos".
PART_LINKS: tuple[str, ...] = ()
# Nouns a number may count that do not end in "s" (see en.py).
NOUNS: tuple[str, ...] = ()
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
RATE_WORDS: tuple[str, ...] = ()
CLOCK_HOURS = False
CLOCK_WORDS = ("um", "gegen", "ab", "bis")
DURATION_WORDS: tuple[str, ...] = ()
CURRENCY_SIGNS: dict[str, str | tuple[str, ...]] = {}
DECIMAL_ALSO: tuple[str, ...] = ()
# "from 200,000 to 500,000" tells a change, not a range.
CHANGE_WORDS: tuple[str, ...] = ()
HEDGE_NEEDS: dict[str, list[str]] = {}
MULTIPLES: dict[str, tuple[str, int]] = {}
COMMA_THREE_AMBIGUOUS = False
# Words for "about n": "une cinquantaine de streamers" is about 50.
APPROXIMATE: dict[str, int] = {}
