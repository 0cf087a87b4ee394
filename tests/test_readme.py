"""The README's commands work as written, from the repository root, after the run command.

``bin/run`` is started first, as a newcomer would, on a fresh SQLite file: it must serve the
public pages with at least one open period today, whatever today is. Then every other command
in the README's ``sh`` blocks runs as written (``bin/test`` is this suite itself). Commands that
keep running (the scheduler, a Celery worker or beat) must start and stay up; the rest must
exit 0. Redis-backed commands need the Redis the README names (skipped without it, a failure
under CI=true).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")

#: Commands that keep running, and what they print once they are up.
LONG_RUNNING = {
    "run_scheduler": "running the schedule",
    "celery -A noticetracker worker": "ready.",
    "celery -A noticetracker beat": "beat: Starting",
}


def readme_commands() -> list[str]:
    """Each command line of the README's ``sh`` blocks, without its trailing comment."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            command = re.sub(r"\s+#\s.*$", "", line).strip()
            if command:
                commands.append(command)
    return commands


COMMANDS = readme_commands()
EXAMPLES = [c for c in COMMANDS if not c.startswith(("bin/run", "bin/test"))]


def test_the_readme_opens_with_the_run_and_the_test_command():
    assert COMMANDS[:2] == ["bin/run", "bin/test"]
    assert len(EXAMPLES) >= 15


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def newcomer(tmp_path_factory) -> dict:
    """``bin/run`` on a fresh SQLite file; the environment the other commands share."""
    folder: Path = tmp_path_factory.mktemp("readme")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "noticetracker.settings",
    }
    for name in ("REDIS_URL", "DJANGO_DEBUG", "CELERY_VISIBILITY_TIMEOUT"):
        env.pop(name, None)
    port = _free_port()
    log = (folder / "bin-run.log").open("w+", encoding="utf-8")
    server = subprocess.Popen(  # noqa: S603 - the README's own command
        [str(REPO_ROOT / "bin" / "run"), str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(f"{base}/", timeout=5) as response:  # noqa: S310
                    assert response.status == 200
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"bin/run did not serve {base}/:\n{log.read()[-4000:]}")
                time.sleep(1)
        yield {"env": env, "base": base, "folder": folder}
    finally:
        _stop(server)
        log.close()


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own server
        return response.status, response.read().decode("utf-8")


def test_bin_run_serves_open_periods_today_whatever_today_is(newcomer):
    status, body = _get(f"{newcomer['base']}/api/notices/?status=open")
    assert status == 200
    open_now = json.loads(body)["results"]
    assert open_now, "the API's ?status=open is empty on the run command's data"
    assert any(n["title"].startswith("【演示】") for n in open_now)
    status, page = _get(f"{newcomer['base']}/")
    assert status == 200
    assert "【演示】" in page
    assert "还剩" in page  # a status line of an open period


def _long_running(command: str) -> str | None:
    return next((ready for key, ready in LONG_RUNNING.items() if key in command), None)


@pytest.mark.parametrize("command", EXAMPLES)
def test_each_readme_example_works_as_written(newcomer, command):
    env = dict(newcomer["env"])
    if "REDIS_URL=" in command:
        url = re.search(r"REDIS_URL=(\S+)", command).group(1)
        host, port = re.match(r"redis://([^:/]+):(\d+)", url).groups()
        try:
            socket.create_connection((host, int(port)), 1).close()
        except OSError as exc:
            reason = f"requires_redis: the README's {url} is not reachable: {exc}"
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"{reason} (a skip is a failure under CI=true)")
            pytest.skip(reason)
    ready = _long_running(command)
    if ready is None:
        result = subprocess.run(  # noqa: S602 - the README's command, as a user types it
            command,
            shell=True,
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, (
            f"{command}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
        )
        assert "Traceback" not in result.stderr
        return
    out = newcomer["folder"] / f"long-running-{abs(hash(command))}.log"
    with out.open("w+", encoding="utf-8") as log:
        process = subprocess.Popen(  # noqa: S602 - the README's command, as a user types it
            command,
            shell=True,
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 90
            while True:
                log.seek(0)
                text = log.read()
                if ready in text:
                    break
                assert process.poll() is None, f"{command} exited:\n{text[-3000:]}"
                assert time.monotonic() < deadline, f"{command} never got ready:\n{text[-3000:]}"
                time.sleep(0.5)
            time.sleep(2)
            log.seek(0)
            assert process.poll() is None, (
                f"{command} stopped after starting:\n{log.read()[-3000:]}"
            )
        finally:
            _stop(process)


BENCHMARKS = sorted(set(re.findall(r"`\.venv/bin/python (benchmarks/\w+\.py)", README)))


def test_the_readme_names_each_benchmark_script():
    assert {Path(b).name for b in BENCHMARKS} == {
        p.name for p in (REPO_ROOT / "benchmarks").glob("bench_*.py")
    }


@pytest.mark.parametrize("script", BENCHMARKS)
def test_each_benchmark_the_readme_shows_starts_as_written(script):
    """The benchmarks take minutes on generated data; here each must start and explain itself."""
    result = subprocess.run(  # noqa: S603 - our own script
        [str(REPO_ROOT / ".venv" / "bin" / "python"), script, "--help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "usage:" in result.stdout
