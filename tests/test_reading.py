"""The number reader: languages, money, percent, durations, and every refusal rule.

Expected intervals are worked out here from the table in DESIGN.md with exact
fractions, never taken from the reader's own output.
"""

from __future__ import annotations

import contextlib
import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polevents import Figure, ParseError, Qualifier, ReadingPolicy, ValidationError, extract
from polevents.figures import MAX_TEXT, Mentions, Skipped

TENTH = Fraction(1, 10)


def news(qualifier: str, x: Fraction, step: Fraction | None = None):
    """(low, high, low_inclusive, high_inclusive) under NEWS, from DESIGN.md's table."""
    table = {
        "exact": (x, x, True, True),
        "about": (x * (1 - TENTH), x * (1 + TENTH), True, True),
        "almost": (x * (1 - TENTH), x, True, False),
        "over": (x, x * (1 + TENTH), False, True),
        "at least": (x, x * (1 + TENTH), True, True),
        "under": (x * (1 - TENTH), x, True, False),
        "at most": (x * (1 - TENTH), x, True, True),
    }
    if qualifier == "plain":
        assert step is not None
        return max(x - step / 2, Fraction(0)), x + step / 2, True, True
    return table[qualifier]


def holds(figure: Figure, expected) -> bool:
    """The figure's float bounds hold the exact interval, and are at most a hair wider."""
    low, high, low_inc, high_inc = expected
    f_low, f_high = figure.bounds
    if (figure.low_inclusive, figure.high_inclusive) != (low_inc, high_inc):
        return False
    hair = Fraction(1, 10**9) * (abs(high) + 1)
    return (
        low - hair <= Fraction(f_low) <= low  # type: ignore[arg-type]
        and high <= Fraction(f_high) <= high + hair  # type: ignore[arg-type]
    )


# --- languages ----------------------------------------------------------------------------

LANG_CASES = [
    ("es", "660.000 espectadores", "person", Fraction(660_000), "plain", Fraction(10_000)),
    ("es", "2,47 millones de personas", "person", Fraction(2_470_000), "plain", Fraction(10_000)),
    ("es", "más de 3,7 millones de espectadores", "person", Fraction(3_700_000), "over", None),
    ("es", "cerca de 5.000 manifestantes", "person", Fraction(5_000), "about", None),
    (
        "es",
        "casi tres millones y medio de espectadores",
        "person",
        Fraction(3_500_000),
        "almost",
        None,
    ),
    ("es", "el 36,92% de participación", "percent", Fraction("36.92"), "plain", Fraction("0.01")),
    ("pt", "3,597 milhões de pessoas", "person", Fraction(3_597_000), "plain", Fraction(1_000)),
    ("pt", "mais de 8 milhões de pessoas", "person", Fraction(8_000_000), "over", None),
    ("pt", "quase 10 milhões de horas", "hour", Fraction(10_000_000), "almost", None),
    ("pt", "135 mil manifestantes", "person", Fraction(135_000), "plain", Fraction(1_000)),
    ("pt", "9 milhões e 600 mil horas", "hour", Fraction(9_600_000), "plain", Fraction(100_000)),
    ("fr", "660 000 spectateurs", "person", Fraction(660_000), "plain", Fraction(10_000)),
    ("fr", "plus de 2,5 millions d'électeurs", "person", Fraction(2_500_000), "over", None),
    ("fr", "près de 500 000 personnes", "person", Fraction(500_000), "almost", None),
    ("fr", "environ 20 heures de live", "hour", Fraction(20), "about", None),
    ("fr", "plus de 2h30", "minute", Fraction(150), "over", None),
    ("fr", "54,7 %", "percent", Fraction("54.7"), "plain", Fraction("0.1")),
    ("de", "über 2,5 Millionen Zuschauer", "person", Fraction(2_500_000), "over", None),
    ("de", "rund 10.000 Menschen", "person", Fraction(10_000), "about", None),
    ("de", "fast 1,2 Mio. Aufrufe", "view", Fraction(1_200_000), "almost", None),
    ("de", "mindestens 500 Teilnehmer", "person", Fraction(500), "at least", None),
    ("it", "oltre 10.000 persone", "person", Fraction(10_000), "over", None),
    ("it", "circa 2 milioni di spettatori", "person", Fraction(2_000_000), "about", None),
    ("it", "quasi 300 mila voti", "vote", Fraction(300_000), "almost", None),
]


