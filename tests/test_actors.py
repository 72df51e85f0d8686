import pytest
from hypothesis import given
from hypothesis import strategies as st

from polevents import Certainty, Organization, Party, Person, Role, Span, ValidationError
from polevents import strategies as pst
from polevents.actors import ROLE_ALIASES, same_title

K = "Asia/Karachi"
PTI = Party(name="Pakistan Tehreek-e-Insaf", abbreviation="PTI", country="PK", id="pti")
PM = Role(
    title="Prime Minister",
    start=Span.parse("2018-08-18", tz=K),
    end=Span.parse("2022-04-10", tz=K),
)
CHAIRMAN = Role(title="Chairman", organization=PTI, start=Span.parse("1996-04-25", tz=K))
KHAN = Person(name="Imran Khan", id="imran-khan", aliases=("Imrān Khān",), roles=(PM, CHAIRMAN))


def day(text: str) -> Span:
    return Span.parse(text, tz=K)


def test_on_the_day_of_the_space_he_was_formerly_prime_minister():
    space_day = day("2022-04-20")
    assert KHAN.holds("Prime Minister", on=space_day) is Certainty.NO
    assert KHAN.formerly("Prime Minister", on=space_day) is Certainty.YES
    assert KHAN.holds("Chairman", on=space_day) is Certainty.YES
    assert KHAN.formerly("Chairman", on=space_day) is Certainty.NO


def test_april_2022_is_maybe():
    april = day("April 2022")
    assert KHAN.holds("Prime Minister", on=april) is Certainty.MAYBE
    assert KHAN.formerly("Prime Minister", on=april) is Certainty.MAYBE


def test_before_and_during_office():
    assert KHAN.holds("Prime Minister", on=day("2020-01-01")) is Certainty.YES
    assert KHAN.formerly("Prime Minister", on=day("2020-01-01")) is Certainty.NO
    assert KHAN.holds("Prime Minister", on=day("2010-01-01")) is Certainty.NO
    assert KHAN.formerly("Prime Minister", on=day("2010-01-01")) is Certainty.NO
    # The day the vote removed him: he held office for part of it.
    assert KHAN.holds("Prime Minister", on=day("2022-04-10")) is Certainty.MAYBE


def test_exact_span_must_be_covered_throughout():
    week = Span(start=day("2022-04-07").start, end=day("2022-04-14").start, exact=True)
    assert KHAN.holds("Prime Minister", on=week) is Certainty.NO


def test_titles_match_loosely():
    assert KHAN.holds("prime  minister", on=day("2020-01-01")) is Certainty.YES
    assert KHAN.holds("President", on=day("2020-01-01")) is Certainty.NO


def test_names_match_aliases_case_and_diacritics():
    assert KHAN.matches("imran khan")
    assert KHAN.matches("Imran Khān")
    assert not KHAN.matches("Imran")
    assert PTI.matches("pti")
    pta = Organization(
        name="Pakistan Telecommunication Authority", abbreviation="PTA", country="PK"
    )
    assert pta.matches("Pakistan Telecommunication Authority")
    assert str(pta) == "PTA"
    assert str(PTI) == "PTI"
    assert str(KHAN) == "Imran Khan"


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Person(name=""), "Person.name"),
        (lambda: Person(name="X", aliases=["Y"]), "Person.aliases"),
        (lambda: Person(name="X", roles=("PM",)), "Person.roles[0]"),
        (lambda: Person(name="X", id="bad id"), "Person.id"),
        (lambda: Role(title=""), "Role.title"),
        (lambda: Role(title="PM", organization="PTI"), "Role.organization"),
        (lambda: Role(title="PM", start="2018"), "Role.start"),
        (lambda: Role(title="PM", start=day("2022-04-10"), end=day("2018-08-18")), "Role.end"),
        (lambda: Party(name="PTI", country="Pakistan"), "Party.country"),
        (lambda: Party(name=" "), "Party.name"),
        (lambda: Organization(name="PTA", country="ZZ"), "Organization.country"),
        (lambda: Organization(name="PTA", abbreviation=""), "Organization.abbreviation"),
    ],
)
def test_validation(build, field):
    with pytest.raises(ValidationError) as info:
        build()
    assert info.value.field == field


def test_role_may_start_and_end_on_the_same_day():
    assert Role(title="Caretaker", start=day("2022-04-10"), end=day("2022-04-10"))


@given(pst.roles(), pst.spans(), st.data())
def test_covers_is_never_contradicted(role, on, data):
    """Pick a true start and end inside the role's spans and a true time inside ``on``."""
    start = data.draw(pst.occupied(attr_exactless(role.start))) if role.start else None
    end = data.draw(pst.occupied(attr_exactless(role.end))) if role.end else None
    if start and end and end[0] <= start[0]:
        return  # not a possible history
    t0, t1 = data.draw(pst.occupied(on))
    held = (start is None or start[0] <= t0) and (end is None or t1 <= end[0])
    answer = role.covers(on)
    if answer is Certainty.YES:
        assert held
    elif answer is Certainty.NO:
        assert not held


def attr_exactless(span: Span) -> Span:
    # A role's start or end is an instant somewhere in its span.
    return Span(start=span.start, end=span.end, exact=False)


# --- issue 12: role titles by alias ---------------------------------------------------------


def test_roles_match_by_alias():
    space_day = Span.parse("2022-04-20", tz=K)
    assert KHAN.holds("PM", on=day("2020-01-01")) is Certainty.YES
    assert KHAN.formerly("PM", on=space_day) is Certainty.YES
    assert KHAN.holds("P.M.", on=day("2020-01-01")) is Certainty.YES
    assert KHAN.holds("CM", on=day("2020-01-01")) is Certainty.NO


def test_same_title_and_the_alias_table():
    assert same_title("PM", "Prime Minister")
    assert same_title("prime minister", "PM")
    assert same_title("MNA", "Member of the National Assembly")
    assert not same_title("PM", "Chief Minister")
    assert all(key == key.lower() for key in ROLE_ALIASES)
    with pytest.raises(ValidationError) as info:
        KHAN.holds("", on=day("2020-01-01"))
    assert info.value.field == "title"
