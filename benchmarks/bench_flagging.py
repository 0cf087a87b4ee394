"""Benchmark: flag 1,000,000 notices in PostgreSQL, and plan reminders for 100,000 subscriptions.

Targets (issue: scheduled jobs): a full flagging pass under 10 s, a pass when nothing changed
under 1 s, reminder planning for 100,000 subscriptions under 30 s. Uses its own database
(bench_flagging) on the PostgreSQL server given, never the test database. From the repo root:

    python benchmarks/bench_flagging.py [--rows 1000000] [--subscriptions 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TODAY = dt.date(2025, 6, 16)  # a Monday


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--plan-runs", type=int, default=3, help="planning runs (median)")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    args = parser.parse_args()

    from _database import fresh_database, insert_notices  # beside this script

    fresh_database(args.server, "bench_flagging")
    from django.db import connection

    from notices import services
    from notices.alerts import flagging, reminders
    from notices.deadlines.windows import CHINA_TZ
    from notices.models import ReminderLog, StateTransition, Subscriber, Subscription

    kinds = "ARRAY['liquidation','eia_draft_comment','capital_reduction','eia_pre_approval']"
    entered = "g.d + TIME '09:00' AT TIME ZONE 'Asia/Shanghai'"
    # windows of 45 calendar days, published over three years up to shortly after TODAY
    seconds = insert_notices(
        {
            "kind": f"({kinds})[1 + (g.i %% 4)]",
            "title": "'公告 ' || g.i",
            "subject": "'公司' || (g.i %% 5000)",
            "province": "'p' || (g.i %% 31)",
            "city": "'c' || (g.i %% 300) || '市'",
            "review_state": "'confirmed'",
            "published_on": "g.d",
            "first_day": "g.d",
            "last_day": "g.d + 45",
            "closing_soon_from": "g.d + 41",
            "version": "1",
            "created_at": entered,
            "public_since": entered,
            "updated_at": "now()",
        },
        "(SELECT i, DATE '2022-06-20' + (i %% 1100) AS d FROM generate_series(1, %s) AS i) AS g",
        [args.rows],
    )
    print(f"generated {args.rows:,} notices in {seconds:.1f}s")

    def flag(day: dt.date):
        return flagging.flag_notices(day, now=dt.datetime.combine(day, dt.time(0, 5), CHINA_TZ))

    full = flag(TODAY)
    print(
        f"full pass (every notice flagged for the first time): {full.seconds:.2f}s, "
        f"{full.total:,} moved, {StateTransition.objects.count():,} transitions recorded"
    )
    with connection.cursor() as cur:
        cur.execute("ANALYZE notices_notice")
    same = [flag(TODAY) for _ in range(3)]
    print(
        "nothing changed: "
        + ", ".join(f"{r.seconds:.3f}s" for r in same)
        + f" ({sum(r.total for r in same)} moved)"
    )
    nxt = flag(TODAY + dt.timedelta(days=1))
    print(f"next day (daily moves): {nxt.seconds:.3f}s, {nxt.total:,} moved")

    # -- reminder planning -----------------------------------------------------------------
    # The backfill above left 1,000,000 dead row versions. Production's autovacuum clears them
    # within minutes; this machine's server runs with autovacuum off, so do its work here.
    with connection.cursor() as cur:
        cur.execute("SHOW autovacuum")
        if cur.fetchone()[0] == "off":
            cur.execute("VACUUM ANALYZE notices_notice")
            print("autovacuum is off on this server: vacuumed notices_notice as it would")
    rng = random.Random(20240708)
    t = time.perf_counter()
    subscribers = Subscriber.objects.bulk_create(
        [Subscriber(email=f"reader{i}@example.com") for i in range(args.subscriptions)],
        batch_size=10_000,
    )
    confirmed = dt.datetime(2024, 1, 1, tzinfo=CHINA_TZ)
    open_ids = list(
        services.Notice.objects.open(TODAY).values_list("id", flat=True)[: args.subscriptions]
    )
    kinds_list = ["", "liquidation", "eia_draft_comment", "capital_reduction", "eia_pre_approval"]
    rows = []
    for i, subscriber in enumerate(subscribers):
        if i % 4 == 0 and open_ids:  # a quarter follow one notice
            rows.append(Subscription(subscriber=subscriber, notice_id=rng.choice(open_ids)))
        else:
            # a citizen follows a kind of notice in their city, sometimes a company name
            rows.append(
                Subscription(
                    subscriber=subscriber,
                    kind=rng.choice(kinds_list),
                    region=f"c{rng.randrange(300)}市",
                    text=rng.choice(["", "", f"公司{rng.randrange(5000)}"]),
                    reminder_days=rng.choice([[3, 1], [3, 1], [5, 2], [1]]),
                )
            )
        rows[-1].confirmed_at = confirmed
    Subscription.objects.bulk_create(rows, batch_size=10_000)
    print(f"generated {args.subscriptions:,} subscriptions in {time.perf_counter() - t:.1f}s")

    now = dt.datetime.combine(TODAY, dt.time(8), CHINA_TZ)
    firsts, agains = [], []
    for _run in range(args.plan_runs):
        with connection.cursor() as cur:
            cur.execute(f"TRUNCATE {ReminderLog._meta.db_table}")
        t = time.perf_counter()
        planned = reminders.plan_reminders(TODAY, now=now)
        firsts.append(time.perf_counter() - t)
        t = time.perf_counter()
        again = reminders.plan_reminders(TODAY, now=now)
        agains.append(time.perf_counter() - t)
        assert again == 0, again
    print(
        f"reminder planning for {args.subscriptions:,} subscriptions: "
        f"median {statistics.median(firsts):.2f}s ({', '.join(f'{x:.2f}' for x in firsts)}), "
        f"{planned:,} items planned ({ReminderLog.objects.count():,} rows); "
        f"planning again, nothing new: median {statistics.median(agains):.2f}s"
    )


if __name__ == "__main__":
    main()
