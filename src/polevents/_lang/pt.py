"""Portuguese: a table of words, read by :mod:`polevents._reading`."""

DECIMAL = ","
GROUPS = (".", " ")
INDIAN_GROUPING = False

HEDGES = {
    # "Twitch ultrapassa US$ 1 bilhão", "ultrapassando meio milhão de espectadores"
    **dict.fromkeys(
        ["ultrapassa", "ultrapassam", "ultrapassou", "ultrapassaram", "ultrapassando"], "OVER"
    ),
    **dict.fromkeys(["beira", "beiram", "beirou", "beirando"], "ALMOST"),
    "cerca": "ABOUT",
    # "não chega nem a 1%": does not even reach
    **dict.fromkeys(
        ["não chega a", "não chega nem a", "nem chega a", "não chegou a", "não chegam a"],
        "UNDER",
    ),
    **dict.fromkeys(["igual ou superior a", "iguais ou superiores a"], "AT_LEAST"),
    **dict.fromkeys(["igual ou inferior a", "iguais ou inferiores a"], "AT_MOST"),
    # more or less, without saying by how much: refused under every policy
    **dict.fromkeys(
        [
            "muito mais de",
            "muito mais que",
            "bem mais de",
            "bem mais que",
            "bem acima de",
            "muito acima de",
            "muito menos de",
            "bem menos de",
            "bem abaixo de",
            "muito abaixo de",
        ],
        "UNSURE",
    ),
    "exatamente": "EXACT",
    "exactamente": "EXACT",
    "cerca de": "ABOUT",
    "aproximadamente": "ABOUT",
    "por volta de": "ABOUT",
    "em torno de": "ABOUT",
    "uns": "ABOUT",
    "umas": "ABOUT",
    "perto de": "ALMOST",
    "quase": "ALMOST",
    "mais de": "OVER",
    "pouco mais de": "OVER",
    "acima de": "OVER",
    "superior a": "OVER",
    "pelo menos": "AT_LEAST",
    "ao menos": "AT_LEAST",
    "no mínimo": "AT_LEAST",
    "menos de": "UNDER",
    "pouco menos de": "ALMOST",
    "abaixo de": "UNDER",
    "inferior a": "UNDER",
    "até": "AT_MOST",
    "no máximo": "AT_MOST",
    **dict.fromkeys(["não menos de", "não menos que", "nao menos de"], "AT_LEAST"),
    **dict.fromkeys(["não mais de", "não mais que", "nao mais de"], "AT_MOST"),
    # comparisons
    **dict.fromkeys(
        [
            "maior que",
            "maiores que",
            "maior de",
            "maiores de",
            "mais que",
            "superiores a",
            *(f"mais {w} que" for w in ("alto", "alta", "altos", "altas")),
        ],
        "OVER",
    ),
    **dict.fromkeys(
        [
            "menor que",
            "menores que",
            "menor de",
            "menores de",
            "inferiores a",
            *(f"mais {w} que" for w in ("baixo", "baixa", "baixos", "baixas")),
        ],
        "UNDER",
    ),
    **dict.fromkeys(
        [
            f"{w} {joint}"
            for w in ("maior ou igual", "maiores ou iguais", "superior ou igual", "igual ou maior")
            for joint in ("a", "que")
        ]
        + ["igual a ou maior que", "igual ou superior a"],
        "AT_LEAST",
    ),
    **dict.fromkeys(
        [
            f"{w} {joint}"
            for w in ("menor ou igual", "menores ou iguais", "inferior ou igual", "igual ou menor")
            for joint in ("a", "que")
        ]
        + ["igual a ou menor que", "igual ou inferior a"],
        "AT_MOST",
    ),
    **dict.fromkeys(["igual a", "iguais a", "equivale a", "equivalente a"], "EQUAL"),
}
POST_HEDGES = {
    "aproximadamente": "ABOUT",
    ", aproximadamente": "ABOUT",
    "ou mais": "AT_LEAST!",
    "ou menos": "AT_MOST!",
    "ou maior": "AT_LEAST",
    "ou menor": "AT_MOST",
    "pelo menos": "AT_LEAST",
    "ao menos": "AT_LEAST",
    "no mínimo": "AT_LEAST",
    "como mínimo": "AT_LEAST",
    "no máximo": "AT_MOST",
    "como máximo": "AT_MOST",
    "ou igual": "OR_EQUAL",
    "ou igual a": "OR_EQUAL",
}
HEDGE_ARTICLES = ("o", "a", "os", "as", "ao", "aos", "do", "da", "dos", "das")

VAGUE = {
    "dezenas": "dozens",
    "centenas": "hundreds",
    "milhares": "thousands",
    "dezenas de milhares": "tens of thousands",
    "centenas de milhares": "hundreds of thousands",
    "milhões": "millions",
}

