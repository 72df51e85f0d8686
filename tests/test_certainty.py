import pytest
from hypothesis import given
from hypothesis import strategies as st

from polevents import Certainty, ValidationError

# Kleene logic is min/max over the order NO < MAYBE < YES; the table here is
# written independently of the implementation.
ORDER = {Certainty.NO: 0, Certainty.MAYBE: 1, Certainty.YES: 2}
certainties = st.sampled_from(list(Certainty))


@given(certainties, certainties)
def test_and_is_minimum(a, b):
    assert ORDER[a & b] == min(ORDER[a], ORDER[b])


@given(certainties, certainties)
def test_or_is_maximum(a, b):
    assert ORDER[a | b] == max(ORDER[a], ORDER[b])


@given(certainties)
def test_not_reverses_order(a):
    assert ORDER[~a] == 2 - ORDER[a]


@given(certainties, certainties)
def test_de_morgan(a, b):
    assert ~(a & b) is (~a | ~b)


@given(st.lists(certainties))
def test_all_and_any_fold(answers):
    assert ORDER[Certainty.all(answers)] == min([2, *(ORDER[a] for a in answers)])
    assert ORDER[Certainty.any(answers)] == max([0, *(ORDER[a] for a in answers)])


@pytest.mark.parametrize("answer", list(Certainty))
def test_truth_value_is_refused(answer):
    with pytest.raises(TypeError, match=r"ambiguous.*Certainty\.YES"):
        bool(answer)
    with pytest.raises(TypeError):
        assert not answer  # the mistake the design guards against


def test_of_bool():
    assert Certainty.of(True) is Certainty.YES
    assert Certainty.of(False) is Certainty.NO


def test_operators_refuse_other_types():
    # a polevents error naming the operand: a bool would silently hide a MAYBE
    with pytest.raises(ValidationError, match="operand of &: got True"):
        Certainty.YES & True
    with pytest.raises(ValidationError, match=r"operand of \|"):
        Certainty.NO | None
    with pytest.raises(ValidationError, match="operand of &"):
        True & Certainty.MAYBE
    with pytest.raises(ValidationError, match="answers"):
        Certainty.all(None)
    with pytest.raises(ValidationError, match=r"answers\[1\]"):
        Certainty.any([Certainty.NO, False])
    with pytest.raises(ValidationError, match="value"):
        Certainty.of(None)
    with pytest.raises(ValidationError, match="Certainty: got 'perhaps'"):
        Certainty("perhaps")
