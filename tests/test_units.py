import pint
import pytest

from polevents import ValidationError, ureg
from polevents.units import canonical_unit, conversion_factor, dimension_of, unit_word


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
