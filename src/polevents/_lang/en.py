"""English: a table of words, read by :mod:`polevents._reading`."""

DECIMAL = "."
GROUPS = (",", " ")
INDIAN_GROUPING = True  # 1,65,000 and 12,34,56,789

HEDGES = {
    "exactly": "EXACT",
    "precisely": "EXACT",
    "about": "ABOUT",
    "around": "ABOUT",
    "approximately": "ABOUT",
    "approx.": "ABOUT",
    "approx": "ABOUT",
    "roughly": "ABOUT",
    "some": "ABOUT",
    "circa": "ABOUT",
    "an estimated": "ABOUT",
    "more like": "ABOUT",
    # "the estimated 1.8 million" is a hedge; "organisers estimated 800,000" is a verb
    "estimated": "ABOUT",
    "~": "ABOUT",
    "almost": "ALMOST",
    "nearly": "ALMOST",
    "close to": "ALMOST",
    "just under": "ALMOST",
    "just below": "ALMOST",
    "short of": "ALMOST",
    "just short of": "ALMOST",
    "not quite": "ALMOST",
    "near": "ALMOST",
    "over": "OVER",
    "just over": "OVER",
    "more than": "OVER",
    "just more than": "OVER",
    "slightly more than": "OVER",
    "above": "OVER",
    "just above": "OVER",
    "in excess of": "OVER",
    "upwards of": "OVER",
    # "We've passed £8m", "crossed 1 lakh": the verbs of a milestone say more than
    "passed": "OVER",
    "crossed": "OVER",
    "crossing": "OVER",
    "upto": "AT_MOST",
    "within just": "AT_MOST",
    **dict.fromkeys(["get past", "got past", "gets past", "getting past"], "OVER"),
    "an approximate of": "ABOUT",
    "approximate": "ABOUT",
    "within only": "AT_MOST",
    # "NOT": no hedge, whatever follows. "over the past 24 hours" is during them
    **dict.fromkeys(["over the past", "over the last", "over the next", "over the coming"], "NOT"),
    "not even": "UNDER",
    **dict.fromkeys(
        [
            f"{verb} past"
            for verb in (
                "zooming",
                "zoomed",
                "sailed",
                "sailing",
                "surged",
                "surging",
                "soared",
                "soaring",
                "raced",
                "racing",
                "blew",
                "blowing",
                "edged",
                "edging",
                "moved",
            )
        ],
        "OVER",
    ),
    "breached": "OVER",
    "as high as": "AT_MOST",
    "as low as": "AT_LEAST",
    "up to the maximum of": "AT_MOST",
    "up to a maximum of": "AT_MOST",
    "at or above": "AT_LEAST",
    "at or over": "AT_LEAST",
    "at or below": "AT_MOST",
    "at or under": "AT_MOST",
    # "close to or slightly above €500,000": either side of the number, by a little
    "close to or slightly above": "ABOUT",
    "close to or slightly over": "ABOUT",
    "close to or slightly more than": "ABOUT",
    "close to or just above": "ABOUT",
    "close to or just over": "ABOUT",
    # either side, by an unsaid amount above
    "close to or above": "UNSURE",
    "close to or over": "UNSURE",
    "close to or more than": "UNSURE",
    "close to or exceeding": "UNSURE",
    "upward of": "OVER",
    "north of": "OVER",
    "south of": "UNDER",
    "shy of": "ALMOST",
    "just shy of": "ALMOST",
    "nigh on": "ALMOST",
    "getting on for": "ALMOST",
    "close on": "ALMOST",
    "in the region of": "ABOUT",
    "in the neighbourhood of": "ABOUT",
    "in the neighborhood of": "ABOUT",
    "on the order of": "ABOUT",
    "of the order of": "ABOUT",
    "more or less": "ABOUT",
    "give or take": "ABOUT",
    "at the most": "AT_MOST",
    "at the very most": "AT_MOST",
    "at the least": "AT_LEAST",
    "at the very least": "AT_LEAST",
    "at a minimum": "AT_LEAST",
    # verbs that say "more than": "surpassed 80 million votes"
    "exceeded": "OVER",
    "exceeding": "OVER",
    "exceeds": "OVER",
    "exceed": "OVER",
    "surpassed": "OVER",
    "surpassing": "OVER",
    "surpassing a whopping": "OVER",
    "surpasses": "OVER",
    "surpass": "OVER",
    "topped": "OVER",
    "topping": "OVER",
    "at least": "AT_LEAST",
    "no fewer than": "AT_LEAST",
    "no less than": "AT_LEAST",
    "not less than": "AT_LEAST",
    "not fewer than": "AT_LEAST",
    "a minimum of": "AT_LEAST",
    "under": "UNDER",
    "less than": "UNDER",
    "below": "UNDER",
    "fewer than": "UNDER",
    "up to": "AT_MOST",
    "at most": "AT_MOST",
    "as many as": "AT_MOST",
    "as much as": "AT_MOST",
    "a maximum of": "AT_MOST",
    "no more than": "AT_MOST",
    "not more than": "AT_MOST",
    "maximum": "AT_MOST",
    "a max of": "AT_MOST",
    "max": "AT_MOST",
    "within": "AT_MOST",
    # These say "more" (or "far from") without saying how much: refused under every policy.
    "well over": "UNSURE",
    "well above": "UNSURE",
    "far more than": "UNSURE",
    "way more than": "UNSURE",
    "much more than": "UNSURE",
    "many more than": "UNSURE",
    "no way near": "UNSURE",
    "nowhere near": "UNSURE",
    "nowhere close to": "UNSURE",
    **dict.fromkeys(
        [
            f"{much} {than}"
            for much in (
                "well",
                "far",
                "way",
                "much",
                "a lot",
                "significantly",
                "considerably",
                "substantially",
                "vastly",
            )
            for than in (
                "under",
                "below",
                "less than",
                "fewer than",
                "short of",
                "above",
                "over",
                "more than",
                "north of",
                "in excess of",
            )
        ]
        + ["the better part of", "many fewer than"],
        "UNSURE",
    ),
    # a negated hedge is the other bound: "not exceeding 100" is at most 100
    **dict.fromkeys(
        [
            "not exceeding",
            "not to exceed",
            "not exceed",
            "not over",
            "not above",
            "not greater than",
            "not higher than",
            "not larger than",
            "not bigger than",
        ],
        "AT_MOST",
    ),
    **dict.fromkeys(
        ["not below", "not under", "not lower than", "not smaller than"],
        "AT_LEAST",
    ),
    # comparisons, as in specifications and tables
    "greater than": "OVER",
    "larger than": "OVER",
    "bigger than": "OVER",
    "higher than": "OVER",
    "smaller than": "UNDER",
    "lower than": "UNDER",
    **dict.fromkeys(
        [
            f"{word} {joint}"
            for word in ("greater", "bigger", "higher", "larger", "more")
            for joint in ("than or equal to", "or equal than", "or equal to")
        ]
        + [
            "at least or equal to",
            "equal to or more than",
            "equal to or greater than",
            "equal or more than",
            "equal or greater than",
        ],
        "AT_LEAST",
    ),
    **dict.fromkeys(
        [
            f"{word} {joint}"
            for word in ("less", "smaller", "lower", "fewer")
            for joint in ("than or equal to", "or equal than", "or equal to")
        ]
        + [
            "at most or equal to",
            "equal to or less than",
            "equal to or fewer than",
            "equal to or smaller than",
            "equal or less than",
        ],
        "AT_MOST",
    ),
    # "equal to 20" is a plain 20 (and a quantity, also in words), unless a hedge after it
    # says otherwise ("equal to 20 or less")
    **dict.fromkeys(
        [
            "equal to",
            "equals",
            "equals to",
            "equaling",
            "equaling to",
            "equalling",
            "equalling to",
            "equaled",
            "equalled",
        ],
        "EQUAL",
    ),
}
# A word just before a hedge that turns it into something else: "added up to Rs 184
# crore" is a sum, not an upper bound.
HEDGE_BLOCKERS = {
    # "spread over 44 days", "held over three days": across, not more than
    "over": [
        "spread",
        "spreads",
        "held",
        "staged",
        "stretched",
        "stretching",
        "spanning",
        "spanned",
        "played",
        "split",
        "divided",
        "phased",
        "conducted",
        "hosted",
        "run",
    ],
    "up to": [
        "revised",
        "revise",
        "revising",
        "add",
        "added",
        "adding",
        "adds",
        "amount",
        "amounted",
        "amounts",
        "went",
        "go",
        "goes",
        "going",
        "gone",
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "climbed",
        "climb",
        "jumped",
        "jump",
        "increased",
        "increase",
        "swelled",
        "swell",
        "shot",
        "shoot",
        "grew",
        "grow",
    ],
}
# Hedges that are hedges only after one of these words.
HEDGE_NEEDS = {
    # "We've passed £8m", "the total had passed €220,000"; but "the bill passed 52
    # votes to 48" is a tally
    "passed": ["have", "has", "had", "ve", "just", "already", "now", "finally", "officially"],
    "estimated": [
        "the",
        "an",
        "draws",
        "drew",
        "draw",
        "attracted",
        "with",
        "of",
        "by",
        "at",
        "some",
    ],
}
# Words shortly before a hedge that negate it: "there can hardly have been less than".
NEGATIONS = ("hardly", "scarcely", "never", "not", "no", "none", "nobody", "neither")
# Hedges written after the figure: "10,000 people or more".
POST_HEDGES = {
    # "55 years and older", "18 years of age or older"
    "and older": "AT_LEAST",
    "or older": "AT_LEAST",
    "and up": "AT_LEAST",
    "of age or older": "AT_LEAST",
    "of age and older": "AT_LEAST",
    "of age or over": "AT_LEAST",
    ", approximately": "ABOUT",
    "or more": "AT_LEAST",
    "or so": "ABOUT",
    # "!": only at the end of a clause ("5,000 plus." but not "5,000 plus 300")
    "plus": "AT_LEAST!",
    "at most": "AT_MOST",
    "at least": "AT_LEAST",
    "or less": "AT_MOST",
    "and more": "AT_LEAST",
    "or more than": "AT_LEAST",
    "or greater": "AT_LEAST",
    "or greater than": "AT_LEAST",
    # "more than 5000 or equal to it": the hedge before takes in its end
    "or equal": "OR_EQUAL",
    "or equal to": "OR_EQUAL",
    "or equal to it": "OR_EQUAL",
    "or fewer": "AT_MOST",
    "and counting": "AT_LEAST",
    "and growing": "AT_LEAST",
    "and still growing": "AT_LEAST",
    "and is still growing": "AT_LEAST",
    "or slightly above it": "UNSURE",
    "or slightly more": "UNSURE",
    "or above": "UNSURE",
    "or below": "UNSURE",
}
# Words that may stand between a hedge and the number: "over a 700,000 people".
HEDGE_ARTICLES = ("a", "an")

