import pint
import pytest

from polevents import ValidationError, ureg
from polevents.units import (
    canonical_unit,
    conversion_factor,
    conversion_ratio,
    dimension_of,
    is_currency,
    unit_word,
)


def test_registry_is_the_librarys_own():
    assert ureg is not pint.get_application_registry()
    # pint's default registry knows metres; ours deliberately does not.
    with pytest.raises(pint.errors.UndefinedUnitError):
        ureg.Unit("meter")


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("people", "person"),
        ("persons", "person"),
        ("listeners", "person"),
        ("viewer", "person"),
        ("attendees", "person"),
        ("participants", "person"),
        ("users", "person"),
        ("tweets", "post"),
        ("retweet", "post"),
        ("posts", "post"),
        ("views", "view"),
        ("seconds", "second"),
        ("minutes", "minute"),
        ("hours", "hour"),
        ("days", "day"),
        ("years", "year"),
    ],
)
def test_unit_words(word, unit):
    assert unit_word(word) == unit
    assert canonical_unit(word) == unit


@pytest.mark.parametrize("word", ["of", "listens", "times", "a", "d", "", "meter"])
def test_non_unit_words(word):
    assert unit_word(word) is None


def test_counting_units_have_their_own_dimensions():
    assert dimension_of("person") == "[audience]"
    assert dimension_of("post") == "[content]"
    assert dimension_of("view") == "[impression]"
    with pytest.raises(pint.errors.DimensionalityError):
        ureg.Quantity(1, "listener") + ureg.Quantity(1, "tweet")


def test_time_conversions():
    assert conversion_factor("hour", "minute") == 60
    assert (1 * ureg.week).to("day").magnitude == 7
    assert (1 * ureg.year).to("day").magnitude == pytest.approx(365.25)


@pytest.mark.parametrize("bad", ["furlongs", "", "   ", "person/", "dimensionless"])
def test_unknown_units_are_refused(bad):
    with pytest.raises(ValidationError, match="unit: got") as info:
        canonical_unit(bad)
    assert info.value.value == bad


@pytest.mark.parametrize(
    ("word", "unit", "dimension"),
    [
        ("votes", "vote", "[ballot]"),
        ("ballot", "vote", "[ballot]"),
        ("%", "percent", "dimensionless"),
        ("percent", "percent", "dimensionless"),
        ("USD", "USD", "[currency_USD]"),
        ("PKR", "PKR", "[currency_PKR]"),
        ("supporters", "person", "[audience]"),
        ("voters", "person", "[audience]"),
        ("messages", "post", "[content]"),
    ],
)
def test_new_units(word, unit, dimension):
    assert canonical_unit(word) == unit
    assert dimension_of(unit) == dimension


def test_each_currency_is_its_own_dimension():
    assert is_currency("USD")
    assert not is_currency("person")
    with pytest.raises(pint.errors.DimensionalityError):
        ureg.Quantity(1, "USD").to("EUR")
    assert dimension_of("EUR") != dimension_of("GBP")
    # ISO codes are upper case: "all" is a word, "ALL" the Albanian lek
    with pytest.raises(ValidationError):
        canonical_unit("all")
    assert canonical_unit("ALL") == "ALL"


def test_unit_names_are_looked_up_not_parsed():
    # pint's parser takes seconds on a long word; the table answers at once
    with pytest.raises(ValidationError):
        canonical_unit("x" * 30_000)
    with pytest.raises(ValidationError):
        canonical_unit("person / hour")


@pytest.mark.parametrize(
    ("source", "target", "ratio"),
    [
        ("hour", "minute", (60, 1)),
        ("minute", "hour", (1, 60)),
        ("year", "month", (12, 1)),
        ("week", "day", (7, 1)),
        ("person", "person", (1, 1)),
        ("percent", "percent", (1, 1)),
    ],
)
def test_conversion_ratios_are_exact(source, target, ratio):
    assert conversion_ratio(source, target) == ratio
