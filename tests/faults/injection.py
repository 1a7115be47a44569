"""Real faults for the fault tests: database triggers that refuse writes, nothing mocked.

``refuse_inserts`` makes the database itself reject every INSERT into one table (as a full disk
or a lost connection would) until the block ends; it works on SQLite and PostgreSQL.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

FAULT_MESSAGE = "injected fault: the database refused the write"


@contextmanager
def refuse_inserts(table: str) -> Iterator[None]:
    """Every INSERT into ``table`` fails inside the block (a real database error)."""
    trigger = f"ethos_fault_{table}"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE OR REPLACE FUNCTION ethos_fault() RETURNS trigger AS $$ BEGIN "
                f"RAISE EXCEPTION '{FAULT_MESSAGE}'; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                f"CREATE TRIGGER {trigger} BEFORE INSERT ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION ethos_fault()"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER {trigger} BEFORE INSERT ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{FAULT_MESSAGE}'); END"
            )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            else:
                cursor.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def report(name: str, *, faults: int, checked: int, lost: int, duplicated: int) -> str:
    """One figure line for a fault test (printed; README and the report quote them)."""
    line = (
        f"FAULT {name}: faults injected={faults} records checked={checked} "
        f"lost={lost} duplicated={duplicated}"
    )
    print(line)
    return line
