"""French: a table of words, read by :mod:`polevents._reading`."""

DECIMAL = ","
# Swiss French groups with an apostrophe: "500’000"
GROUPS = (" ", ".", "'")
INDIAN_GROUPING = False

HEDGES = {
    # a milestone named without the verb that says which side: "… la barre des 12 millions"
    **dict.fromkeys(
        ["la barre des", "la barre de", "le cap des", "le cap de", "le seuil des", "le seuil de"],
        "UNSURE",
    ),
    **dict.fromkeys(
        ["sous la barre des", "sous la barre de", "sous le seuil des", "sous le seuil de"],
        "UNDER",
    ),
    # verbs and idioms of a milestone: "a dépassé les 70%", "a franchi la barre des 12 millions"
    **dict.fromkeys(
        [
            "dépasse",
            "dépassent",
            "dépassé",
            "dépassant",
            "franchi la barre des",
            "franchit la barre des",
            "franchi le cap des",
            "franchit le cap des",
            "franchi la barre de",
            "franchit la barre de",
            "franchi le cap de",
            "franchit le cap de",
        ],
        "OVER",
    ),
    **dict.fromkeys(
        [
            "s'est approchée de",
            "s'est approché de",
            "s'approche de",
            "approche les",
            "approchant les",
            "presque à",
        ],
        "ALMOST",
    ),
    **dict.fromkeys(
        [
            "de l'ordre de",
            "de l'ordre des",
            "aux alentours de",
            "aux alentours des",
            "avoisine",
            "avoisinent",
            "avoisiné",
            "avoisinant",
        ],
        "ABOUT",
    ),
    # more or less, without saying by how much: refused under every policy
    **dict.fromkeys(
        [
            "bien plus de",
            "bien plus d'",
            "largement plus de",
            "largement plus d'",
            "beaucoup plus de",
            "beaucoup plus d'",
            "bien au-delà de",
            "bien moins de",
            "bien moins d'",
            "beaucoup moins de",
            "beaucoup moins d'",
            "largement moins de",
            "bien en dessous de",
            "bien en-dessous de",
        ],
        "UNSURE",
    ),
    "exactement": "EXACT",
    "précisément": "EXACT",
    "environ": "ABOUT",
    "quelque": "ABOUT",
    "autour de": "ABOUT",
    "approximativement": "ABOUT",
    "à peu près": "ABOUT",
    "près de": "ALMOST",
    "près d'": "ALMOST",
    "presque": "ALMOST",
    "pas loin de": "ALMOST",
    "plus de": "OVER",
    "plus d'": "OVER",
    "un peu plus d'": "OVER",
    "un peu plus de": "OVER",
    "au-delà de": "OVER",
    "au moins": "AT_LEAST",
    "pas moins de": "AT_LEAST",
    "moins de": "UNDER",
    "moins d'": "UNDER",
    "environ d'": "ABOUT",
    "un peu moins de": "ALMOST",
    "jusqu'à": "AT_MOST",
    "au plus": "AT_MOST",
    "au maximum": "AT_MOST",
    "pas plus de": "AT_MOST",
    "pas plus d'": "AT_MOST",
    # comparisons
    **dict.fromkeys(
        [
            *(f"{w} à" for w in ("supérieur", "supérieure", "supérieurs", "supérieures")),
            *(f"plus {w} que" for w in ("grand", "grande", "grands", "grandes")),
            *(f"plus {w} que" for w in ("haut", "haute", "hauts", "hautes", "âgé", "âgée")),
            "plus que",
        ],
        "OVER",
    ),
    **dict.fromkeys(
        [
            *(f"{w} à" for w in ("inférieur", "inférieure", "inférieurs", "inférieures")),
            *(f"plus {w} que" for w in ("petit", "petite", "petits", "petites")),
            *(f"plus {w} que" for w in ("bas", "basse", "basses")),
            "en dessous de",
            "en-dessous de",
            "au-dessous de",
        ],
        "UNDER",
    ),
    **dict.fromkeys(
        [
            *(
                f"{w} ou {e} à"
                for w, e in (
                    ("supérieur", "égal"),
                    ("supérieure", "égale"),
                    ("supérieurs", "égaux"),
                    ("supérieures", "égales"),
                    ("plus grand", "égal"),
                    ("plus grands", "égaux"),
                )
            ),
            *(f"{e} ou {w} à" for e in ("égal", "égale") for w in ("supérieur", "supérieure")),
            "au moins ou égal à",
            "plus de ou égal à",
        ],
        "AT_LEAST",
    ),
    **dict.fromkeys(
        [
            *(
                f"{w} ou {e} à"
                for w, e in (
                    ("inférieur", "égal"),
                    ("inférieure", "égale"),
                    ("inférieurs", "égaux"),
                    ("inférieures", "égales"),
                    ("plus petit", "égal"),
                    ("plus petits", "égaux"),
                    ("plus petite", "égale"),
                    ("plus petites", "égales"),
                )
            ),
            *(f"{e} ou {w} à" for e in ("égal", "égale") for w in ("inférieur", "inférieure")),
            "au plus ou égal à",
            "moins de ou égal à",
        ],
        "AT_MOST",
    ),
    **dict.fromkeys(["égal à", "égale à", "égaux à", "égales à"], "EQUAL"),
}
POST_HEDGES = {
    "au bas mot": "AT_LEAST",
    "pratiquement": "ALMOST",
    "et +": "AT_LEAST",
    "pour être exact": "EXACT",
    "pour être précis": "EXACT",
    "précisément": "EXACT",
    "ou plus": "AT_LEAST!",
    "environ": "ABOUT!",
    "et plus": "AT_LEAST!",
    "ou moins": "AT_MOST!",
    "ou plus que": "AT_LEAST",
    "ou égal": "OR_EQUAL",
    "ou égal à": "OR_EQUAL",
}
HEDGE_ARTICLES = ("les", "le", "la")