@pytest.mark.parametrize(("lang", "text", "unit", "x", "qualifier", "step"), LANG_CASES)
def test_languages(lang, text, unit, x, qualifier, step):
    figure = Figure.parse(text, lang=lang)
    assert figure.unit == unit
    assert figure.qualifier.value == qualifier
    assert figure.lang == lang
    assert holds(figure, news(qualifier, x, step))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a las 18.00 horas", "es"),
        ("hasta las 14.00 horas", "es"),
        ("el pasado martes 25 de junio", "es"),
        ("à 17 heures", "fr"),
        ("de 8 à 19h", "fr"),
        ("vers 16h30", "fr"),
        ("une heure du matin", "fr"),
        ("le 17 juin 2016", "fr"),
        ("por volta das 16 horas", "pt"),
        ("até as 20h", "pt"),
        ("no último domingo, 30", "pt"),
        ("am 3. Juni", "de"),
        ("um 20 Uhr", "de"),
        ("il 25 aprile", "it"),
    ],
)
def test_times_and_dates_are_not_figures_in_other_languages(text, lang):
    found = extract(text, lang=lang, unit="person")
    assert list(found) == []


def test_english_conventions_do_not_read_other_languages():
    # lang settles the separators: the same digits, three readings
    assert Figure.parse("1.500 personas", lang="es").nominal_value == 1_500
    assert Figure.parse("1,5 mil personas", lang="es").nominal_value == 1_500
    assert Figure.parse("1,500 people").nominal_value == 1_500
    with pytest.raises(ParseError, match="could be a whole number"):
        Figure.parse("1.500 people")


def test_lang_must_be_known():
    with pytest.raises(ValidationError) as info:
        Figure.parse("5 people", lang="xx")
    assert info.value.field == "lang"
    with pytest.raises(ValidationError):
        extract("5 people", lang="EN")


def test_reread_keeps_the_language():
    figure = Figure.parse("más de 2,4 millones de espectadores", lang="es")
    literal = figure.reread(ReadingPolicy.LITERAL)
    assert literal.lang == "es"
    assert literal.bounds == (2_400_000, None)
    assert literal.reread("news") == figure


# --- money, percent, durations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "kwargs", "x", "step"),
    [
        ("$1.2 billion", "USD", {}, Fraction(1_200_000_000), Fraction(100_000_000)),
        ("US$160,000", "USD", {}, Fraction(160_000), Fraction(10_000)),
        ("€3m", "EUR", {}, Fraction(3_000_000), Fraction(1_000_000)),
        ("£5.3m in donations", "GBP", {}, Fraction(5_300_000), Fraction(100_000)),
        ("PKR 500 million", "PKR", {}, Fraction(500_000_000), Fraction(100_000_000)),
        ("500 million PKR", "PKR", {}, Fraction(500_000_000), Fraction(100_000_000)),
        ("Rs 2 crore", "INR", {"unit": "INR"}, Fraction(20_000_000), Fraction(10_000_000)),
        ("Rs 2,500 each", "PKR", {"unit": "PKR"}, Fraction(2_500), Fraction(100)),
        ("₹1,65,000", "INR", {}, Fraction(165_000), Fraction(1_000)),
        ("R$ 2,5 milhões", "BRL", {"lang": "pt"}, Fraction(2_500_000), Fraction(100_000)),
        ("10 000 000 d'euros", "EUR", {"lang": "fr"}, Fraction(10_000_000), Fraction(10_000_000)),
        ("2,5 Mio. Euro", "EUR", {"lang": "de"}, Fraction(2_500_000), Fraction(100_000)),
        ("J$8.9 million", "JMD", {}, Fraction(8_900_000), Fraction(100_000)),
        ("$1.25", "USD", {}, Fraction("1.25"), Fraction("0.01")),
    ],
)
def test_money(text, unit, kwargs, x, step):
    figure = Figure.parse(text, **kwargs)
    assert figure.unit == unit
    assert figure.dimension == f"[currency_{unit}]"
    assert holds(figure, news("plain", x, step))


