"""Reading newspaper pages (notices.pages): speed, OCR character accuracy, importer field accuracy.

    python benchmarks/bench_reading.py --speed        # s/page: text-layer PDF, OCR broadsheet
    python benchmarks/bench_reading.py --speed --threads 1 --busy 2   # one thread, cores taken
    python benchmarks/bench_reading.py --accuracy     # per route and damage level
    python benchmarks/bench_reading.py --accuracy --levels clean --corpus DIR [--pages 1-5]
                                                      # every route on a folder of pages
    python benchmarks/bench_reading.py --engines      # RapidOCR against Tesseract (chi_sim)

The pages are made here (tests/pages/typeset.py): each page text (our test pages
tests/importer/pages, and the shared seed pages when ../shared is present) is typeset in
newspaper columns with boxed notices, then read back through every route:

- text: the page text itself, given to the importer (the baseline);
- text-layer PDF: the typeset PDF;
- clean image: the PDF without a text layer (pages as images at --dpi), read by OCR;
- light / medium / heavy: each page image with scan damage (1-3 degrees of rotation, blur,
  uneven light, JPEG at quality 80-40; tests/pages/typeset.py DAMAGE), read by OCR.

``--levels`` picks the OCR routes (``clean,light,medium,heavy`` by default; ``''`` for none);
the text and text-layer PDF routes always run. OCR costs about 5 CPU seconds a small page at
150 dpi, so start with ``--levels clean`` or a few pages.

``--corpus DIR`` runs the routes on any folder of pages with an ``expected.json`` (e.g.
../shared/samples/real-notices/pages) instead of our pages: each page text is typeset on small
pages whatever its lines (a web copy, a paragraph to a line, is set in columns too: the
column-wrapped text is what a newspaper prints, another page than the copy) and each route is
scored with bench_importer.py's corpus scoring (notice recall and precision, fields); it prints
a line per page, a table per route with the characters and the CPU seconds of the reading, and
with ``--verbose`` each route's report and misses.

Character accuracy is 1 - (edit distance / length) of the page text without whitespace
against the typeset text; field accuracy is the importer's (bench_importer.py's scoring).
Speed: --speed typesets an edition of all page texts on broadsheet pages (380 x 560 mm, five
columns), times reading each page of the text-layer PDF (median over repeats), and the OCR of
one broadsheet page rendered at 200 dpi (median of --repeats).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_importer import CorpusScore, _score, corpus_pages  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from notices.importer import extract_notices  # noqa: E402
from notices.pages import Limits, ocr, read_file  # noqa: E402
from tests.pages.typeset import (  # noqa: E402
    BROADSHEET,
    SMALL,
    damage,
    render,
    typeset,
    without_text_layer,
)

SHARED = ROOT.parent / "shared"
PAGES = ROOT / "tests" / "importer" / "pages"


def printed(text: str) -> bool:
    """Whether a test page is the text of a printed page (column lines) rather than a copy of
    a web page or a document (a paragraph to a line, median line over 20 characters). Only
    printed pages are typeset here: set in newspaper columns, a web copy becomes another page
    than the one its expected notices describe."""
    lengths = [len(line) for line in text.splitlines() if line.strip()]
    return bool(lengths) and statistics.median(lengths) <= 20


def corpus(include_seeds: bool = True) -> list[tuple[str, str, list, bool]]:
    out = []
    for path in sorted(PAGES.glob("*.txt")):
        if not printed(path.read_text(encoding="utf-8")):
            continue
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((path.stem[:3], path.read_text(encoding="utf-8"), expected, False))
    seeds = SHARED / "samples" / "seed-notices.json"
    if include_seeds and seeds.exists():
        pages = json.loads(seeds.read_text(encoding="utf-8"))["pages"]
        for name, expected in sorted(pages.items()):
            text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
            out.append((f"seed {name[:3]}", text, expected, True))
    return out


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def char_accuracy(read: str, truth: str) -> tuple[int, int]:
    a, b = _flat(read), _flat(truth)
    return Levenshtein.distance(a, b), len(b)


def fields(text: str, expected: list, seed: bool) -> tuple[int, int]:
    found = [p.to_json() for p in extract_notices(text).proposals]
    total, correct, _ = _score(expected, found, seed)
    return sum(correct.values()), sum(total.values())


def tesseract(image_bytes: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".img") as f:
        f.write(image_bytes)
        f.flush()
        return subprocess.run(  # noqa: S603 - a fixed command on our own file
            ["tesseract", f.name, "-", "-l", "chi_sim", "--psm", "3"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        ).stdout


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as a child)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


OCR_ROUTES = ("clean", "light", "medium", "heavy")


def _route(level: str) -> str:
    return "clean image" if level == "clean" else level


def read_routes(text: str, dpi: int, levels: list[str]) -> tuple[dict[str, str], list[str], dict]:
    """A page text typeset on small pages and read back through each route.

    Returns the text read per route (``text`` is the page text itself), the typeset truth per
    page, and per route the wall seconds per page and the CPU seconds of the whole reading."""
    made = typeset([text], SMALL)
    read: dict[str, str] = {"text": text}
    seconds: dict[str, list[float]] = {}
    cpu: dict[str, float] = {}

    def timed(route: str, pages: int, reader):
        started, cpu_started = time.perf_counter(), _cpu()
        out = reader()
        seconds.setdefault(route, []).append((time.perf_counter() - started) / pages)
        cpu[route] = cpu.get(route, 0.0) + _cpu() - cpu_started
        return out

    pages = len(made.truth)
    read["text-layer PDF"] = timed(
        "text-layer PDF", pages, lambda: read_file(made.pdf, "p.pdf").text
    )
    images = render(made.pdf, dpi) if levels else []
    if "clean" in levels:
        scan = without_text_layer(made.pdf, dpi)
        read["clean image"] = timed(
            "clean image", pages, lambda: read_file(scan, "scan.pdf", Limits(ocr_dpi=dpi)).text
        )
    for level in (lv for lv in levels if lv != "clean"):
        parts = [
            timed(
                level,
                1,
                lambda n=n, im=im, lv=level: read_file(damage(im, lv, dpi, seed=n), "p.jpg").text,
            )
            for n, im in enumerate(images)
        ]
        read[level] = "\n\n".join(parts)
    return read, made.truth, {"seconds": seconds, "cpu": cpu}


def bench_accuracy(dpi: int, levels: list[str], only: str, seeds: bool) -> dict:
    routes = ["text", "text-layer PDF", *map(_route, levels)]
    fields_ok: dict[str, Counter] = {r: Counter() for r in routes}
    chars: dict[str, Counter] = {r: Counter() for r in routes[1:]}
    seconds: dict[str, list[float]] = {r: [] for r in chars}
    for name, text, expected, seed in corpus(seeds):
        if only and not name.startswith(tuple(only.split(","))):
            continue
        group = "seed" if seed else "test"
        read_texts, truth, timing = read_routes(text, dpi, levels)
        for route, times in timing["seconds"].items():
            seconds[route].extend(times)
        for route, read in read_texts.items():
            ok, total = fields(read, expected, seed)
            fields_ok[route][f"{group} ok"] += ok
            fields_ok[route][f"{group} total"] += total
            if route != "text":
                d, n = char_accuracy(read, "\n\n".join(truth))
                chars[route][f"{group} errors"] += d
                chars[route][f"{group} chars"] += n
                print(f"    {route}: characters {1 - d / n:.2%}", flush=True)
        line = " ".join(
            f"{r}={fields(t, expected, seed)[0]}" for r, t in read_texts.items() if r != "text"
        )
        print(
            f"  {name}: {len(truth)} page(s), fields text={fields(text, expected, seed)[0]} "
            f"{line} of {fields(text, expected, seed)[1]}",
            flush=True,
        )
    report = {"dpi": dpi, "routes": {}}
    print(
        "\nroute            | test pages fields | seed pages fields | characters test / seed "
        "| s/page"
    )
    for route in routes:
        f = fields_ok[route]
        c = chars.get(route, Counter())
        row = {
            "test": [f["test ok"], f["test total"]],
            "seed": [f["seed ok"], f["seed total"]],
            "char_accuracy": {
                group: 1 - c[f"{group} errors"] / c[f"{group} chars"]
                for group in ("test", "seed")
                if c[f"{group} chars"]
            },
            "seconds_per_page": statistics.median(seconds[route]) if seconds.get(route) else None,
        }
        report["routes"][route] = row

        def pct(ok: int, total: int) -> str:
            return f"{ok}/{total} ({ok / total:.1%})" if total else "-"

        acc = " / ".join(f"{v:.2%}" for v in row["char_accuracy"].values()) or "-"
        sp = f"{row['seconds_per_page']:.2f}" if row["seconds_per_page"] is not None else "-"
        print(f"{route:16s} | {pct(*row['test']):17s} | {pct(*row['seed']):17s} | {acc:10s} | {sp}")
    return report


def bench_corpus_routes(
    folder: Path, dpi: int, levels: list[str], pages: str | None, verbose: bool
) -> dict:
    """Every route on a corpus folder (pages with an ``expected.json``), scored with
    bench_importer's corpus scoring: notice recall and precision, fields, misses."""
    routes = ["text", "text-layer PDF", *map(_route, levels)]
    scores = {route: CorpusScore() for route in routes}
    chars: dict[str, Counter] = {route: Counter() for route in routes[1:]}
    cpu: Counter = Counter()
    typeset_pages = 0
    for name, expected in corpus_pages(folder, pages):
        text = (folder / name).read_text(encoding="utf-8")
        read_texts, truth, timing = read_routes(text, dpi, levels)
        typeset_pages += len(truth)
        cpu.update(timing["cpu"])
        cells = []
        for route, read in read_texts.items():
            score = scores[route]
            before = score.fields[0]
            score.add(name, expected, [p.to_json() for p in extract_notices(read).proposals])
            cells.append(f"{route}={score.fields[0] - before}")
            if route != "text":
                d, n = char_accuracy(read, "\n\n".join(truth))
                chars[route].update({"errors": d, "chars": n})
        print(f"  {name}: {len(truth)} page(s) typeset, fields {' '.join(cells)}", flush=True)
    print(f"\n{folder}: {typeset_pages} small pages typeset, {dpi} dpi")
    print("route            | recall  | precision | fields          | characters | CPU s")
    report: dict = {"corpus": str(folder), "dpi": dpi, "routes": {}}
    for route in routes:
        score, c = scores[route], chars.get(route, Counter())
        right, all_ = score.fields
        accuracy = 1 - c["errors"] / c["chars"] if c["chars"] else None
        report["routes"][route] = {
            "recall": [score.matched, score.notices],
            "precision": [score.matched, score.proposed],
            "fields": [right, all_],
            "char_accuracy": accuracy,
            "cpu_seconds": cpu.get(route),
        }
        share = f"{accuracy:.2%}" if accuracy is not None else "-"
        seconds = f"{cpu[route]:.0f}" if route in cpu else "-"
        print(
            f"{route:16s} | {score.matched:3d}/{score.notices:<3d} | "
            f"{score.matched:3d}/{score.proposed:<5d} | {right:3d}/{all_:3d} "
            f"({right / max(1, all_):5.1%}) | {share:10s} | {seconds}"
        )
    if verbose:
        for route in routes:
            print(f"\n{route}: {scores[route].summary()}")
            scores[route].report(verbose=True)
    return report


