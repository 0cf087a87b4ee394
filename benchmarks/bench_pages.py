"""Benchmark: the public pages on 1,000,000 notices in PostgreSQL, served by gunicorn.

Target (public pages issue): p95 under 100 ms with 16 concurrent clients for the open-notices
list (page 1 and a deep page, with a kind + region filter) and a notice page, and query plans
that use indexes. Each case is measured with the page cache off (every request renders: the
figure for a URL nobody asked for since the last change) and on (the figure for a URL asked
for again, the usual case for the list and for a notice people are reading). Uses its own
database (bench_pages) on the PostgreSQL server, never the test database. The rows are
generated in one INSERT ... SELECT generate_series, with window days
set in SQL (10-14-45 day windows, like the real kinds; exact calendar days do not change read
speed). Run from the repo root:

    python benchmarks/bench_pages.py [--rows 1000000] [--requests 800] [--clients 16]
        [--reuse] [--redis-url redis://127.0.0.1:6379/1]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import http.client
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

KINDS = ("eia_draft_comment", "liquidation", "capital_reduction", "eia_pre_approval")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def generate(rows: int, today) -> None:
    from _database import insert_notices  # beside this script

    kinds = "ARRAY[" + ",".join(f"'{k}'" for k in KINDS) + "]"
    seconds = insert_notices(
        {
            "kind": "s.kind",
            "title": "'公告 ' || s.i",
            "subject": "'测试有限公司' || s.i",
            "issuer": "'测试有限公司' || s.i || '清算组'",
            "province": "'prov' || lpad((s.i / 4 %% 10)::text, 2, '0')",
            "city": "'city' || lpad((s.i %% 100)::text, 3, '0')",
            "full_text": "'样例公告全文 ' || s.i",
            "review_state": "'confirmed'",
            "published_on": "s.pub",
            "first_day": "s.pub",
            "last_day": "s.pub + s.len",
            "closing_soon_from": "s.pub + s.len - 3",
            "earliest_last_day": "s.pub + s.len - 1",
            "version": "1",
            "created_at": "now() - (s.i || ' seconds')::interval",
            "updated_at": "now()",
        },
        f"""(
            SELECT i, ({kinds})[1 + (i %% 4)] AS kind,
                   %s::date - (i %% 1826) AS pub,
                   (ARRAY[14, 45, 45, 7])[1 + (i %% 4)] AS len
            FROM generate_series(1, %s) AS i
        ) AS s""",  # noqa: S608 - constant SQL built from literals above
        [today, rows],
    )
    print(f"generated {rows:,} notices in {seconds:.1f}s")


def sql_timing(queryset, repeats: int = 30) -> tuple[float, str]:
    """Median time of the page's own SQL, run bare; and its EXPLAIN ANALYZE plan."""
    from django.db import connection

    sql, params = queryset.query.sql_with_params()
    times = []
    with connection.cursor() as cur:
        for _ in range(repeats):
            started = time.perf_counter()
            cur.execute(sql, params)
            cur.fetchall()
            times.append(time.perf_counter() - started)
        cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        plan = "\n".join(row[0] for row in cur.fetchall())
    return statistics.median(times) * 1000, plan