def test_currencies_never_convert():
    dollars, rupees = Figure.parse("$5 million"), Figure.parse("Rs 5 million", unit="PKR")
    with pytest.raises(TypeError):
        dollars.exceeds(rupees)


@pytest.mark.parametrize(
    ("text", "x", "step", "qualifier"),
    [
        ("52.3%", Fraction("52.3"), Fraction("0.1"), "plain"),
        ("52 percent", Fraction(52), Fraction(1), "plain"),
        ("52 per cent of voters", Fraction(52), Fraction(1), "plain"),
        ("nearly 50%", Fraction(50), None, "almost"),
    ],
)
def test_percent(text, x, step, qualifier):
    figure = Figure.parse(text)
    assert figure.unit == "percent"
    assert holds(figure, news(qualifier, x, step))


@pytest.mark.parametrize(
    ("text", "unit", "x", "step"),
    [
        ("4 hr 44 min", "minute", Fraction(284), Fraction(1)),
        ("five hours and 16 minutes", "minute", Fraction(316), Fraction(1)),
        ("5h16", "minute", Fraction(316), Fraction(1)),
        ("2 hours and 40 minutes", "minute", Fraction(160), Fraction(10)),
        ("3 minutos e 57 segundos", "second", Fraction(237), Fraction(1)),
        ("half an hour", "minute", Fraction(30), Fraction(10)),
        ("a 92-minute speech", "minute", Fraction(92), Fraction(1)),
        ("9.58 seconds", "second", Fraction("9.58"), Fraction("0.01")),
    ],
)
def test_durations(text, unit, x, step):
    lang = "pt" if "minutos" in text else "en"
    figure = Figure.parse(text, lang=lang)
    assert figure.unit == unit
    assert holds(figure, news("plain", x, step))


def test_describing_words_between_number_and_unit():
    for text, x in [
        ("628K concurrent viewers", 628_000),
        ("1.3 million simultaneous listeners", 1_300_000),
        ("25 million X users", 25_000_000),
        ("2,468,668 peak concurrent viewers", 2_468_668),
        ("2.3 million A25-54 viewers", 2_300_000),
    ]:
        figure = Figure.parse(text)
        assert (figure.unit, figure.nominal_value, figure.text) == ("person", x, text)
    # stop words end the search: the verb phrase is not a describing phrase
    assert extract("54.8 million had cast their votes") == []
    # more than three describing words: not a unit word of this number
    assert extract("5 very big old red buses of fans") == []


def test_bare_numbers_are_rounded_at_their_last_significant_digit():
    assert Figure.parse("700,000 people").bounds == (650_000, 750_000)
    assert Figure.parse("701k people").bounds == (700_500, 701_500)
    # two unhedged reports of one number no longer conflict
    assert Figure.parse("700,000 people").intersection(Figure.parse("701k people")) is not None
    six = Figure.parse("6.1 million people")
    lakh = Figure.parse("61.5 lakh people")
    assert six.intersection(lakh) is not None
    assert Figure.parse("exactly 700,000 people").bounds == (700_000, 700_000)
    assert Figure.parse("700,000 people", policy="literal").bounds == (700_000, 700_000)


# --- one test per refusal rule ---------------------------------------------------------------

