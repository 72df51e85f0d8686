"""Italian: a table of words, read by :mod:`polevents._reading`."""

DECIMAL = ","
# Swiss Italian groups with an apostrophe: "500’000"
GROUPS = (".", " ", "'")
INDIAN_GROUPING = False

HEDGES = {
    # more or less, without saying by how much: refused under every policy
    **dict.fromkeys(
        [
            "ben oltre",
            "molto oltre",
            "molto più di",
            "ben più di",
            "ben al di sopra di",
            "molto meno di",
            "ben meno di",
            "ben al di sotto di",
        ],
        "UNSURE",
    ),
    "esattamente": "EXACT",
    "circa": "ABOUT",
    "all'incirca": "ABOUT",
    "intorno a": "ABOUT",
    "intorno ai": "ABOUT",
    "attorno a": "ABOUT",
    "attorno ai": "ABOUT",
    "approssimativamente": "ABOUT",
    "quasi": "ALMOST",
    "poco meno di": "ALMOST",
    "oltre": "OVER",
    "più di": "OVER",
    "poco più di": "OVER",
    "sopra i": "OVER",
    "almeno": "AT_LEAST",
    "non meno di": "AT_LEAST",
    "meno di": "UNDER",
    "sotto i": "UNDER",
    "fino a": "AT_MOST",
    "al massimo": "AT_MOST",
    "al più": "AT_MOST",
    "non più di": "AT_MOST",
    "più o meno": "ABOUT",
    # comparisons
    **dict.fromkeys(
        [
            *(f"più {w} di" for w in ("grande", "grandi", "alto", "alta", "alti", "alte")),
            "più in alto del",
            "più in alto di",
            "maggiore di",
            "maggiori di",
            "superiore a",
            "superiori a",
        ],
        "OVER",
    ),
    **dict.fromkeys(
        [
            *(f"più {w} di" for w in ("piccolo", "piccola", "piccoli", "piccole", "basso")),
            "più in basso del",
            "più in basso di",
            "minore di",
            "minori di",
            "inferiore a",
            "inferiori a",
            "al di sotto di",
        ],
        "UNDER",
    ),
    **dict.fromkeys(
        [
            "maggiore o uguale a",
            "maggiori o uguali a",
            "più grande o uguale a",
            "più grandi o uguali a",
            "uguale o maggiore di",
            "uguale o superiore a",
            "non inferiore a",
            "non è inferiore a",
        ],
        "AT_LEAST",
    ),
    **dict.fromkeys(
        [
            "minore o uguale a",
            "minori o uguali a",
            "più piccolo o uguale a",
            "più piccoli o uguali a",
            "uguale o minore di",
            "uguale o inferiore a",
            "non superiore a",
            "non è superiore a",
        ],
        "AT_MOST",
    ),
    "uguale a": "EQUAL",
    "sotto": "UNDER",
    "qualcosa come": "ABOUT",
    # verbs of a milestone: "avevano superato il 42 per cento", "sfonda quota 10%"
    **dict.fromkeys(
        [
            "supera",
            "superano",
            "superato",
            "superata",
            "superati",
            "superate",
            "superando",
            "sfonda quota",
            "sfondano quota",
            "sfondato quota",
            "sfondata quota",
        ],
        "OVER",
    ),
    **dict.fromkeys(["sfiora", "sfiorano", "sfiorato", "sfiorata", "sfiorando"], "ALMOST"),
    "al di sopra di": "OVER",
    "sopra": "OVER",
    "fino ad": "AT_MOST",
    "un massimo di": "AT_MOST",
    "fino a un massimo di": "AT_MOST",
    "fino ad un massimo di": "AT_MOST",
    "un minimo di": "AT_LEAST",
    "almeno un minimo di": "AT_LEAST",
}
# Italian joins "a", "di" and "da" with the article that follows ("superiore al 57%",
# "poco più del 75%", "meno dello 0,3%"), and older web text writes "più" as "piu'"
# or "piu": every hedge in each spelling, so that none is dropped for its article.
_JOINED = {
    "a": ("al", "allo", "alla", "alle", "ai", "agli", "all'"),
    "di": ("del", "dello", "della", "delle", "dei", "degli", "dell'"),
}
_ARTICLES = ("il", "lo", "la", "le", "i", "gli", "l'", "al", "ai", "alla", "alle", "all'")
for _phrase, _kind in list(HEDGES.items()):
    _words = _phrase.split(" ")
    for _joined in _JOINED.get(_words[-1], ()):
        HEDGES.setdefault(" ".join([*_words[:-1], _joined]), _kind)
    if _phrase in ("sotto", "sopra", "intorno", "attorno"):
        for _article in _ARTICLES:
            HEDGES.setdefault(f"{_phrase} {_article}", _kind)