VAGUE = {
    "dozens": "dozens",
    "scores": "dozens",
    "hundreds": "hundreds",
    "several hundred": "hundreds",
    "a few hundred": "hundreds",
    "thousands": "thousands",
    "several thousand": "thousands",
    "a few thousand": "thousands",
    "tens of thousands": "tens of thousands",
    "hundreds of thousands": "hundreds of thousands",
    "several hundred thousand": "hundreds of thousands",
    "millions": "millions",
    "several million": "millions",
    "a few million": "millions",
}

# Number words: small ones add, HUNDREDS multiply what stands before them,
# SCALES close a group ("two million five hundred thousand").
NUMBERS = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
HUNDREDS = {"hundred": 100}
# A dozen multiplies the number just before it: "three dozen", "a dozen".
DOZENS = ("dozen", "dozens", "doz", "dozs", "dz", "dzs")
# How number words combine (read by one grammar for every language, see _reading):
# tens that take a teen after them (French "soixante-dix"), where "and" may join
# number words, whether a unit comes before its tens ("zweiundvierzig"), whether
# number words are written together as one word, whether a scale word or the word
# for hundred is a number by itself ("mille", "cent"; not "million" in English).
TEEN_TENS: tuple[int, ...] = ()
JOIN_AFTER = ("hundred", "scale")  # "one hundred and six", "two thousand and two hundred"
INVERTED = False
COMPOUNDS = False
ELIDED: dict[str, int] = {}
SCALE_ALONE = False
HUNDRED_ALONE = False
# "nine point nought four": the decimal mark in words.
HALF_SUFFIX = ""
HALF_WORDS: dict[str, int] = {}
DECIMAL_WORDS = ("point",)
SCALES = {
    "thousand": 3,
    "million": 6,
    "millions": 6,
    "billion": 9,
    "billions": 9,
    "trillion": 12,
    "trillions": 12,
    "lakh": 5,
    "lakhs": 5,
    "lac": 5,
    "lacs": 5,
    "crore": 7,
    "crores": 7,
}
# "a million", "an hour": the word for one before a scale, a hundred or a unit.
ONE = ("a", "an")
# "half a million", "a quarter of a million": (numerator, denominator).
FRACTIONS = {
    "half": (1, 2),
    "a half": (1, 2),
    "a quarter": (1, 4),
    "quarter": (1, 4),
    "three quarters": (3, 4),
    "three-quarters": (3, 4),
}
FRACTION_FILLERS = ("a", "an", "of")
# "thirty-three and a half million", "two and a half hours"
HALVES = {"and a half": (1, 2)}
# Number words joined by "and": "one hundred and twenty", "five hours and 16 minutes".
AND = ("and",)
# "72 and 71 minutes", "72 or 71 minutes": the unit after the second serves both.
SHARED = ("and", "or")
# "three or four weeks", "5 or 6 hours": alternatives are a range, from one to the other.
ALTERNATIVES = ("or",)
# "des centaines, voire des milliers": one vague size raised to another, refused.
ESCALATIONS = ("or even", "if not")
# A verb before "from X to Y" that makes it a change, two figures: "subió de 5 a 6".
CHANGE_VERBS: tuple[str, ...] = ()
# Words besides "and" that join the parts of a duration: "2 horas con 29 minutos".
PART_LINKS: tuple[str, ...] = ()
# Nouns a number may count that do not end in "s": "60 paise per voter" counts paise,
# never rupees, even with unit="INR".
NOUNS = ("paise", "paisa", "pence")