REFUSALS = [
    # (rule, text, kwargs, message fragment)
    ("ambiguous dot", "165.000 people", {}, "could be a whole number with a dot"),
    ("ambiguous comma", "más de 1,000 millones de vistas", {"lang": "es"}, "thousand times more"),
    ("foreign separators", "1.234.567 people", {}, "not a number as English writes"),
    ("fractional count", "80.9 viewers", {}, "not a whole count of people"),
    ("glued letters", "1.5e6 listeners", {}, "letters glued to the number"),
    ("metres or million", "ran 5m", {"unit": "hour"}, "'m' may mean metres"),
    ("sign", "−5 people", {}, "a sign before the number"),
    ("sign before money", "-$5 million", {}, "a sign before the number"),
    ("ambiguous currency", "Rs 2 crore", {}, "may stand for INR, PKR, LKR, NPR"),
    ("dollar sign in Spanish", "$4.000", {"lang": "es"}, "may stand for USD, ARS"),
    ("foreign multiplier", "3,597 milhões", {"unit": "person"}, "multiplier in Portuguese"),
    ("unsure hedge", "well over 10,000 people", {}, "without saying by how much"),
    (
        "negated hedge",
        "there can hardly have been less than 100,000",
        {"unit": "person"},
        "without saying by how much",
    ),
    ("two hedges", "at least 5+ people", {}, "one hedge"),
    ("reversed range", "180,000–150,000 people", {}, "low end is above its high end"),
    ("thousandfold range", "12 to 15,000 people", {}, "same thousands"),
    ("numbers side by side", "between 64.3 and 106 7 million viewers", {}, "side by side"),
    ("space after comma", "a figure of 239, 000", {"unit": "person"}, "space after the comma"),
    ("space after decimal comma", "12, 8 milliards de vues", {"lang": "fr"}, "decimal comma"),
    ("leading zero", "01 people", {}, "starts with a zero"),
    ("unknown currency sign", "Z$5 million", {}, "currency sign polevents does not know"),
    ("unknown multiplier", "Rs 10 Core", {"unit": "INR"}, "multiplier polevents does not know"),
    ("dot decimal", "997.00 manifestants", {"lang": "fr"}, "a dot before other than three"),
    ("too many digits", "9" * 401 + " people", {}, "more digits than a reported figure"),
    ("too large", "9" * 400 + " people", {}, "small enough to be finite"),
    ("one or someone", "One person said 10,000", {"unit": "person"}, "'one' may count one"),
    (
        "hedge reach",
        "maximum Rs 1.5 million and Rs 1 million",
        {"unit": "PKR"},
        "may or may not reach",
    ),
    (
        "unitless second figure",
        "5.8 million people, while 54.8 million had cast",
        {},
        "may be a second figure",
    ),
    ("duration then number", "2 hours 42 minuteswhile", {}, "followed by a number"),
    ("unit disagrees", "165,000 listeners", {"unit": "tweet"}, "counts 'listeners'"),
    ("empty interval", "almost 0 people", {}, "non-empty interval"),
]


