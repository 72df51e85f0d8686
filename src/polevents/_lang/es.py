"""Spanish: a table of words, read by :mod:`polevents._reading`."""

DECIMAL = ","
GROUPS = (".", " ")
INDIAN_GROUPING = False

HEDGES = {
    # "se rozaron los 10,5 millones": came close to
    **dict.fromkeys(["roza", "rozan", "rozó", "rozaron", "rozando", "rozar"], "ALMOST"),
    **dict.fromkeys(["sin llegar a", "sin llegar al"], "UNDER"),
    **dict.fromkeys(["superó", "superaron", "supera", "superan"], "OVER"),
    "alrededor": "ABOUT",
    # "no llega al 1%": does not reach
    **dict.fromkeys(
        ["no llega a", "no llegó a", "no llegan a", "ni siquiera llega a", "no alcanza"],
        "UNDER",
    ),
    # more or less, without saying by how much: refused under every policy
    **dict.fromkeys(
        [
            "mucho más de",
            "muchos más de",
            "muchas más de",
            "muy por encima de",
            "bastante más de",
            "muchísimo más de",
            "muchísimos más de",
            "mucho menos de",
            "muchos menos de",
            "muchas menos de",
            "muy por debajo de",
            "bastante menos de",
        ],
        "UNSURE",
    ),
    "exactamente": "EXACT",
    "alrededor de": "ABOUT",
    "aproximadamente": "ABOUT",
    "unos": "ABOUT",
    "unas": "ABOUT",
    "en torno a": "ABOUT",
    "en torno a los": "ABOUT",
    "en torno a las": "ABOUT",
    "cerca de": "ABOUT",
    "casi": "ALMOST",
    "más de": "OVER",
    "mayores de": "OVER",
    "mayor de": "OVER",
    "mas de": "OVER",
    "poco más de": "OVER",
    "algo más de": "OVER",
    "superior a": "OVER",
    "al menos": "AT_LEAST",
    "por lo menos": "AT_LEAST",
    "como mínimo": "AT_LEAST",
    "como mínimo durante": "AT_LEAST",
    "no menos de": "AT_LEAST",
    "menos de": "UNDER",
    "poco menos de": "ALMOST",
    "inferior a": "UNDER",
    "hasta": "AT_MOST",
    "como máximo": "AT_MOST",
    "un máximo de": "AT_MOST",
    "no más de": "AT_MOST",
    # comparisons
    **dict.fromkeys(
        [
            "mayor que",
            "mayores que",
            "mayor a",
            "mayores a",
            "superiores a",
            "más grande que",
            *(f"más {w} que" for w in ("alto", "alta", "altos", "altas")),
        ],
        "OVER",
    ),
    **dict.fromkeys(
        [
            "menor que",
            "menores que",
            "menor a",
            "menores a",
            "menor de",
            "menores de",
            "inferiores a",
            "más pequeño que",
            *(f"más {w} que" for w in ("bajo", "baja", "bajos", "bajas")),
        ],
        "UNDER",
    ),
    **dict.fromkeys(
        [
            f"{w} {joint}"
            for w in ("mayor o igual", "mayores o iguales", "superior o igual", "igual o mayor")
            for joint in ("a", "que")
        ]
        + ["igual a o mayor que", "igual o superior a"],
        "AT_LEAST",
    ),
    **dict.fromkeys(
        [
            f"{w} {joint}"
            for w in ("menor o igual", "menores o iguales", "inferior o igual", "igual o menor")
            for joint in ("a", "que")
        ]
        + ["igual a o menor que", "igual o inferior a"],
        "AT_MOST",
    ),
    **dict.fromkeys(["igual a", "iguales a", "equivale a", "equivalente a"], "EQUAL"),
}
POST_HEDGES = {
    "aproximadamente": "ABOUT",
    ", aproximadamente": "ABOUT",
    "o más": "AT_LEAST",
    "o menos": "AT_MOST",
    "o mayor": "AT_LEAST",
    "o menor": "AT_MOST",
    "al menos": "AT_LEAST",
    "por lo menos": "AT_LEAST",
    "como mínimo": "AT_LEAST",
    "como máximo": "AT_MOST",
    "o igual": "OR_EQUAL",
    "o igual a": "OR_EQUAL",
}
HEDGE_ARTICLES = ("el", "la", "los", "las", "al", "del", "unos", "unas")

VAGUE = {
    "decenas": "dozens",
    "docenas": "dozens",
    "cientos": "hundreds",
    "centenares": "hundreds",
    "miles": "thousands",
    "decenas de miles": "tens of thousands",
    "cientos de miles": "hundreds of thousands",
    "centenares de miles": "hundreds of thousands",
    "millones": "millions",
}