# Abbreviated multipliers, case-sensitive; GLUED_ONLY ones must touch the digits.
SUFFIXES = {
    "k": 3,
    "K": 3,
    "M": 6,
    "m": 6,
    "mn": 6,
    "Mn": 6,
    "mln": 6,
    "b": 9,
    "B": 9,
    "bn": 9,
    "Bn": 9,
    "BN": 9,
    "bln": 9,
    "tln": 12,
    "trn": 12,
    "MM": 6,
    "cr": 7,
    "Cr": 7,
}
GLUED_ONLY = ("k", "m", "b", "B")
# "m" may mean metres or minutes too: read as million only beside a count or an amount.
AMBIGUOUS_SUFFIXES = ("m", "MM")  # "MM" is a million in finance, millimetres elsewhere

# Words between a multiplier or a vague word and the unit word.
CONNECTORS = ("of",)
# Words that open a range, with the words that may join its ends.
# "between $500,000 to $1.5 million" is a common slip for "and"
BETWEEN = {"between": ("and", "to"), "from": ("to", "through")}
# "from" opens a range only at the start of a clause or after these ("ranging from"):
# "rose from 200 to 500" tells a change.
RANGE_OPENER_AFTER = {
    "from": ("range", "ranges", "ranged", "ranging", "varies", "vary", "varied", "at")
}
RANGE_WORDS = ("to", "through")
# "more than 100 and less than 300": two bounds of one figure.
# "five times higher": a number before "times" and a comparative is a ratio, not a figure.
TIMES = {
    "times": (
        "higher",
        "more",
        "larger",
        "bigger",
        "greater",
        "lower",
        "less",
        "fewer",
        "smaller",
        "as",
        "the",
        "over",
    )
}
# After a hedge written after a figure, these make it the next figure's ("and more than").
# Before a number, these make the figure a multiple of it ("more than twice 200,000
# viewers"): the number is refused, never read as the figure. A TIMES word after a
# number ("three times the 200,000") does the same.
FACTORS = ("twice", "thrice", "double", "triple", "treble", "quadruple", "doubled", "tripled")
# Words that may stand between such a word and the number.
FACTOR_GLUE = ("the", "of")
COMPARISON_ENDS = ("than",)
# "two in three voters": a share, not two counts.
RATIO_WORDS = ("in", "out of")
# Plural words for thousands after an approximate number: "une vingtaine de milliers".
THOUSANDS = {"thousands": 3}
BOUND_JOINERS = ("and", ",", ", and", "but", ", but")

