# The browser journeys here use the e2e fixtures (headless Debian chromium, axe, CSP checks).
from tests.e2e.conftest import (  # noqa: F401
    _leave_migration_data,
    browser,
    journey,
    pytest_runtest_makereport,
)
