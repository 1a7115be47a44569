"""One date format across the site (pages, emails, certificates, messages): 5 December 2026.

Day-month-year with the month spelled out reads the same way in every country Ethos serves, so
a due date or an expiry can never be misread (5/12 vs 12/5). Templates use
``|date:"DATE_FORMAT"`` / ``|date:"DATETIME_FORMAT"``; Python code uses core.formatting.
Machine-readable values (CSV exports, API, ``<time datetime>``) stay ISO 8601.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