NUMBERS = {
    "zero": 0,
    "hum": 1,  # the old spelling, still written on cheques: "hum mil e três"
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezasseis": 16,
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "sessenta": 60,
    "setenta": 70,
    "oitenta": 80,
    "noventa": 90,
    "cem": 100,
    "cento": 100,
    "duzentos": 200,
    "duzentas": 200,
    "trezentos": 300,
    "trezentas": 300,
    "quatrocentos": 400,
    "quatrocentas": 400,
    "quinhentos": 500,
    "quinhentas": 500,
    "seiscentos": 600,
    "seiscentas": 600,
    "setecentos": 700,
    "setecentas": 700,
    "oitocentos": 800,
    "oitocentas": 800,
    "novecentos": 900,
    "novecentas": 900,
}
HUNDREDS: dict[str, int] = {}
SCALES = {
    "mil": 3,
    "milhão": 6,
    "milhao": 6,
    "milhões": 6,
    "milhoes": 6,
    "bilhão": 9,
    "bilhao": 9,
    "bilhões": 9,
    "bilhoes": 9,
    # Brazil counts in thousands (bilhão 10⁹, trilhão 10¹²); Portugal in millions
    # (bilião 10¹²): the spellings differ, so each reads as its own country writes it.
    "trilhão": 12,
    "trilhões": 12,
    "bilião": 12,
    "biliões": 12,
    "lakh": 5,
    "crore": 7,
}
DOZENS = ("dúzia", "dúzias")
TEEN_TENS: tuple[int, ...] = ()
JOIN_AFTER = ("hundred", "tens", "scale")  # "trezentos e quarenta e sete", "mil e cem"
INVERTED = False
COMPOUNDS = False
ELIDED: dict[str, int] = {}
SCALE_ALONE = True
HUNDRED_ALONE = True
HALF_SUFFIX = ""
HALF_WORDS: dict[str, int] = {}
DECIMAL_WORDS = ("vírgula",)
ONE = ("um", "uma")
FRACTIONS = {"meio": (1, 2), "meia": (1, 2)}
FRACTION_FILLERS = ("de",)
AND = ("e",)

SUFFIXES = {"mi": 6, "bi": 9, "mil.": 3, "M": 6, "K": 3, "k": 3}
GLUED_ONLY = ("k",)
AMBIGUOUS_SUFFIXES: tuple[str, ...] = ()

CONNECTORS = ("de",)
# "entre 5 a 10", a frequent slip for "e"
BETWEEN = {"entre": ("e", "a"), "desde": ("até", "ate", "ateh", "a")}
RANGE_OPENER_AFTER: dict[str, tuple[str, ...]] = {}
RANGE_WORDS = ("a",)
# "five times higher": a number before "times" and a comparative is a ratio, not a figure.
TIMES = {
    "vezes": (
        "mais",
        "maior",
        "maiores",
        "menor",
        "menos",
        "superior",
        "inferior",
        "o",
        "a",
        "os",
        "as",
    )
}
# After a hedge written after a figure, these make it the next figure's ("and more than").
# Before a number, these make the figure a multiple of it ("more than twice 200,000
# viewers"): the number is refused, never read as the figure. A TIMES word after a
# number ("three times the 200,000") does the same.
FACTORS = ("dobro", "triplo", "quádruplo", "dobra", "triplica", "dobrou", "triplicou")
# Words that may stand between such a word and the number.
FACTOR_GLUE = ("o", "a", "de", "do", "da", "dos", "das")
COMPARISON_ENDS = ("de", "que")
# "two in three voters": a share, not two counts.
RATIO_WORDS = ("em cada", "de cada")
# Plural words for thousands after an approximate number: "une vingtaine de milliers".
THOUSANDS = {"milhares": 3}
BOUND_JOINERS = ("e", ",", "mas", ", mas")

