import pytest

from certificates.codes import format_code, generate_code, normalize_code


def test_codes_are_160_bit_base32_and_not_sequential():
    codes = [generate_code() for _ in range(2000)]
    assert len(set(codes)) == 2000
    assert all(len(c) == 32 and normalize_code(c) == c for c in codes)
    # 32 base32 characters carry 160 bits; consecutive codes share no common prefix pattern.
    assert len({c[:4] for c in codes}) > 1500


@pytest.mark.parametrize(
    "typed",
    [
        "abcd-efgh-ijkl-mnop-qrst-uvwx-yz23-4567",
        " ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567 ",
        "ABCDEFGH1JKLMN0PQRSTUVWXYZ234567",  # 1 for I and 0 for O
        "abcd_efgh.ijkl-mnop qrst-uvwx-yz23-4567",
    ],
)
def test_typed_codes_normalise(typed):
    assert normalize_code(typed) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCD",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ2345678",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456!",
        "x" * 200,
    ],
)
def test_malformed_codes_are_refused(typed):
    assert normalize_code(typed) is None


def test_format_groups_of_four():
    assert format_code("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == (
        "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    )
