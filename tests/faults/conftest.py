"""The fault suite: a real worker, Redis and PostgreSQL, with the servers killed and restarted.

It runs in a pytest invocation of its own (``FAULT_SUITE=1``, bin/test's second run), against
servers of its own, so that stopping them cannot disturb the main suite or anyone else:

- ``DATABASE_URL``: the PostgreSQL that ``FAULT_POSTGRES_RESTART`` restarts (a shell command,
  e.g. ``pg_ctlcluster 15 faults restart -m fast``);
- ``REDIS_URL`` = ``FAULT_REDIS_URL``: the Redis (broker and cache) that the suite stops with
  ``SHUTDOWN NOSAVE`` and starts again with ``FAULT_REDIS_START`` (a shell command).

``.ci/run`` creates both servers on a fresh machine; see the README ("Fault suite").
"""

# ruff: noqa: S602, S603, S607 - the commands are the operator's own FAULT_* settings

from __future__ import annotations

import os
import subprocess
import time
from urllib.parse import urlparse

import pytest

from tests.integration.conftest import (  # noqa: F401 - fixtures shared with the smoke tests
    Worker,
    delivered,
    it_database,
    shared_db,
    start_worker,
    wait_for,
)


def _redis_cli(*args: str) -> subprocess.CompletedProcess:
    url = urlparse(os.environ["FAULT_REDIS_URL"])
    return subprocess.run(
        ["redis-cli", "-h", url.hostname or "127.0.0.1", "-p", str(url.port or 6379), *args],
        capture_output=True,
        timeout=10,
        check=False,
    )


def redis_up() -> bool:
    return _redis_cli("ping").stdout.strip() == b"PONG"


def stop_redis() -> None:
    """Kill the broker and cache as a crash would: nothing is saved."""
    _redis_cli("shutdown", "nosave")
    wait_for(lambda: not redis_up(), 10, "Redis to stop")


def start_redis() -> None:
    subprocess.run(os.environ["FAULT_REDIS_START"], shell=True, check=True, timeout=30)
    wait_for(redis_up, 15, "Redis to start")


def restart_postgres() -> None:
    """Restart PostgreSQL (fast shutdown: every session is cut off at once)."""
    subprocess.run(os.environ["FAULT_POSTGRES_RESTART"], shell=True, check=True, timeout=120)


def reconnect() -> None:
    """Drop this process's database connection after a restart, so the next query reconnects."""
    from django.db import connections

    for conn in connections.all(initialized_only=True):
        conn.close()


def db_count(queryset_of, attempts: int = 50) -> int:
    """Count rows, riding out a restarting server."""
    from django.db import DatabaseError

    for _ in range(attempts):
        try:
            return queryset_of().count()
        except DatabaseError:
            reconnect()
            time.sleep(0.2)
    raise AssertionError("the database did not come back")


class ProcfileWorker(Worker):
    """The worker exactly as the Procfile runs it: gossip, mingle and heartbeats on."""

    flags = ("--concurrency=2",)


@pytest.fixture
def worker_class() -> type[Worker]:
    return ProcfileWorker


@pytest.fixture
def redis_restored():
    """Whatever a test does to Redis, it is running again afterwards."""
    yield
    if not redis_up():
        start_redis()