UNITS = {
    **dict.fromkeys(("viewers", "followers", "streamers"), "person"),
    **dict.fromkeys(
        [
            "pessoa",
            "pessoas",
            "espectador",
            "espectadores",
            "ouvinte",
            "ouvintes",
            "usuário",
            "usuários",
            "usuarios",
            "utilizadores",
            "participante",
            "participantes",
            "seguidor",
            "seguidores",
            "manifestante",
            "manifestantes",
            "apoiador",
            "apoiadores",
            "eleitor",
            "eleitores",
            "votante",
            "votantes",
            "membro",
            "membros",
            "morador",
            "moradores",
            "trabalhador",
            "trabalhadores",
            "visitante",
            "visitantes",
            "fãs",
            "fas",
            "inscritos",
            "assinantes",
            "telespectadores",
            "torcedores",
            "cidadãos",
            "habitantes",
            "militantes",
            "internautas",
            "autores",
            "faltosos",
            "abstencionistas",
            "mortos",
            "feridos",
            "presos",
            "detidos",
        ],
        "person",
    ),
    **dict.fromkeys(
        [
            "post",
            "posts",
            "publicação",
            "publicações",
            "mensagem",
            "mensagens",
            "tuíte",
            "tuítes",
            "tweets",
            "postagens",
            "citações",
            "menções",
            "retuítes",
            "retweets",
        ],
        "post",
    ),
    **dict.fromkeys(
        ["visualização", "visualizações", "views", "impressões", "reproduções", "reproduçoes"],
        "view",
    ),
    **dict.fromkeys(["voto", "votos"], "vote"),
    "por cento": "percent",
    "segundos": "second",
    **dict.fromkeys(["minuto", "minutos"], "minute"),
    **dict.fromkeys(["hora", "horas"], "hour"),
    **dict.fromkeys(["dia", "dias"], "day"),
    **dict.fromkeys(["semana", "semanas"], "week"),
    **dict.fromkeys(["mês", "meses"], "month"),
    **dict.fromkeys(["ano", "anos"], "year"),
    **dict.fromkeys(["real", "reais"], "BRL"),
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(["dólar", "dólares"], "USD"),
}
WEAK_UNITS = ("real",)

STOP = (
    # function words that end in "s": never a noun a number counts
    "após",
    "depois",
    "antes",
    "pelos",
    "pelas",
    "ambos",
    "todos",
    "todas",
    "pois",
    "e",
    "ou",
    "de",
    "do",
    "da",
    "dos",
    "das",
    "em",
    "no",
    "na",
    "nos",
    "nas",
    "a",
    "ao",
    "aos",
    "à",
    "às",
    "com",
    "por",
    "pelo",
    "pela",
    "para",
    "sem",
    "sobre",
    "entre",
    "que",
    "quem",
    "como",
    "quando",
    "o",
    "os",
    "as",
    "um",
    "uma",
    "uns",
    "umas",
    "seu",
    "sua",
    "seus",
    "suas",
    "este",
    "esta",
    "esse",
    "essa",
    "é",
    "são",
    "foi",
    "foram",
    "há",
    "tem",
    "será",
    "se",
    "não",
    "mais",
    "menos",
    "vezes",
    "mil",
    "milhões",
)

MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "marco",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "jan",
    "fev",
    "mar",
    "abr",
    "mai",
    "jun",
    "jul",
    "ago",
    "set",
    "out",
    "nov",
    "dez",
)
MONTHS_CASED = False
DATE_LINKS = ("de",)
YEAR_WORDS = ("em", "de", "desde", "até", "do", "ano", "durante", "antes", "após", "o")
DETERMINERS = ("o", "a", "os", "as", "seu", "sua")

HEDGE_BLOCKERS = {
    "até": ["chegou", "chegaram", "chega", "chegar", "alcançou", "alcançaram", "subiu", "subiram"],
}
# words shortly before a hedge that negate it: "ninguno superó el 18%"
NEGATIONS = ("nenhum", "nenhuma", "ninguém", "nem", "não", "nunca", "jamais")
HALVES = {"e meio": (1, 2), "e meia": (1, 2)}
SHARED = ("e", "ou")
# "three or four weeks", "5 or 6 hours": alternatives are a range, from one to the other.
ALTERNATIVES = ("ou",)
# "des centaines, voire des milliers": one vague size raised to another, refused.
ESCALATIONS = ("ou até", "ou mesmo")
# A verb before "from X to Y" that makes it a change, two figures: "subió de 5 a 6".
CHANGE_VERBS: tuple[str, ...] = (
    "subiu",
    "subiram",
    "passou",
    "passaram",
    "cresceu",
    "caiu",
    "aumentou",
    "diminuiu",
    "saltou",
)
# Words besides "and" that join the parts of a duration: "2 horas con 29 minutos".
PART_LINKS: tuple[str, ...] = ()
# Nouns a number may count that do not end in "s" (see en.py).
NOUNS: tuple[str, ...] = ()
WEEKDAYS = ("segunda", "terça", "quarta", "quinta", "sexta", "feira", "sábado", "domingo")
RATE_WORDS: tuple[str, ...] = ()
CLOCK_HOURS = True
CLOCK_WORDS = ("às", "as", "das", "até", "desde", "a", "pelas")
DURATION_WORDS = (
    "durante",
    "em",
    "após",
    "de",
    "últimas",
    "últimos",
    "há",
    "por",
    "cada",
    "primeiras",
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
    "uma dezena": 10,
    "uma vintena": 20,
    "uma centena": 100,
    "um milhar": 1000,
}