NUMBERS = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintidós": 22,
    "veintitrés": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "veintiún": 21,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "cuatrocientas": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "seiscientas": 600,
    "setecientos": 700,
    "setecientas": 700,
    "ochocientos": 800,
    "ochocientas": 800,
    "novecientos": 900,
    "novecientas": 900,
}
HUNDREDS: dict[str, int] = {}
SCALES = {
    "mil": 3,
    "millón": 6,
    "millones": 6,
    "millardo": 9,
    "millardos": 9,
    "billón": 12,
    "billones": 12,
    "lakh": 5,
    "crore": 7,
}
DOZENS = ("docena", "docenas", "dz")
TEEN_TENS: tuple[int, ...] = ()
JOIN_AFTER = ("tens", "scale")  # "treinta y cinco", "dos mil y cuatro docenas"
INVERTED = False
COMPOUNDS = False
ELIDED: dict[str, int] = {}
SCALE_ALONE = True  # "mil personas"
HUNDRED_ALONE = True
HALF_SUFFIX = ""
HALF_WORDS: dict[str, int] = {}
DECIMAL_WORDS = ("coma", "con")  # "cuarenta y siete coma veintiocho", "siete con cincuenta"
ONE = ("un", "una")
FRACTIONS = {"medio": (1, 2), "media": (1, 2)}
FRACTION_FILLERS = ("de",)
AND = ("y",)

SUFFIXES = {"M": 6, "mill.": 6, "mil.": 3, "K": 3, "k": 3}
GLUED_ONLY = ("k",)
AMBIGUOUS_SUFFIXES: tuple[str, ...] = ()

CONNECTORS = ("de", "los", "las")
# "entre 5 a 10", a frequent slip for "y"
BETWEEN = {"entre": ("y", "a"), "desde": ("hasta", "a")}
RANGE_OPENER_AFTER: dict[str, tuple[str, ...]] = {}
RANGE_WORDS = ("a",)
# "five times higher": a number before "times" and a comparative is a ratio, not a figure.
TIMES = {
    "veces": (
        "más",
        "mayor",
        "mayores",
        "menor",
        "menos",
        "superior",
        "inferior",
        "el",
        "la",
        "lo",
        "los",
        "las",
    )
}
# After a hedge written after a figure, these make it the next figure's ("and more than").
# Before a number, these make the figure a multiple of it ("more than twice 200,000
# viewers"): the number is refused, never read as the figure. A TIMES word after a
# number ("three times the 200,000") does the same.
FACTORS = ("doble", "triple", "cuádruple", "duplica", "triplica", "duplicó", "triplicó")
# Words that may stand between such a word and the number.
FACTOR_GLUE = ("el", "la", "lo", "de", "del", "los", "las")
COMPARISON_ENDS = ("de", "que")
# "two in three voters": a share, not two counts.
RATIO_WORDS = ("de cada",)
# Plural words for thousands after an approximate number: "une vingtaine de milliers".
THOUSANDS = {"miles": 3, "millares": 3}
BOUND_JOINERS = ("y", ",", "pero", ", pero")

UNITS = {
    **dict.fromkeys(("por cien",), "percent"),
    **dict.fromkeys(("viewers", "followers", "streamers"), "person"),
    **dict.fromkeys(
        [
            "persona",
            "personas",
            "espectador",
            "espectadores",
            "oyente",
            "oyentes",
            "usuario",
            "usuarios",
            "usuarias",
            "asistente",
            "asistentes",
            "participante",
            "participantes",
            "seguidor",
            "seguidores",
            "manifestante",
            "manifestantes",
            "simpatizante",
            "simpatizantes",
            "votante",
            "votantes",
            "elector",
            "electores",
            "miembro",
            "miembros",
            "residente",
            "residentes",
            "trabajador",
            "trabajadores",
            "visitante",
            "visitantes",
            "fans",
            "suscriptor",
            "suscriptores",
            "televidentes",
            "telespectadores",
            "aficionados",
            "ciudadanos",
            "habitantes",
            "militantes",
            "afiliados",
            "personas",
            "detenidos",
            "heridos",
            "muertos",
            "fallecidos",
            "arrestados",
            "desaparecidos",
            "evacuados",
        ],
        "person",
    ),
    **dict.fromkeys(
        [
            "tuit",
            "tuits",
            "tweet",
            "tweets",
            "publicación",
            "publicaciones",
            "mensaje",
            "mensajes",
            "retuits",
            "menciones",
            "posts",
        ],
        "post",
    ),
    **dict.fromkeys(
        [
            "visualización",
            "visualizaciones",
            "vistas",
            "visitas",
            "reproducciones",
            "impresiones",
            "views",
        ],
        "view",
    ),
    **dict.fromkeys(["voto", "votos", "papeletas", "sufragios"], "vote"),
    "por ciento": "percent",
    "segundos": "second",
    **dict.fromkeys(["minuto", "minutos"], "minute"),
    **dict.fromkeys(["hora", "horas"], "hour"),
    **dict.fromkeys(["día", "días"], "day"),
    **dict.fromkeys(["semana", "semanas"], "week"),
    **dict.fromkeys(["mes", "meses"], "month"),
    **dict.fromkeys(["año", "años"], "year"),
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(["dólar", "dólares"], "USD"),
    **dict.fromkeys(["libra", "libras"], "GBP"),
    **dict.fromkeys(["peso", "pesos"], ("MXN", "ARS", "COP", "CLP", "UYU", "DOP", "CUP")),
    "reales": "BRL",
    **dict.fromkeys(["rupia", "rupias"], ("INR", "PKR", "LKR", "NPR")),
}
WEAK_UNITS: tuple[str, ...] = ()