for _phrase, _kind in list(HEDGES.items()):
    if "più" in _phrase:
        HEDGES.setdefault(_phrase.replace("più", "piu'"), _kind)
        HEDGES.setdefault(_phrase.replace("più", "piu"), _kind)
POST_HEDGES = {
    "circa": "ABOUT",
    "e rotti": "OVER",
    "o più": "AT_LEAST",
    "e più": "AT_LEAST",
    "o meno": "AT_MOST",
    "o uguale": "OR_EQUAL",
    "o uguale a": "OR_EQUAL",
}
HEDGE_ARTICLES = ("i", "gli", "le", "il", "al", "ai")

VAGUE = {
    "decine": "dozens",
    "dozzine": "dozens",
    "centinaia": "hundreds",
    "migliaia": "thousands",
    "decine di migliaia": "tens of thousands",
    "centinaia di migliaia": "hundreds of thousands",
    "milioni": "millions",
}

NUMBERS = {
    "zero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "tré": 3,  # at the end of a compound: "ventitré"
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
}
HUNDREDS = {"cento": 100}  # "duecento" is due × cento, "centosei" cento + sei
SCALES = {
    "mille": 3,
    "mila": 3,
    "milione": 6,
    "milioni": 6,
    "miliardo": 9,
    "miliardi": 9,
    "bilione": 12,
    "bilioni": 12,
    "lakh": 5,
    "crore": 7,
}
DOZENS = ("dozzina", "dozzine")
TEEN_TENS: tuple[int, ...] = ()
JOIN_AFTER = ("hundred", "scale")  # "trecento e due"
INVERTED = False
# Number words are written as one: "trentasei", "duemilatrecento".
COMPOUNDS = True
# Tens lose their vowel before "uno" and "otto": "ventuno", "trentotto", "settant'anni".
ELIDED = {
    "vent": 20,
    "trent": 30,
    "quarant": 40,
    "cinquant": 50,
    "sessant": 60,
    "settant": 70,
    "ottant": 80,
    "novant": 90,
}
SCALE_ALONE = True  # "mille"
HUNDRED_ALONE = True  # "cento"
HALF_SUFFIX = ""
HALF_WORDS: dict[str, int] = {}
DECIMAL_WORDS = ("virgola", "punto")
ONE = ("un", "una", "uno")
FRACTIONS = {"mezzo": (1, 2), "mezza": (1, 2)}
FRACTION_FILLERS: tuple[str, ...] = ()
AND = ("e",)

SUFFIXES = {"mln": 6, "mld": 9, "mgl": 3, "M": 6, "k": 3, "K": 3}
GLUED_ONLY = ("k",)
AMBIGUOUS_SUFFIXES: tuple[str, ...] = ()

CONNECTORS = ("di",)
BETWEEN = {"tra": ("e",), "fra": ("e",), "dai": ("ai", "a"), "dal": ("al", "a")}
RANGE_OPENER_AFTER: dict[str, tuple[str, ...]] = {}
RANGE_WORDS = ("a",)
# "five times higher": a number before "times" and a comparative is a ratio, not a figure.
TIMES = {"volte": ("più", "meno", "maggiore", "superiore", "inferiore", "il", "la")}
# After a hedge written after a figure, these make it the next figure's ("and more than").
# Before a number, these make the figure a multiple of it ("more than twice 200,000
# viewers"): the number is refused, never read as the figure. A TIMES word after a
# number ("three times the 200,000") does the same.
FACTORS = ("doppio", "triplo", "quadruplo", "raddoppiato", "triplicato")
# Words that may stand between such a word and the number.
FACTOR_GLUE = ("il", "lo", "la", "di", "del", "dei", "degli", "delle", "i", "gli", "le")
COMPARISON_ENDS = ("di", "del")
# "two in three voters": a share, not two counts.
RATIO_WORDS = ("su",)
# Plural words for thousands after an approximate number: "une vingtaine de milliers".
THOUSANDS = {"migliaia": 3}
BOUND_JOINERS = ("e", ",", "ma", ", ma")

