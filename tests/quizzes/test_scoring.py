from fractions import Fraction

from quizzes.scoring import score_multiple, score_order, score_single, score_spot
from quizzes.tokens import phrase_token_indexes, tokenize


def test_single_choice_is_all_or_nothing():
    assert score_single(correct={1}, chosen=[1]) == 1
    assert score_single(correct={1}, chosen=[2]) == 0
    assert score_single(correct={1}, chosen=[]) == 0


def test_multiple_select_right_minus_wrong_over_right():
    correct = {1, 2, 3}
    assert score_multiple(correct=correct, chosen=[1, 2, 3]) == 1
    assert score_multiple(correct=correct, chosen=[1, 2]) == Fraction(2, 3)
    assert score_multiple(correct=correct, chosen=[1, 2, 3, 9]) == Fraction(2, 3)
    assert score_multiple(correct=correct, chosen=[1, 9]) == 0
    # floored at zero, never negative
    assert score_multiple(correct=correct, chosen=[7, 8, 9]) == 0
    assert score_multiple(correct=correct, chosen=[]) == 0


def test_multiple_select_choosing_everything_earns_nothing_when_wrong_equals_right():
    assert score_multiple(correct={1, 2}, chosen=[1, 2, 3, 4]) == 0


def test_spot_is_jaccard_overlap():
    key = {3, 4, 5, 6}
    assert score_spot(key=key, selected=[3, 4, 5, 6]) == 1
    assert score_spot(key=key, selected=[3, 4]) == Fraction(2, 4)
    assert score_spot(key=key, selected=[3, 4, 5, 6, 7, 8]) == Fraction(4, 6)
    assert score_spot(key=key, selected=[1, 2]) == 0
    assert score_spot(key=key, selected=[]) == 0
    assert score_spot(key=key, selected=[3, 3, 3]) == Fraction(1, 4)


def test_order_partial_credit_by_position():
    right = [10, 20, 30, 40]
    assert score_order(correct=right, given=[10, 20, 30, 40]) == 1
    assert score_order(correct=right, given=[10, 20, 40, 30]) == Fraction(1, 2)
    assert score_order(correct=right, given=[40, 30, 20, 10]) == 0
    assert score_order(correct=right, given=[20, 30, 40, 10]) == 0  # all shifted by one


def test_tokenizer_and_phrases():
    text = "Bed 14 pulled his lines,  on Oct [DATE_1]\nagain."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "Bed", "14", "pulled", "his", "lines,", "on", "Oct", "[DATE_1]", "again.",
    ]  # fmt: skip
    assert tokens[7].is_placeholder and not tokens[6].is_placeholder
    assert phrase_token_indexes(text, "Bed 14") == [0, 1]
    assert phrase_token_indexes(text, "his lines") == [3, 4]  # punctuation stays with "lines,"
    assert phrase_token_indexes(text, "lines, on oct") == [4, 5, 6]  # case and spacing folded
    assert phrase_token_indexes(text, "[DATE_1] again") == [7, 8]
    assert phrase_token_indexes(text, "church fountain") is None