STOP = (
    # function words that end in "s": never a noun a number counts
    "tras",
    "entonces",
    "después",
    "antes",
    "además",
    "ambos",
    "ambas",
    "todos",
    "todas",
    "nosotros",
    "ellos",
    "ellas",
    "pues",
    "y",
    "o",
    "e",
    "de",
    "del",
    "en",
    "a",
    "al",
    "con",
    "por",
    "para",
    "sin",
    "sobre",
    "entre",
    "que",
    "quien",
    "cuyo",
    "como",
    "cuando",
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "su",
    "sus",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "es",
    "son",
    "fue",
    "fueron",
    "ha",
    "han",
    "había",
    "habían",
    "será",
    "se",
    "no",
    "más",
    "menos",
    "veces",
    "mil",
    "millones",
)

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "sept",
    "oct",
    "nov",
    "dic",
)
MONTHS_CASED = False
DATE_LINKS = ("de",)
YEAR_WORDS = ("en", "de", "desde", "hasta", "del", "año", "durante", "antes", "tras", "el")
DETERMINERS = ("el", "la", "los", "las", "su", "sus")

HEDGE_BLOCKERS = {
    "hasta": [
        "llegaron",
        "llegó",
        "llega",
        "llegan",
        "llegar",
        "llegando",
        "alcanzó",
        "alcanzaron",
        "alcanzar",
        "subió",
        "subieron",
        "subir",
        "ascendió",
        "ascendieron",
        "creció",
        "crecieron",
    ],
}
# words shortly before a hedge that negate it: "ninguno superó el 18%"
NEGATIONS = ("ninguno", "ninguna", "nadie", "ni", "no", "nunca", "jamás")
HALVES = {"y medio": (1, 2), "y media": (1, 2)}
SHARED = ("y", "o")
# "three or four weeks", "5 or 6 hours": alternatives are a range, from one to the other.
ALTERNATIVES = ("o", "u")
# "des centaines, voire des milliers": one vague size raised to another, refused.
ESCALATIONS = ("o incluso", "e incluso", "o hasta")
# A verb before "from X to Y" that makes it a change, two figures: "subió de 5 a 6".
CHANGE_VERBS: tuple[str, ...] = (
    "subió",
    "subieron",
    "pasó",
    "pasaron",
    "creció",
    "crecieron",
    "bajó",
    "bajaron",
    "cayó",
    "cayeron",
    "aumentó",
    "aumentaron",
    "disminuyó",
    "saltó",
    "descendió",
    "ascendió",
)
# Words besides "and" that join the parts of a duration: "2 horas con 29 minutos".
PART_LINKS: tuple[str, ...] = ("con",)
# Nouns a number may count that do not end in "s" (see en.py).
NOUNS: tuple[str, ...] = ()
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
RATE_WORDS: tuple[str, ...] = ()
# "a las 18 horas" is a time of day; "durante 18 horas" a duration.
CLOCK_HOURS = True
CLOCK_WORDS = ("las", "la", "a", "hasta", "desde")
DURATION_WORDS = (
    "durante",
    "en",
    "tras",
    "de",
    "últimas",
    "últimos",
    "cada",
    "por",
    "unas",
    "unos",
    "primeras",
    "primeros",
)
# In Latin American papers "$" is the peso sign as often as the dollar sign.
CURRENCY_SIGNS = {"$": ("USD", "ARS", "MXN", "COP", "CLP", "UYU", "DOP", "CUP")}
# "3'4 millones": Spanish press sometimes writes the decimal mark as an apostrophe.
DECIMAL_ALSO = ("'",)
# "from 200,000 to 500,000" tells a change, not a range.
CHANGE_WORDS: tuple[str, ...] = ()
HEDGE_NEEDS: dict[str, list[str]] = {}
MULTIPLES: dict[str, tuple[str, int]] = {}
COMMA_THREE_AMBIGUOUS = True
# Words for "about n": "une cinquantaine de streamers" is about 50.
APPROXIMATE: dict[str, int] = {
    "una decena": 10,
    "una veintena": 20,
    "una treintena": 30,
    "una cuarentena": 40,
    "una cincuentena": 50,
    "un centenar": 100,
    "un millar": 1000,
}