VAGUE = {
    "des dizaines": "dozens",
    "des douzaines": "dozens",
    "des centaines": "hundreds",
    "des milliers": "thousands",
    "des dizaines de milliers": "tens of thousands",
    "des centaines de milliers": "hundreds of thousands",
    "des millions": "millions",
    "dizaines": "dozens",
    "centaines": "hundreds",
    "milliers": "thousands",
    "dizaines de milliers": "tens of thousands",
    "centaines de milliers": "hundreds of thousands",
}

NUMBERS = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    # Belgian and Swiss tens
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
HUNDREDS = {"cent": 100, "cents": 100}
SCALES = {
    "mille": 3,
    "million": 6,
    "millions": 6,
    "milliard": 9,
    "milliards": 9,
    # the long scale: a billion is a million millions
    "billion": 12,
    "billions": 12,
    "trillion": 18,
    "trillions": 18,
    "lakh": 5,
    "crore": 7,
}
DOZENS = ("douzaine", "douzaines")
TEEN_TENS = (60, 80)  # "soixante-dix", "soixante et onze", "quatre-vingt-dix-sept"
JOIN_AFTER = ("tens", "scale")  # "vingt et un", "six crore et deux cents"
INVERTED = False
COMPOUNDS = False
ELIDED: dict[str, int] = {}
SCALE_ALONE = True  # "mille"
HUNDRED_ALONE = True  # "cent"
HALF_SUFFIX = ""
HALF_WORDS: dict[str, int] = {}
DECIMAL_WORDS = ("virgule",)
ONE = ("un", "une")
FRACTIONS = {"demi": (1, 2)}
FRACTION_FILLERS = ("un", "-")
AND = ("et",)

SUFFIXES = {"M": 6, "Md": 9, "Mds": 9, "Mrd": 9, "k": 3, "K": 3}
GLUED_ONLY = ("k",)
AMBIGUOUS_SUFFIXES: tuple[str, ...] = ()

