import pytest

from polevents import IncomparableError, ParseError, PolEventsError, ValidationError


def test_hierarchy():
    assert issubclass(ValidationError, PolEventsError)
    assert issubclass(ValidationError, ValueError)
    assert issubclass(ParseError, ValidationError)
    assert issubclass(IncomparableError, PolEventsError)
    assert issubclass(IncomparableError, TypeError)


def test_message_names_field_value_and_expectation():
    err = ValidationError("Place.country", "XX", "an ISO 3166-1 alpha-2 code", hint="see iso3166")
    assert err.field == "Place.country"
    assert err.value == "XX"
    assert err.expected == "an ISO 3166-1 alpha-2 code"
    assert str(err) == "Place.country: got 'XX', expected an ISO 3166-1 alpha-2 code (see iso3166)"


def test_parse_error_is_caught_as_value_error():
    with pytest.raises(ValueError, match="text"):
        raise ParseError("text", "??", "a figure")