def hammer(base: str, paths: list[str], requests: int, clients: int) -> list[float]:
    """Time ``requests`` GETs over ``clients`` threads; http.client, as light as a client gets."""
    host, port = base.removeprefix("http://").split(":")

    def one(n: int) -> float:
        started = time.perf_counter()
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            conn.request("GET", paths[n % len(paths)], headers={"Host": host})
            response = conn.getresponse()
            response.read()
            assert response.status == 200, response.status
        finally:
            conn.close()
        return (time.perf_counter() - started) * 1000

    for n in range(min(3, len(paths))):
        one(n)  # warm up
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        return list(pool.map(one, range(requests)))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=800)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--reuse", action="store_true", help="keep an existing bench_pages")
    parser.add_argument(
        "--redis-url", default="", help="also measure with the page cache in this Redis"
    )
    args = parser.parse_args()

    import psycopg

    database_url = f"{args.server}/bench_pages"
    if not args.reuse:
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS bench_pages")
            conn.execute("CREATE DATABASE bench_pages")
    env = {
        "DATABASE_URL": database_url + "?conn_max_age=600",
        "DJANGO_SETTINGS_MODULE": "noticetracker.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from notices import services
    from notices.deadlines.schedules import schedules_from_library
    from notices.models import Notice
    from notices.web.filters import NoticeFilter
    from notices.web.paging import encode_cursor

    today = timezone.localdate()
    call_command("migrate", verbosity=0)
    if not args.reuse:
        services.load_schedules(schedules_from_library())
        generate(args.rows, today)

    def page_query(query: dict, deep_row: int | None):
        filterset = NoticeFilter(query, Notice.objects.public(), on=today)
        assert filterset.is_valid(), filterset.errors
        ordered = filterset.ordered_qs()
        cursor = None
        if deep_row is not None:
            row = ordered[deep_row]
            cursor = encode_cursor(ordered.keyset_values(row))
            ordered = ordered.keyset_after(ordered.keyset_values(row))
        return ordered[:21], cursor

    filtered = {"status": "open", "kind": "eia_draft_comment", "region": "prov03"}
    open_all = {"status": "open"}
    matching = NoticeFilter(filtered, Notice.objects.public(), on=today).qs.count()
    open_count = NoticeFilter(open_all, Notice.objects.public(), on=today).qs.count()
    print(f"open notices: {open_count:,}; open + kind + region: {matching:,}")
    deep_filtered = max(0, matching - 25)
    deep_open = min(10_000, open_count - 25)
    cases = []
    for name, query, deep in (
        ("list page 1, open + kind + region", filtered, None),
        (f"list deep page (row {deep_filtered:,}), open + kind + region", filtered, deep_filtered),
        ("list page 1, open", open_all, None),
        (f"list deep page (row {deep_open:,}), open", open_all, deep_open),
    ):
        qs, cursor = page_query(query, deep)
        params = "&".join(f"{k}={v}" for k, v in query.items())
        path = f"/notices/?{params}" + (f"&after={cursor}" if cursor else "")
        cases.append((name, [path], qs))
    open_ids = list(Notice.objects.public().open(today).values_list("id", flat=True)[:200:7])
    cases.append(
        (
            "notice page",
            [f"/notices/{pk}/" for pk in open_ids],
            Notice.objects.public().filter(pk=open_ids[0]),
        )
    )

    sql = {name: sql_timing(qs) for name, _paths, qs in cases}
    modes = [("page cache off (every request renders)", {"NOTICES_PAGE_CACHE_SECONDS": "0"})]
    modes.append(("page cache on, in-process memory", {"NOTICES_PAGE_CACHE_SECONDS": "3600"}))
    if args.redis_url:
        modes.append(
            (
                "page cache on, Redis",
                {"NOTICES_PAGE_CACHE_SECONDS": "3600", "REDIS_URL": args.redis_url},
            )
        )
    for label, mode_env in modes:
        serve_and_measure(label, {**env, **mode_env}, cases, sql, args)
    for name, (_ms, plan) in sql.items():
        print(f"\n### EXPLAIN ANALYZE: {name}\n\n```\n{plan}\n```")


def serve_and_measure(label: str, env: dict, cases: list, sql: dict, args) -> None:
    """Start gunicorn with ``env``, hammer every case and print a table of p50/p95."""
    port = free_port()
    server_env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    server = subprocess.Popen(  # noqa: S603 - fixed command line
        [
            sys.executable,
            "-m",
            "gunicorn",
            "noticetracker.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            "--log-level=warning",
        ],
        cwd=REPO,
        env={**server_env, **env},
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/notices/?status=open", timeout=5).read()  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        print(
            f"\n## {label}\n\ngunicorn {args.workers} sync workers; {args.clients} concurrent "
            f"clients; {args.requests} requests per row; {os.cpu_count()} CPUs\n"
        )
        # every worker loads its code, templates, translations and calendar on its first
        # requests: warm them all up (which fills the page cache too, when it is on)
        for _name, paths, _qs in cases:
            hammer(base, paths, 2 * args.workers * max(2, len(paths)), args.clients)
        print("| endpoint | p50 ms | p95 ms | bare SQL ms | page p50 / SQL |")
        print("|---|---|---|---|---|")
        for name, paths, _qs in cases:
            times = hammer(base, paths, args.requests, args.clients)
            sql_ms = sql[name][0]
            p50, p95 = percentile(times, 50), percentile(times, 95)
            print(f"| {name} | {p50:.1f} | {p95:.1f} | {sql_ms:.2f} | {p50 / sql_ms:.0f}x |")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