CONNECTORS = ("de", "d'")
# "entre 500’000 à 650’000", a frequent slip for "et"
BETWEEN = {"entre": ("et", "à")}
RANGE_OPENER_AFTER: dict[str, tuple[str, ...]] = {}
RANGE_WORDS = ("à",)
# "five times higher": a number before "times" and a comparative is a ratio, not a figure.
TIMES = {
    "fois": (
        "plus",
        "moins",
        "supérieur",
        "supérieure",
        "inférieur",
        "inférieure",
        "le",
        "la",
        "autant",
    )
}
# After a hedge written after a figure, these make it the next figure's ("and more than").
# Before a number, these make the figure a multiple of it ("more than twice 200,000
# viewers"): the number is refused, never read as the figure. A TIMES word after a
# number ("three times the 200,000") does the same.
FACTORS = ("double", "triple", "quadruple", "doublé", "triplé")
# Words that may stand between such a word and the number.
FACTOR_GLUE = ("le", "la", "les", "de", "du", "des")
COMPARISON_ENDS = ("de", "d", "que")
# "two in three voters": a share, not two counts.
RATIO_WORDS = ("sur",)
# Plural words for thousands after an approximate number: "une vingtaine de milliers".
THOUSANDS = {"milliers": 3}
BOUND_JOINERS = ("et", ",", "mais", ", mais")

UNITS = {
    **dict.fromkeys(("viewers", "gens", "pers", "pers."), "person"),
    **dict.fromkeys(
        [
            "personne",
            "personnes",
            "spectateur",
            "spectateurs",
            "spectatrices",
            "auditeur",
            "auditeurs",
            "utilisateur",
            "utilisateurs",
            "participant",
            "participants",
            "participants",
            "abonné",
            "abonnés",
            "manifestant",
            "manifestants",
            "partisan",
            "partisans",
            "électeur",
            "électeurs",
            "électrices",
            "votant",
            "votants",
            "membre",
            "membres",
            "habitant",
            "habitants",
            "travailleur",
            "travailleurs",
            "visiteur",
            "visiteurs",
            "fans",
            "téléspectateurs",
            "supporters",
            "militants",
            "internautes",
            "followers",
            "citoyens",
            "adhérents",
            "fidèles",
            "streamers",
            "donateurs",
            "individus",
            "bénévoles",
            "créateurs",
            "créatrices",
            "joueurs",
            "joueuses",
            "sportifs",
            "cinéphiles",
            "streamers",
            "morts",
            "blessés",
        ],
        "person",
    ),
    **dict.fromkeys(
        ["tweet", "tweets", "publication", "publications", "message", "messages"], "post"
    ),
    **dict.fromkeys(["vue", "vues", "impressions"], "view"),
    **dict.fromkeys(["voix", "vote", "votes", "bulletins", "suffrages"], "vote"),
    "pour cent": "percent",
    **dict.fromkeys(["seconde", "secondes"], "second"),
    **dict.fromkeys(["minute", "minutes"], "minute"),
    **dict.fromkeys(["heure", "heures"], "hour"),
    **dict.fromkeys(["jour", "jours", "journée", "journées"], "day"),
    **dict.fromkeys(["semaine", "semaines"], "week"),
    "mois": "month",
    **dict.fromkeys(["an", "ans", "année", "années"], "year"),
    **dict.fromkeys(["euro", "euros"], "EUR"),
    "francs suisses": "CHF",
    # "francs" alone: Swiss, or CFA in West and Central Africa; unit= says which
    "francs": ("CHF", "XOF", "XAF"),
    "francs cfa": ("XOF", "XAF"),
    **dict.fromkeys(["dollar", "dollars"], "USD"),
    **dict.fromkeys(["livre", "livres"], "GBP"),
}
WEAK_UNITS = ("an", "vue", "livre", "livres")