@pytest.mark.parametrize(
    ("rule", "text", "kwargs", "message"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_refusal_rules(rule, text, kwargs, message):
    with pytest.raises(ParseError, match=message) as info:
        Figure.parse(text, **kwargs)
    assert info.value.value == text
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("rule", "text", "kwargs", "message"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_extract_reports_refusals_instead_of_raising(rule, text, kwargs, message):
    if rule in ("unitless second figure", "unit disagrees"):
        return  # only parse, asked for exactly one figure in a unit, refuses these
    found = extract(text, **kwargs)
    assert isinstance(found, Mentions)
    assert any(message in s.reason for s in found.skipped), found.skipped
    for s in found.skipped:
        assert isinstance(s, Skipped)
        assert text[s.start : s.end] == s.text


def test_text_longer_than_the_limit_is_refused():
    text = "5 people " * (MAX_TEXT // 9 + 1)
    for call in (lambda: Figure.parse(text), lambda: extract(text)):
        with pytest.raises(ParseError, match="at most 1,000,000 characters"):
            call()


def test_a_million_digits_is_a_parse_error_not_an_overflow():
    with pytest.raises(ParseError, match="more digits"):
        Figure.parse("1" * 999_990 + " people")


@pytest.mark.parametrize("policy", ["news", "literal", "NEWS", ReadingPolicy.LITERAL, None])
def test_policies_by_name(policy):
    figure = Figure.parse("over 44,000 people", policy=policy)
    assert figure.qualifier is Qualifier.OVER
    assert extract("over 44,000 people", policy=policy)[0].figure == figure


@pytest.mark.parametrize("policy", ["generous", 5, object(), ["news"]])
def test_other_policies_are_a_validation_error(policy):
    with pytest.raises(ValidationError) as info:
        Figure.parse("over 44,000 people", policy=policy)
    assert info.value.field == "policy"
    with pytest.raises(ValidationError):
        extract("over 44,000 people", policy=policy)


def test_extract_keeps_reading_past_a_refusal():
    text = "165.000 people came; 80.9 viewers; over 446,000 people tuned in"
    found = extract(text)
    assert [m.text for m in found] == ["over 446,000 people"]
    assert [s.text for s in found.skipped] == ["165.000 people", "80.9 viewers"]
    assert found == [found[0]]  # still a plain list of mentions


# --- linear time: correctness on adversarial text (never timed) -------------------------------


def test_a_long_word_after_a_number_is_looked_up_not_parsed():
    word = "x" * 30_000
    assert list(extract(f"5 {word}")) == []
    assert Figure.parse(f"5 {word} and 7 people").nominal_value == 7


def test_many_digits_many_hedges_many_numbers():
    assert list(extract("1 " * 50_000)) == []
    assert len(extract("over " * 20_000 + "5 people")) == 1
    text = "1,1" * 20_000 + " people"
    with pytest.raises(ParseError):
        Figure.parse(text)
    found = extract("about 5 people; " * 5_000)
    assert len(found) == 5_000


# --- properties ------------------------------------------------------------------------------

LANG_WORDS = {
    "en": (
        "people",
        {
            "": "plain",
            "about ": "about",
            "over ": "over",
            "almost ": "almost",
            "at least ": "at least",
            "under ": "under",
            "up to ": "at most",
            "exactly ": "exact",
        },
    ),
    "es": (
        "personas",
        {
            "": "plain",
            "alrededor de ": "about",
            "más de ": "over",
            "casi ": "almost",
            "al menos ": "at least",
            "menos de ": "under",
            "hasta ": "at most",
            "exactamente ": "exact",
        },
    ),
    "pt": (
        "pessoas",
        {
            "": "plain",
            "cerca de ": "about",
            "mais de ": "over",
            "quase ": "almost",
            "pelo menos ": "at least",
            "menos de ": "under",
            "até ": "at most",
            "exatamente ": "exact",
        },
    ),
    "fr": (
        "personnes",
        {
            "": "plain",
            "environ ": "about",
            "plus de ": "over",
            "presque ": "almost",
            "au moins ": "at least",
            "moins de ": "under",
            "jusqu'à ": "at most",
            "exactement ": "exact",
        },
    ),
    "de": (
        "Menschen",
        {
            "": "plain",
            "etwa ": "about",
            "über ": "over",
            "fast ": "almost",
            "mindestens ": "at least",
            "weniger als ": "under",
            "bis zu ": "at most",
            "genau ": "exact",
        },
    ),
    "it": (
        "persone",
        {
            "": "plain",
            "circa ": "about",
            "oltre ": "over",
            "quasi ": "almost",
            "almeno ": "at least",
            "meno di ": "under",
            "fino a ": "at most",
            "esattamente ": "exact",
        },
    ),
}
MILLION = {
    "en": "million",
    "es": "millones de",
    "pt": "milhões de",
    "fr": "millions de",
    "de": "Millionen",
    "it": "milioni di",
}


def write(value: int, lang: str) -> str:
    """An integer as ``lang`` writes it, grouped in thousands."""
    grouped = f"{value:,}"
    return {"en": grouped, "fr": grouped.replace(",", "\u202f")}.get(
        lang, grouped.replace(",", ".")
    )


def last_digit(value: Fraction) -> Fraction:
    step = Fraction(1)
    while value and (value / (step * 10)).denominator == 1:
        step *= 10
    return step


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(LANG_WORDS)),
    st.integers(min_value=1, max_value=10**12),
    st.data(),
)
def test_round_trip_in_every_language(lang, value, data):
    unit_word, hedges = LANG_WORDS[lang]
    hedge = data.draw(st.sampled_from(sorted(hedges)))
    qualifier = hedges[hedge]
    text = f"{hedge}{write(value, lang)} {unit_word}"
    figure = Figure.parse(text, lang=lang)
    x = Fraction(value)
    assert figure.qualifier.value == qualifier
    assert figure.unit == "person"
    assert holds(figure, news(qualifier, x, last_digit(x)))


@settings(max_examples=200)
@given(
    st.sampled_from(sorted(LANG_WORDS)),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
)
def test_round_trip_with_a_multiplier_and_decimals(lang, whole, cents):
    unit_word = LANG_WORDS[lang][0]
    mark = "." if lang == "en" else ","
    written = f"{whole}{mark}{cents:02d}" if cents else str(whole)
    figure = Figure.parse(f"{written} {MILLION[lang]} {unit_word}", lang=lang)
    x = (Fraction(whole) + Fraction(cents, 100)) * 1_000_000
    step = Fraction(10_000) if cents else last_digit(Fraction(whole)) * 1_000_000
    assert holds(figure, news("plain", x, step))


ALPHABET = st.sampled_from(
    [
        *list("0123456789 ,.'’-–—+−%$€£₹~:/hHkKmMbB"),
        "people",
        "million",
        "lakh",
        "over ",
        "about ",
        "between ",
        " and ",
        " to ",
        "Rs",
        "half",
        " a ",
        "June",
        "pm",
        "de",
        "mil",
    ]
)


@settings(max_examples=300)
@given(
    st.lists(ALPHABET, max_size=30).map("".join),
    st.sampled_from(sorted(LANG_WORDS)),
    st.sampled_from([None, "person", "hour", "USD", "percent"]),
)
def test_parse_and_extract_are_total(text, lang, unit):
    try:
        figure = Figure.parse(text, unit=unit, lang=lang)
    except ParseError:
        pass
    else:
        assert isinstance(figure, Figure)
        assert text.find(figure.text) >= 0
    found = extract(text, unit=unit, lang=lang)
    assert isinstance(found, list)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        low, high = mention.figure.bounds
        assert low is not None
        assert low >= 0
        assert high is None or math.isfinite(high)
    for skipped in found.skipped:
        assert text[skipped.start : skipped.end] == skipped.text
        assert skipped.reason


@given(st.text(max_size=200), st.sampled_from(sorted(LANG_WORDS)))
def test_arbitrary_text_is_total(text, lang):
    with contextlib.suppress(ParseError):
        Figure.parse(text, lang=lang)
    assert isinstance(extract(text, lang=lang), list)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("4 an 6", "fr", "hour"),  # a duration followed by a bare number at the end
        ("6min,0pc", "en", "hour"),  # a duration followed by a percentage
        ("2 hours 42", "en", None),
    ],
)
def test_found_by_fuzzing(text, lang, unit):
    found = extract(text, unit=unit, lang=lang)
    assert isinstance(found, list)
    try:
        figure = Figure.parse(text, unit=unit, lang=lang)
    except ParseError as err:
        error: ParseError | None = err
    else:
        error = None
        assert figure.text in text
    assert error is None or error.value in (text, unit)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("une cinquantaine de streamers", "fr", ("about", 50, "person")),
        ("un centenar de manifestantes", "es", ("about", 100, "person")),
        ("an eight-hour stream", "en", ("plain", 8, "hour")),
        ("a two-hour-plus conversation", "en", ("at least", 2, "hour")),
        ("a 12-member team", "en", ("plain", 12, "person")),
        ("almost a century", "en", ("almost", 100, "year")),
        ("over an hour of content", "en", ("over", 1, "hour")),
        ("Dos horas y media", "es", ("plain", 2.5, "hour")),
        ("4,8bilhões de views", "pt", ("plain", 4_800_000_000, "view")),
        ("more than 100,000 retweets", "en", ("over", 100_000, "post")),
        ("650,000 listeners and counting", "en", ("at least", 650_000, "person")),
        ("$200 or less", "en", ("at most", 200, "USD")),
        ("the debate well exceeded 10 million viewers", "en", ("over", 10_000_000, "person")),
    ],
)
def test_phrasings_from_the_corpus(text, lang, expected):
    figure = Figure.parse(text, lang=lang)
    assert (figure.qualifier.value, figure.nominal_value, figure.unit) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("327,452 tweets per minute", "en"),  # a rate
        ("the 81-year-old senator", "en"),  # an age
        ("13 networks", "en"),  # a count of something else
        ("two elections", "en"),
        ("an enterprising 48%-er", "en"),
        ("Canal 24 horas", "es"),
        ("24 Heures", "fr"),
    ],
)
def test_not_figures(text, lang):
    assert list(extract(text, lang=lang, unit="person")) == []


def test_from_one_number_to_another_is_a_change_not_a_range():
    found = extract("estimates rose from 200,000 to 500,000", unit="person")
    assert [m.figure.qualifier for m in found] == [Qualifier.PLAIN, Qualifier.PLAIN]
    assert Figure.parse("range from 19,119 to 22,457", unit="person").qualifier is Qualifier.BETWEEN
