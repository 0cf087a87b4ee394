"""Shared set-up of the PostgreSQL benchmarks: their own database, migrated, with the calendar."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def fresh_database(server: str, name: str, *, reuse: bool = False) -> None:
    """(Re)create database ``name`` on ``server``, point Django at it, migrate, load 2004-2026.

    Never the test database: each benchmark names its own. With ``reuse`` an existing database
    is kept as it is (only migrated).
    """
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not (reuse and exists):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = f"{server}/{name}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "noticetracker.settings"
    os.environ.setdefault("DJANGO_DEBUG", "true")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    from notices import services
    from notices.deadlines.schedules import schedules_from_library

    call_command("migrate", verbosity=0)
    services.load_schedules(schedules_from_library())


def insert_notices(values: dict[str, str], source: str, params: list) -> float:
    """Generate notices in one INSERT ... SELECT; return the seconds it took.

    ``values`` gives the SQL of some Notice columns over ``source`` (a FROM clause, usually a
    ``generate_series``); every other column gets its empty value (NULL, or '' for text) or its
    constant default (a flag's False), so a column added to the model later needs no change here
    unless it is a required non-text one without such a default.
    """
    import time

    from django.db import connection

    from notices.models import Notice

    columns = {}
    for field in Notice._meta.concrete_fields:
        if field.primary_key:
            continue
        if field.column in values:
            columns[field.column] = values[field.column]
        elif field.null:
            columns[field.column] = "NULL"
        elif field.get_internal_type() in ("CharField", "TextField"):
            columns[field.column] = "''"
        elif field.has_default() and isinstance(field.default, (bool, int)):
            columns[field.column] = str(field.default).lower()  # False -> false, 0 -> 0
        else:
            raise SystemExit(f"benchmark: no value for the new column {field.column}")
    sql = (
        f"INSERT INTO {Notice._meta.db_table} ({', '.join(columns)}) "  # noqa: S608 - benchmark constants
        f"SELECT {', '.join(columns.values())} FROM {source}"
    )
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute(sql, params)
        cur.execute(f"ANALYZE {Notice._meta.db_table}")
    return time.perf_counter() - started
