"""core.redaction: registered raw text (posts, roster rows) never leaves in a log record."""

import io
import logging

import pytest

from core import redaction

POST = 'Praying for Zelda Quibble in room 412. She said "thank you"\nso brave #StrongLikeZelda'


@pytest.fixture(autouse=True)
def clean_registry():
    redaction.clear()
    yield
    redaction.clear()


def _emit(logger_name: str, *args, **kwargs) -> str:
    """What a plain handler of our own (not pytest's) prints for one record."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    old_level, logger.level = logger.level, logging.DEBUG
    try:
        logger.error(*args, **kwargs)
    finally:
        logger.removeHandler(handler)
        logger.level = old_level
    return stream.getvalue()


def test_every_quoting_of_a_registered_post_is_scrubbed_on_any_logger():
    redaction.register_sensitive(POST)
    quoted = [
        ("%s", (POST,)),
        ("value=%r", (POST,)),
        ("row %s", ({"raw_text": POST},)),
        ("first line only: %s", (POST.splitlines()[0],)),
    ]
    for message, args in quoted:
        printed = _emit("anything.at.all", message, *args)
        assert "Zelda Quibble" not in printed and "[redacted]" in printed, printed
    try:
        raise ValueError(f"could not parse {POST!r}")
    except ValueError:
        printed = _emit("celery.app.trace", "task failed", exc_info=True)
    assert "Traceback" in printed and "ValueError" in printed
    assert "Zelda Quibble" not in printed


def test_unrelated_records_are_left_alone():
    redaction.register_sensitive(POST)
    record = logging.getLogger("x").makeRecord("x", logging.INFO, "f", 1, "%s rows", (3,), None)
    assert record.msg == "%s rows" and record.args == (3,)


def test_registry_is_bounded_and_short_strings_are_ignored(monkeypatch):
    monkeypatch.setattr(redaction, "MAX_ENTRIES", 50)
    redaction.register_sensitive("bed 14", None, 42)
    assert redaction.redact("bed 14") == "bed 14"
    for n in range(200):
        redaction.register_sensitive(f"secret number {n:04d} of the roster")
    assert len(redaction._entries) <= 50
    assert redaction.redact("secret number 0199 of the roster") == "[redacted]"
    assert redaction.redact("secret number 0000 of the roster") != "[redacted]"


def test_entries_expire(monkeypatch):
    redaction.register_sensitive(POST)
    monkeypatch.setattr(redaction, "TTL_SECONDS", -1)
    assert redaction.redact(POST) == POST


@pytest.mark.django_db
def test_roster_rows_never_reach_a_log():
    from compliance.rosters import roster_import_create, roster_import_process
    from tests.factories import DepartmentFactory, InstitutionFactory

    inst = InstitutionFactory()
    DepartmentFactory(institution=inst, name="ICU")
    row = "quentin.zabriskie@example.org,Quentin Zabriskie,ICU,Staff nurse,nurse,learner,E1"
    text = "email,name,department,job_title,profession,role,employee_id\n" + row + "\n"
    roster_import = roster_import_create(
        actor=None, institution=inst, filename="staff.csv", content=text
    )
    roster_import_process(roster_import_id=roster_import.pk)
    printed = _emit("institutions", "could not apply %s", row)
    assert "Zabriskie" not in printed and "[redacted]" in printed
