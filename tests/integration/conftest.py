"""Real worker, real Redis, real PostgreSQL: a dedicated database the worker and the test share.

The test process points Django's default connection at ``noticetracker_it`` (created and
migrated here, never the ``test`` database), so what the test writes is committed and visible
to the worker subprocess. Each worker consumes its own queue, so nothing else on this Redis is
touched; every subprocess is killed at teardown, whatever happens.
"""

# ruff: noqa: S603 - the subprocesses are fixed commands (manage.py, celery), no outside input

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import REPO_ROOT

IT_DB = "noticetracker_it"
TABLES = (
    "notices_reminderlog",
    "notices_subscription",
    "notices_subscriber",
    "notices_statetransition",
    "notices_windowchange",
    "notices_historicalnotice",
    "notices_notice",
    "notices_adminsummarylog",
)


def wait_for(condition: Callable[[], object], timeout: float, what: str, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def _it_url() -> str:
    parsed = urlparse(os.environ["DATABASE_URL"])
    return parsed._replace(path=f"/{IT_DB}").geturl()


@pytest.fixture(scope="session")
def it_database(django_db_blocker) -> Iterator[str]:
    """Create, migrate and load the calendar into the integration database, once a session."""
    import psycopg

    parsed = urlparse(os.environ["DATABASE_URL"])
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {IT_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {IT_DB}")
    env = {
        **os.environ,
        "DATABASE_URL": _it_url(),
        "DJANGO_SETTINGS_MODULE": "noticetracker.test_settings",
    }
    for args in (["migrate", "-v0"], ["load_calendar", "--from-library", "--years", "2004-2026"]):
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, check=True, timeout=120
        )
    return _it_url()


@pytest.fixture
def shared_db(it_database, django_db_blocker):
    """Point the default connection at the integration database (autocommit), then restore."""
    from django.db import connections

    from notices import calendar_source

    connection = connections["default"]
    with django_db_blocker.unblock():
        connection.close()
        original = connection.settings_dict["NAME"]
        connection.settings_dict["NAME"] = IT_DB
        calendar_source.clear_cache()
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict["NAME"] = original
            calendar_source.clear_cache()


class Worker:
    """A real ``celery -A noticetracker worker`` subprocess on its own queue."""

    #: Beyond the Procfile's command: the smoke tests skip the cluster chatter.
    flags: tuple[str, ...] = ("--without-gossip", "--without-mingle")

    def __init__(self, tmp_path: Path, queue: str, mailbox: Path, delay: float):
        self.queue = queue
        self.mailbox = mailbox
        self.delay = delay
        self.log = tmp_path / f"worker-{queue}.log"
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> None:
        env = {
            **os.environ,
            "DATABASE_URL": _it_url(),
            "DJANGO_SETTINGS_MODULE": "noticetracker.settings",
            "DJANGO_SECRET_KEY": "integration-test-key",
            "DJANGO_EMAIL_BACKEND": "tests.integration.mailbox.SlowFileBackend",
            "IT_MAILBOX_DIR": str(self.mailbox),
            "IT_MAIL_DELAY": str(self.delay),
            # a killed worker's unacknowledged task comes back after this many seconds
            "CELERY_VISIBILITY_TIMEOUT": "3",
            "PYTHONPATH": str(REPO_ROOT),
        }
        self.starts += 1
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "noticetracker",
                    "worker",
                    "-Q",
                    self.queue,
                    "-n",
                    f"{self.queue}-{self.starts}@%h",
                    "--concurrency=1",
                    "--loglevel=INFO",
                    *self.flags,
                ],
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for(lambda: "ready." in self.output(), 30, "the worker to be ready")

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def send(self, task: str, **kwargs) -> str:
        from noticetracker.celery import app

        return app.send_task(task, kwargs=kwargs, queue=self.queue).id

    def finished(self, task_id: str) -> bool:
        out = self.output()
        return f"[{task_id}] succeeded" in out

    def wait(self, task_id: str, timeout: float = 30) -> None:
        wait_for(lambda: self.finished(task_id), timeout, f"task {task_id}", step=0.1)


@pytest.fixture
def worker_class() -> type[Worker]:
    return Worker


@pytest.fixture
def start_worker(tmp_path, worker_class) -> Iterator[Callable[..., Worker]]:
    workers: list[Worker] = []
    mailbox = tmp_path / "mailbox"
    mailbox.mkdir()

    def start(delay: float = 0.0) -> Worker:
        worker = worker_class(tmp_path, f"it-{uuid.uuid4().hex[:8]}", mailbox, delay)
        workers.append(worker)
        worker.start()
        return worker

    yield start
    for worker in workers:
        worker.kill()


def delivered(mailbox: Path) -> list[email.message.Message]:
    return [email.message_from_bytes(p.read_bytes()) for p in sorted(mailbox.glob("*.eml"))]
