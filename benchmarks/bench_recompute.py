"""Benchmark: recompute the window days of 1,000,000 notices in PostgreSQL after a calendar change.

Target (issue 3): under 60 seconds, set-based (bulk calendar form + one UPDATE per chunk).
Uses its own database (bench_recompute) on the PostgreSQL server of DATABASE_URL's host,
never the test database. Run from the repo root:

    python benchmarks/bench_recompute.py [--rows 1000000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    args = parser.parse_args()

    from _database import fresh_database, insert_notices  # beside this script

    fresh_database(args.server, "bench_recompute")

    from notices import services
    from notices.deadlines.schedules import parse_schedule_data
    from notices.models import CalendarDay, CalendarYear

    kinds = "ARRAY['liquidation','eia_draft_comment','capital_reduction','eia_pre_approval']"
    seconds = insert_notices(
        {
            "kind": f"({kinds})[1 + (g.i %% 4)]",
            "title": "'notice ' || g.i",
            "province": "'p' || (g.i %% 31)",
            "city": "'c' || (g.i %% 300)",
            "review_state": "'confirmed'",
            "published_on": "DATE '2025-01-01' + (g.i %% 900)",
            "version": "1",
            "created_at": "now()",
            "updated_at": "now()",
        },
        "generate_series(1, %s) AS g(i)",
        [args.rows],
    )
    print(f"generated {args.rows:,} notices in {seconds:.1f}s")

    first = services.recompute_windows(None, reason="initial")
    print(
        f"initial full compute (every row written): {first.seconds:.1f}s, {first.changed:,} changed"
    )

    schedule_2027 = parse_schedule_data(
        {"2027": {"holidays": [["2027-02-05", "2027-02-12", "春节"]], "workdays": ["2027-02-13"]}}
    ).schedules
    from notices import calendar_source

    def drop_2027() -> None:
        CalendarDay.objects.filter(schedule_id=2027).delete()
        CalendarYear.objects.filter(year=2027).delete()
        calendar_source.clear_cache()

    loads, full, unchanged = [], [], []
    for _ in range(args.repeats):
        t = time.perf_counter()
        load = services.load_schedules(schedule_2027)  # includes the targeted recompute
        loads.append((time.perf_counter() - t, load.recompute.examined, load.recompute.changed))
        result = services.recompute_windows(None, reason="nothing changed")
        unchanged.append((result.seconds, result.examined, result.changed))
        drop_2027()  # a calendar change: every window into 2027 is provisional again
        result = services.recompute_windows(None, reason="calendar 2027 withdrawn")
        full.append((result.seconds, result.examined, result.changed))

    def report(name, runs):
        median = statistics.median(r[0] for r in runs)
        print(f"| {name} | {median:.2f} s | {runs[0][1]:,} | {runs[0][2]:,} |")

    print(f"\n| recompute, median of {args.repeats} | time | notices examined | windows changed |")
    print("|---|---|---|---|")
    report("load the 2027 schedule (load + targeted recompute)", loads)
    report("full pass after withdrawing 2027 (all rows examined)", full)
    report("full pass, nothing changed", unchanged)


if __name__ == "__main__":
    main()
