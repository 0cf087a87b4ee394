"""Chinese OCR of page images with RapidOCR (PP-OCRv4 models shipped inside the
``rapidocr-onnxruntime`` wheel, run by ONNX Runtime on the CPU; nothing is downloaded).

A scan or a photo is often turned by a degree or two. The detector returns each line as a
quadrilateral; the median slope of those lines is the page's skew, and the line boxes are
turned back by it before the reading order is worked out, so that slanted lines of
neighbouring columns and rows do not overlap. The boxes kept for the crops are the upright
boxes on the image as it is.
"""

from __future__ import annotations

import math
import statistics
import threading
from dataclasses import dataclass

from .layout import Fragment

NEEDS_OCR = (
    "图片和扫描页的识别需要 rapidocr-onnxruntime 及其系统库（Debian: libgl1）/ "
    "reading images and scanned pages needs the rapidocr-onnxruntime package and its system "
    "library libGL (Debian: libgl1); text-layer PDFs and text files work without it"
)
#: The longest side OCR sees; larger images are scaled down (a broadsheet at 200 dpi is ~4,600).
MAX_SIDE = 5000

#: ONNX Runtime threads for one page. One by default: on a shared 2-core machine two threads
#: that wait on each other were 4x slower than one (a benchmark under load); an idle
#: machine gains ~1.5x from two. ``NOTICES_IMPORT_OCR_THREADS`` sets it.
THREADS = 1

_engine = None
_engine_threads = None
_lock = threading.Lock()


class OcrUnavailable(Exception):
    pass


@dataclass(frozen=True)
class OcrLine:
    fragment: Fragment  # upright box on the image as given
    level: Fragment  # the same line turned back by the page's skew (for reading order)
    score: float


def available(threads: int = THREADS) -> bool:
    try:
        _get_engine(threads)
    except OcrUnavailable:
        return False
    return True


def _get_engine(threads: int = THREADS):
    global _engine, _engine_threads
    with _lock:
        if _engine is None or _engine_threads != threads:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except Exception as exc:  # ImportError, or OSError for a missing libGL
                raise OcrUnavailable(NEEDS_OCR) from exc
            _engine = RapidOCR(
                max_side_len=MAX_SIDE,
                print_verbose=False,
                intra_op_num_threads=threads,
                inter_op_num_threads=1,
            )
            _engine_threads = threads
        return _engine


def read_image(image, threads: int = THREADS) -> tuple[list[OcrLine], float]:
    """OCR a Pillow image: its lines and the skew in degrees (positive: turned clockwise)."""
    import numpy as np

    engine = _get_engine(threads)
    rgb = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RapidOCR takes BGR like OpenCV
    with _lock:  # one ONNX session per process; it uses every core already
        result, _ = engine(rgb, use_cls=False)
    if not result:
        return [], 0.0
    quads = [(q, text, float(score)) for q, text, score in result if text.strip()]
    slopes = []
    for quad, _, _ in quads:
        (x0, y0), (x1, y1) = quad[0], quad[1]
        if x1 - x0 > 3 * abs(quad[3][1] - quad[0][1]):  # long enough to measure
            slopes.append(math.atan2(y1 - y0, x1 - x0))
    skew = statistics.median(slopes) if slopes else 0.0
    h, w = rgb.shape[:2]
    cx, cy = w / 2, h / 2
    cos, sin = math.cos(-skew), math.sin(-skew)
    lines = []
    for quad, text, score in quads:
        xs = [p[0] for p in quad]
        ys = [p[1] for p in quad]
        upright = Fragment(text, min(xs), min(ys), max(xs), max(ys))
        turned = [
            (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
            for x, y in quad
        ]
        level = Fragment(
            text,
            min(p[0] for p in turned),
            min(p[1] for p in turned),
            max(p[0] for p in turned),
            max(p[1] for p in turned),
            source=(upright.x0, upright.y0, upright.x1, upright.y1),
        )
        lines.append(OcrLine(upright, level, score))
    return lines, math.degrees(skew)
