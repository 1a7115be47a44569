"""CSV cells that are safe to open in a spreadsheet (DESIGN: exports neutralise formulas)."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value) -> str:
    """A cell a spreadsheet would run as a formula (= + - @ tab CR) is prefixed with a quote."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text