def bench_engines(dpi: int, levels: list[str], only: str) -> None:
    if not shutil.which("tesseract"):
        sys.exit("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
    results: dict[tuple[str, str], Counter] = {}
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for name, text, expected, seed in corpus(include_seeds=False):
        if only and not name.startswith(tuple(only.split(","))):
            continue
        made = typeset([text], SMALL)
        images = render(made.pdf, dpi)
        for level in levels:
            data = [
                damage(image, level, dpi, seed=n) if level != "clean" else _png(image)
                for n, image in enumerate(images)
            ]
            for engine in ("rapidocr", "tesseract"):
                parts = []
                for blob in data:
                    started, cpu_started = time.perf_counter(), _cpu()
                    if engine == "rapidocr":
                        parts.append(read_file(blob, "").text)
                    else:
                        parts.append(tesseract(blob))
                    times.setdefault((engine, level), []).append(time.perf_counter() - started)
                    cpu.setdefault((engine, level), []).append(_cpu() - cpu_started)
                read = "\n\n".join(parts)
                c = results.setdefault((engine, level), Counter())
                d, n = char_accuracy(read, made.text)
                ok, total = fields(read, expected, seed)
                c.update({"errors": d, "chars": n, "ok": ok, "total": total})
        print(f"  {name} done", flush=True)
    print("\nengine    | damage | characters | fields         | s/page (median) | CPU s/page")
    for (engine, level), c in sorted(results.items()):
        print(
            f"{engine:9s} | {level:6s} | {1 - c['errors'] / c['chars']:10.2%} | "
            f"{c['ok']}/{c['total']} ({c['ok'] / c['total']:.1%}) | "
            f"{statistics.median(times[(engine, level)]):.2f} | "
            f"{statistics.median(cpu[(engine, level)]):.2f}"
        )


def _spinning(count: int) -> list[subprocess.Popen]:
    """Processes that keep ``count`` cores busy (the "busy machine" of --busy)."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def bench_speed(repeats: int, threads: int, busy: int) -> None:
    texts = [text for _, text, _, _ in corpus()]
    made = typeset(["\n\n".join(texts)], BROADSHEET)  # full pages, one after the other
    pages = len(made.truth)
    per_page: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        doc = read_file(made.pdf, "edition.pdf")
        per_page.append((time.perf_counter() - started) / pages)
        cpu.append((time.process_time() - cpu_started) / pages)
    routes = Counter(p.route for p in doc.pages)
    print(f"text-layer PDF: {pages} broadsheet pages ({routes}), {len(doc.text)} characters")
    print(
        f"  s/page: median {statistics.median(per_page):.3f} (min {min(per_page):.3f}, "
        f"max {max(per_page):.3f}; whole edition median "
        f"{statistics.median(per_page) * pages:.2f} s); CPU s/page: median "
        f"{statistics.median(cpu):.3f}"
    )
    print(f"  load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    image = render(made.pdf, 200)[0]
    blob = _png(image)
    limits = Limits(ocr_threads=threads)
    hogs = _spinning(busy)
    try:
        _ocr_runs(made, image, blob, limits, repeats, threads, busy)
    finally:
        for hog in hogs:
            hog.kill()


def _ocr_runs(made, image, blob: bytes, limits: Limits, repeats: int, threads: int, busy: int):
    ocr_times, ocr_cpu = [], []
    base_times, base_cpu = [], []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        doc = read_file(blob, "page.png", limits)
        ocr_times.append(time.perf_counter() - started)
        ocr_cpu.append(time.process_time() - cpu_started)
        started, cpu_started = time.perf_counter(), time.process_time()
        baseline = _rapidocr_as_shipped(blob, limits)
        base_times.append(time.perf_counter() - started)
        base_cpu.append(time.process_time() - cpu_started)
    d, n = char_accuracy(doc.text, made.truth[0])
    bd, _ = char_accuracy(baseline, made.truth[0])
    print(
        f"OCR, one broadsheet page at 200 dpi ({image.width}x{image.height} px, "
        f"{n} characters), {threads} ONNX thread(s), {busy} other busy process(es), "
        f"{repeats} runs each, alternating:"
    )
    for label, wall, cpu, errors in (
        ("notices.pages (reduced detection, line crops)", ocr_times, ocr_cpu, d),
        ("baseline: RapidOCR as shipped (full-size detection)", base_times, base_cpu, bd),
    ):
        print(
            f"  {label}: s/page median {statistics.median(wall):.1f} (min {min(wall):.1f}, "
            f"max {max(wall):.1f}); CPU s median {statistics.median(cpu):.1f}; "
            f"characters {1 - errors / n:.2%}"
        )
    print(
        f"  ratio, wall: {statistics.median(base_times) / statistics.median(ocr_times):.2f}x "
        f"faster than the baseline"
    )
    print(f"  load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def _rapidocr_as_shipped(blob: bytes, limits: Limits) -> str:
    """The page read with RapidOCR's own call in place of ``notices.pages.ocr._ocr``
    (detection on the whole image at its own box threshold of 0.5, batches of six lines); the
    rest of the reading is the same. This is how pages were read before (README, Performance)."""

    def shipped(engine, bgr):
        post = engine.text_det.postprocess_op
        engine.text_rec.rec_batch_num, post.box_thresh = 6, 0.5
        try:
            result, _ = engine(bgr, use_cls=False)
        finally:
            engine.text_rec.rec_batch_num, post.box_thresh = 1, ocr.BOX_THRESHOLD
        return result or []

    ours = ocr._ocr
    ocr._ocr = shipped
    try:
        return read_file(blob, "page.png", limits).text
    finally:
        ocr._ocr = ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--accuracy", action="store_true")
    parser.add_argument("--engines", action="store_true")
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument(
        "--levels",
        default="clean,light,medium,heavy",
        help="OCR routes, comma-separated: clean (the PDF without its text layer), light, "
        "medium, heavy (scan damage); '' for none (text and text-layer PDF always run)",
    )
    parser.add_argument("--corpus", type=Path, help="--accuracy on this folder of pages")
    parser.add_argument("--pages", help="--corpus page numbers, e.g. 1-5 or 2,7")
    parser.add_argument("--verbose", action="store_true", help="--corpus: each route's misses")
    parser.add_argument("--only", default="", help="page name prefixes, comma-separated")
    parser.add_argument("--no-seeds", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=ocr.THREADS, help="ONNX threads (--speed)")
    parser.add_argument(
        "--busy", type=int, default=0, help="other processes keeping cores busy (--speed)"
    )
    parser.add_argument("--out", type=Path, help="write the accuracy report as JSON here")
    args = parser.parse_args()
    levels = [lv for lv in args.levels.split(",") if lv]
    if unknown := set(levels) - set(OCR_ROUTES):
        parser.error(f"--levels: unknown {sorted(unknown)}; choose from {OCR_ROUTES}")
    if args.speed:
        bench_speed(args.repeats, args.threads, args.busy)
    if args.accuracy and args.corpus:
        report = bench_corpus_routes(args.corpus, args.dpi, levels, args.pages, args.verbose)
        if args.out:
            args.out.write_text(json.dumps(report, indent=2))
    elif args.accuracy:
        report = bench_accuracy(args.dpi, levels, args.only, not args.no_seeds)
        if args.out:
            args.out.write_text(json.dumps(report, indent=2))
    if args.engines:
        bench_engines(args.dpi, ["clean", *(lv for lv in levels if lv != "clean")], args.only)


if __name__ == "__main__":
    main()