UNITS = {
    **dict.fromkeys(
        (
            "people person persons listener listeners viewer viewers user users attendee "
            "attendees participant participants supporter supporters protester protesters "
            "protestor protestors demonstrator demonstrators spectator spectators follower "
            "followers subscriber subscribers fan fans voter voters members resident "
            "residents worker workers visitor visitors individuals citizens rallygoers "
            "marchers onlookers pilgrims devotees delegates guests students fans, "
            "watchers electors mourners candidates activists donors beneficiaries officers "
            "policemen soldiers troops journalists women men children kids officials "
            "strikers netizens contributors volunteers teachers farmers refugees migrants "
            "leaders police personnel staff"
        )
        .replace(",", "")
        .split(),
        "person",
    ),
    **dict.fromkeys(
        ["tweet", "tweets", "post", "posts", "retweet", "retweets", "message", "messages"], "post"
    ),
    **dict.fromkeys(["view", "views", "impression", "impressions"], "view"),
    **dict.fromkeys(["vote", "votes", "ballot", "ballots"], "vote"),
    "percent": "percent",
    "per cent": "percent",
    "pc": "percent",
    "pct": "percent",
    "percentage": "percent",
    **dict.fromkeys(["second", "seconds", "sec", "secs"], "second"),
    **dict.fromkeys(["minute", "minutes", "min", "mins"], "minute"),
    **dict.fromkeys(["hour", "hours", "hr", "hrs", "h"], "hour"),
    **dict.fromkeys(["day", "days"], "day"),
    **dict.fromkeys(["week", "weeks"], "week"),
    **dict.fromkeys(["month", "months"], "month"),
    **dict.fromkeys(["year", "years", "yr", "yrs"], "year"),
    **dict.fromkeys(["dollar", "dollars"], "USD"),
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(["pound", "pounds"], "GBP"),
    **dict.fromkeys(["rupee", "rupees"], ("INR", "PKR", "LKR", "NPR")),
    **dict.fromkeys(["peso", "pesos"], ("MXN", "ARS", "COP", "CLP", "PHP", "UYU", "DOP", "CUP")),
    "yen": "JPY",
    "yuan": "CNY",
    "reais": "BRL",
    "naira": "NGN",
    "rand": "ZAR",
    "taka": "BDT",
}
# A unit word that is also a common word: only a unit right after the number.
WEAK_UNITS = ("percentage", "pc", "min", "sec", "hr", "yr", "h")
# Units that are a number of another: "almost a century" is about 100 years.
MULTIPLES = {
    "century": ("year", 100),
    "centuries": ("year", 100),
    "decade": ("year", 10),
    "decades": ("year", 10),
    "fortnight": ("day", 14),
    "fortnights": ("day", 14),
}
# In Spanish, "1,000 millones" is a thousand million in Mexico and one million in
# Spain; languages with this flag refuse a comma before exactly three digits.
COMMA_THREE_AMBIGUOUS = False

