"""URL converter for database ids: 1 to 18 digits.

Django's ``int`` converter matches any number of digits, so a course id of twenty digits
reached the database and failed there (SQLite: OverflowError; PostgreSQL: bigint out of range),
answering 500. Every id fits a signed 64-bit column with 18 digits, so a longer number is simply
a URL that does not exist (404). Registered as ``id`` in LmsConfig.ready; the API schema
describes it as an integer with that maximum (SPECTACULAR_SETTINGS PATH_CONVERTER_OVERRIDES).
"""

MAX_ID = 10**18 - 1  # the largest number of 18 digits


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))