UNITS = {
    **dict.fromkeys(("viewers", "streamer"), "person"),
    **dict.fromkeys(
        [
            "persona",
            "persone",
            "spettatore",
            "spettatori",
            "ascoltatore",
            "ascoltatori",
            "utente",
            "utenti",
            "partecipante",
            "partecipanti",
            "sostenitore",
            "sostenitori",
            "manifestante",
            "manifestanti",
            "elettore",
            "elettori",
            "votanti",
            "membri",
            "iscritti",
            "abitanti",
            "lavoratori",
            "visitatore",
            "visitatori",
            "fan",
            "follower",
            "tifosi",
            "telespettatori",
            "cittadini",
            "militanti",
            "followers",
            "seguaci",
            "donatori",
            "uomini",
            "donne",
            "ospiti",
            "studenti",
            "agenti",
            "poliziotti",
            "volontari",
            "dipendenti",
            "lettori",
            "abbonati",
            "iscritte",
            "residenti",
            "elettrici",
        ],
        "person",
    ),
    **dict.fromkeys(["tweet", "post", "messaggi", "messaggio"], "post"),
    **dict.fromkeys(["visualizzazioni", "views"], "view"),
    **dict.fromkeys(["voto", "voti", "preferenze", "schede"], "vote"),
    "per cento": "percent",
    "secondi": "second",
    **dict.fromkeys(["minuto", "minuti"], "minute"),
    **dict.fromkeys(["ora", "ore"], "hour"),
    **dict.fromkeys(["giorno", "giorni"], "day"),
    **dict.fromkeys(["settimana", "settimane"], "week"),
    **dict.fromkeys(["mese", "mesi"], "month"),
    **dict.fromkeys(["anno", "anni"], "year"),
    "euro": "EUR",
    **dict.fromkeys(["franchi", "franchi svizzeri"], "CHF"),
    **dict.fromkeys(["dollaro", "dollari"], "USD"),
    **dict.fromkeys(["sterlina", "sterline"], "GBP"),
}
WEAK_UNITS = ("ora", "secondo", "post")

STOP = (
    # function words that end in "s": never a noun a number counts
    "ambos",
    "e",
    "o",
    "di",
    "del",
    "della",
    "dei",
    "degli",
    "delle",
    "in",
    "nel",
    "nella",
    "nei",
    "a",
    "al",
    "alla",
    "ai",
    "con",
    "per",
    "tra",
    "fra",
    "su",
    "da",
    "dal",
    "che",
    "chi",
    "come",
    "quando",
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "un",
    "una",
    "uno",
    "suo",
    "sua",
    "suoi",
    "sue",
    "è",
    "sono",
    "era",
    "erano",
    "ha",
    "hanno",
    "sarà",
    "si",
    "non",
    "più",
    "meno",
    "volte",
    "mila",
    "milioni",
)

MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "gen",
    "feb",
    "mar",
    "apr",
    "mag",
    "giu",
    "lug",
    "ago",
    "set",
    "ott",
    "nov",
    "dic",
)
MONTHS_CASED = False
DATE_LINKS: tuple[str, ...] = ()
YEAR_WORDS = ("nel", "dal", "al", "del", "fino", "nell", "anno", "entro")
DETERMINERS = ("il", "lo", "la", "i", "gli", "le")

# "è salita fino a 2.001.000": rose to, a peak reached, not an upper bound
HEDGE_BLOCKERS: dict[str, list[str]] = {
    "fino a": [
        "salita",
        "salito",
        "saliti",
        "salite",
        "cresciuta",
        "cresciuto",
        "arrivata",
        "arrivato",
        "aumentata",
        "aumentato",
        "passata",
        "passato",
        "giunta",
        "giunto",
    ]
}
# words shortly before a hedge that negate it: "ninguno superó el 18%"
NEGATIONS = ("nessun", "nessuno", "nessuna", "non", "mai", "né")
HALVES = {"e mezzo": (1, 2), "e mezza": (1, 2)}
SHARED = ("e", "o")
# "three or four weeks", "5 or 6 hours": alternatives are a range, from one to the other.
ALTERNATIVES = ("o", "od")
# "des centaines, voire des milliers": one vague size raised to another, refused.
ESCALATIONS = ("o addirittura", "se non")
# A verb before "from X to Y" that makes it a change, two figures: "subió de 5 a 6".
CHANGE_VERBS: tuple[str, ...] = (
    "passato",
    "passata",
    "salito",
    "salita",
    "cresciuto",
    "cresciuta",
    "sceso",
    "scesa",
    "aumentato",
    "calato",
)
# Words besides "and" that join the parts of a duration: "2 horas con 29 minutos".
PART_LINKS: tuple[str, ...] = ()
# Nouns a number may count that do not end in "s" (see en.py).
NOUNS: tuple[str, ...] = ()
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
RATE_WORDS: tuple[str, ...] = ()
CLOCK_HOURS = False
CLOCK_WORDS = ("alle", "dalle", "le")
DURATION_WORDS: tuple[str, ...] = ()
CURRENCY_SIGNS: dict[str, str | tuple[str, ...]] = {}
DECIMAL_ALSO: tuple[str, ...] = ()
# "from 200,000 to 500,000" tells a change, not a range.
CHANGE_WORDS: tuple[str, ...] = ()
HEDGE_NEEDS: dict[str, list[str]] = {}
MULTIPLES: dict[str, tuple[str, int]] = {}
COMMA_THREE_AMBIGUOUS = False
# Words for "about n": "une cinquantaine de streamers" is about 50.
APPROXIMATE: dict[str, int] = {
    "una decina": 10,
    "una quindicina": 15,
    "una ventina": 20,
    "una trentina": 30,
    "una quarantina": 40,
    "una cinquantina": 50,
    "un centinaio": 100,
    "un migliaio": 1000,
}