# Words that may not stand between a number and its unit word.
STOP = (
    # function words that end in "s": never a noun a number counts
    "thus",
    "minus",
    "perhaps",
    "always",
    "towards",
    "besides",
    "whereas",
    "hers",
    "ours",
    "yours",
    "theirs",
    "afterwards",
    "sometimes",
    "across",
    "unless",
    "nevertheless",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "by",
    "with",
    "without",
    "into",
    "onto",
    "about",
    "over",
    "under",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "while",
    "per",
    "each",
    "every",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "their",
    "his",
    "her",
    "its",
    "our",
    "my",
    "your",
    "them",
    "they",
    "he",
    "she",
    "it",
    "we",
    "you",
    "i",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "did",
    "do",
    "does",
    "not",
    "no",
    "out",
    "up",
    "down",
    "off",
    "than",
    "then",
    "there",
    "here",
    "also",
    "only",
    "just",
    "times",
    "last",
    "next",
    "previous",
    "same",
    "million",
    "billion",
    "thousand",
    "hundred",
    "lakh",
    "crore",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
MONTHS_CASED = True
# Words between a day number and its month: "25th of June".
DATE_LINKS = ("of",)
# Words after which a four-digit number is a year: "in 1981", "since 2012".
YEAR_WORDS = (
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "of",
    "during",
    "before",
    "after",
    "the",
    "in",
    "early",
    "late",
    "mid",
    "around",
)
# Words that make the next number a label: "the 100m", "a 5k run".
# "the 100m", "top 3": a number after these and with no unit is a name or a rank
DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "our", "top")
WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
)
# After a unit, these make a rate, not a figure: "327,452 tweets per minute".
RATE_WORDS = ("per",)
# Clock times written with an hour word ("a las 18 horas") are not durations;
# English writes clock times with am/pm instead.
CLOCK_HOURS = False
CLOCK_WORDS: tuple[str, ...] = ()
DURATION_WORDS: tuple[str, ...] = ()
# Currency signs that mean something else in this language's press.
CURRENCY_SIGNS: dict[str, str | tuple[str, ...]] = {}
# Words after which a number is a clock time when glued to "h" ("à 19h").
DECIMAL_ALSO: tuple[str, ...] = ()
# "from 200,000 to 500,000" tells a change, not a range.
CHANGE_WORDS: tuple[str, ...] = ("from",)
# Words for "about n": "une cinquantaine de streamers" is about 50.
APPROXIMATE: dict[str, int] = {}