STOP = (
    # function words that end in "s": never a noun a number counts
    "dans",
    "sous",
    "vers",
    "depuis",
    "après",
    "alors",
    "puis",
    "mais",
    "très",
    "jamais",
    "toujours",
    "lors",
    "tous",
    "toutes",
    "désormais",
    "apres",
    "chez",
    "sans",
    "parmi",
    "selon",
    "et",
    "ou",
    "de",
    "du",
    "des",
    "en",
    "à",
    "au",
    "aux",
    "avec",
    "par",
    "pour",
    "sans",
    "sur",
    "entre",
    "que",
    "qui",
    "dont",
    "comme",
    "quand",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "ce",
    "cette",
    "ces",
    "leur",
    "leurs",
    "est",
    "sont",
    "était",
    "ont",
    "a",
    "été",
    "sera",
    "se",
    "ne",
    "pas",
    "plus",
    "moins",
    "fois",
    "mille",
    "millions",
)

MONTHS = (
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "avr",
    "juil",
    "sept",
    "oct",
    "déc",
)
MONTHS_CASED = False
DATE_LINKS: tuple[str, ...] = ()
YEAR_WORDS = ("en", "depuis", "jusqu", "de", "du", "avant", "après", "dès", "l")
DETERMINERS = ("le", "la", "les", "son", "sa", "ses", "leur")

HEDGE_BLOCKERS: dict[str, list[str]] = {}
# "il ne reste plus que 30 places" is "only 30": a hedge after "ne" is not read (but
# "n'a pas moins de 30", whose hedge says the negation itself, is)
NEGATIONS = ("ne", "n", "pas")
HALVES = {"et demi": (1, 2), "et demie": (1, 2)}
SHARED = ("et", "ou")
# "three or four weeks", "5 or 6 hours": alternatives are a range, from one to the other.
ALTERNATIVES = ("ou",)
# "des centaines, voire des milliers": one vague size raised to another, refused.
ESCALATIONS = ("voire", "ou même")
# A verb before "from X to Y" that makes it a change, two figures: "subió de 5 a 6".
CHANGE_VERBS: tuple[str, ...] = (
    "passé",
    "passée",
    "passés",
    "passées",
    "grimpé",
    "augmenté",
    "baissé",
    "chuté",
    "bondi",
)
# Words besides "and" that join the parts of a duration: "2 horas con 29 minutos".
PART_LINKS: tuple[str, ...] = ()
# Nouns a number may count that do not end in "s" (see en.py).
NOUNS: tuple[str, ...] = ()
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
RATE_WORDS: tuple[str, ...] = ()
CLOCK_HOURS = True
# "Il est vingt-trois heures": the hour it is
CLOCK_WORDS = ("à", "a", "vers", "dès", "jusqu'à", "de", "est", "après", "avant")
DURATION_WORDS = (
    "pendant",
    "durant",
    "en",
    "après",
    "depuis",
    "de",
    "d'",
    "dernières",
    "derniers",
    "ces",
)
CURRENCY_SIGNS: dict[str, str | tuple[str, ...]] = {}
DECIMAL_ALSO: tuple[str, ...] = ()
# "from 200,000 to 500,000" tells a change, not a range.
CHANGE_WORDS: tuple[str, ...] = ()
HEDGE_NEEDS: dict[str, list[str]] = {}
MULTIPLES: dict[str, tuple[str, int]] = {}
COMMA_THREE_AMBIGUOUS = False
# Words for "about n": "une cinquantaine de streamers" is about 50.
APPROXIMATE: dict[str, int] = {
    "une dizaine": 10,
    "une quinzaine": 15,
    "une vingtaine": 20,
    "une trentaine": 30,
    "une quarantaine": 40,
    "une cinquantaine": 50,
    "une soixantaine": 60,
    "une centaine": 100,
    "un millier": 1000,
}
