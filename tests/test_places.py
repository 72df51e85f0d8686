from datetime import datetime, timedelta

import pytest
from hypothesis import given

from polevents import Place, ValidationError
from polevents import strategies as pst
from polevents._validators import country_codes

PAKISTAN = Place(name="Pakistan", country="PK", tz="Asia/Karachi", id="pakistan")
LAHORE = Place(name="Lahore", country="PK", tz="Asia/Karachi", parent=PAKISTAN)
PARK = Place(
    name="Greater Iqbal Park",
    country="PK",
    tz="Asia/Karachi",
    parent=LAHORE,
    aliases=("Minar-e-Pakistan", "Minar-i-Pakistan"),
)
INDIA = Place(name="India", country="IN", tz="Asia/Kolkata")


def test_within_follows_the_parent_chain():
    assert PARK.within(PAKISTAN)
    assert PARK.within(LAHORE)
    assert PARK.within(PARK)
    assert not PAKISTAN.within(PARK)
    assert not PARK.within(INDIA)
    assert list(PARK.ancestors()) == [LAHORE, PAKISTAN]


def test_aliases_case_and_diacritics():
    assert PARK.matches("minar-e-pakistan")
    assert PARK.matches("  GREATER iqbal   park ")
    assert Place(name="Multān", country="PK", tz="Asia/Karachi").matches("multan")
    assert not PARK.matches("Lahore")


def test_zone():
    assert PARK.zone.utcoffset(datetime(2022, 4, 21)) == timedelta(hours=5)
    assert str(PARK) == "Greater Iqbal Park"


def test_country_codes_come_from_iana_data():
    codes = country_codes()
    assert {"PK", "IN", "US", "GB"} <= codes
    assert "XX" not in codes
    assert all(len(code) == 2 and code.isupper() for code in codes)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "", "country": "PK", "tz": "Asia/Karachi"}, "Place.name"),
        ({"name": "  ", "country": "PK", "tz": "Asia/Karachi"}, "Place.name"),
        ({"name": "Lahore", "country": "XX", "tz": "Asia/Karachi"}, "Place.country"),
        ({"name": "Lahore", "country": "pk", "tz": "Asia/Karachi"}, "Place.country"),
        ({"name": "Lahore", "country": "PAK", "tz": "Asia/Karachi"}, "Place.country"),
        ({"name": "Lahore", "country": "PK", "tz": "Asia/Lahore"}, "Place.tz"),
        ({"name": "Lahore", "country": "PK", "tz": 5}, "Place.tz"),
        (
            {"name": "Lahore", "country": "PK", "tz": "Asia/Karachi", "parent": "Pakistan"},
            "Place.parent",
        ),
        (
            {"name": "Lahore", "country": "PK", "tz": "Asia/Karachi", "aliases": ("",)},
            "Place.aliases[0]",
        ),
        ({"name": "Lahore", "country": "PK", "tz": "Asia/Karachi", "id": "has space"}, "Place.id"),
    ],
)
def test_validation(kwargs, field):
    with pytest.raises(ValidationError) as info:
        Place(**kwargs)
    assert info.value.field == field


@given(pst.places())
def test_every_place_is_within_its_ancestors(place):
    for ancestor in place.ancestors():
        assert place.within(ancestor)
    assert place.within(place)
