"""Scoring rules, as pure functions of the key and the answer (no database).

Every function returns the share of the question's points earned, a Fraction in [0, 1]. The
services turn it into points. The rules, as shown to authors and learners:

- single choice: 1 if the one chosen option is correct, else 0.
- multiple select: (correct options chosen - incorrect options chosen) / correct options,
  floored at 0. Choosing everything therefore earns nothing when there are as many wrong options
  as right ones; missing one of three right options earns 2/3.
- spot the identifiers: overlap of the selected tokens S with the key tokens K, as
  |S ∩ K| / |S ∪ K| (Jaccard). Every key token missed and every extra token selected costs credit;
  selecting nothing earns 0.
- ordering: the share of steps placed in their correct position.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction

ZERO = Fraction(0)
ONE = Fraction(1)


def score_single(*, correct: set[int], chosen: Sequence[int]) -> Fraction:
    return ONE if len(chosen) == 1 and chosen[0] in correct else ZERO


def score_multiple(*, correct: set[int], chosen: Iterable[int]) -> Fraction:
    chosen_set = set(chosen)
    if not correct:
        return ONE if not chosen_set else ZERO
    right = len(chosen_set & correct)
    wrong = len(chosen_set - correct)
    return max(ZERO, Fraction(right - wrong, len(correct)))


def score_spot(*, key: set[int], selected: Iterable[int]) -> Fraction:
    selected_set = set(selected)
    union = key | selected_set
    if not union:
        return ONE
    return Fraction(len(key & selected_set), len(union))


def score_order(*, correct: Sequence[int], given: Sequence[int]) -> Fraction:
    if not correct:
        return ONE
    in_place = sum(1 for a, b in zip(correct, given, strict=False) if a == b)
    return Fraction(in_place, len(correct))
