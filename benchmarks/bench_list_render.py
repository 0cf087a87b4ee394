"""Benchmark: one uncached render of the public list page, in one process (no server, no cache).

The figure the public-screens issue asks to keep within 10%: the page cache off, Django's test
client through every middleware, 100,000 generated notices in PostgreSQL (the same rows as
bench_pages.py). ``--code DIR`` times another checkout of the code (e.g. ``git archive`` of the
commit before a change) on the same database, so before and after are measured under the same
conditions, alternately. Run from the repo root:

    python benchmarks/bench_list_render.py [--rows 100000] [--repeats 300]
        [--database postgres://postgres@127.0.0.1:5432/nt14] [--code DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PATHS = ("/notices/", "/notices/?status=open", "/notices/?status=closed&kind=liquidation")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=300)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/nt14")
    parser.add_argument("--code", default=str(REPO), help="the checkout whose code is timed")
    args = parser.parse_args()

    os.chdir(args.code)  # settings read .env and var/ from the checkout's folder
    sys.path.insert(0, args.code)
    sys.path.insert(1, str(REPO / "benchmarks"))
    os.environ.update(
        {
            "DATABASE_URL": args.database,
            "DJANGO_SETTINGS_MODULE": "noticetracker.settings",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "NOTICES_PAGE_CACHE_SECONDS": "0",
        }
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from notices import services
    from notices.deadlines.schedules import schedules_from_library
    from notices.models import CalendarYear, Notice

    call_command("migrate", verbosity=0)
    if not CalendarYear.objects.filter(year=2024).exists():
        services.load_schedules(schedules_from_library())
    if Notice.objects.count() != args.rows:
        Notice.objects.all().delete()
        from bench_pages import generate

        generate(args.rows, timezone.localdate())

    client = Client()
    print(f"code: {args.code}; {args.rows:,} notices; median of {args.repeats} renders")
    print("| page | wall | process CPU |")
    for path in PATHS:
        for _ in range(10):  # warm up: templates, translations, the calendar
            assert client.get(path).status_code == 200
        times, cpu = [], []
        for _ in range(args.repeats):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200
        # wall time includes the database's work; this process's CPU time is the Python side
        # alone, steadier on a shared machine
        print(f"| {path} | {statistics.median(times):.2f} ms | {statistics.median(cpu):.2f} ms |")


if __name__ == "__main__":
    main()
