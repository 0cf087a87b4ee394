"""Chinese OCR of page images with RapidOCR (PP-OCRv4 models shipped inside the
``rapidocr-onnxruntime`` wheel, run by ONNX Runtime on the CPU; nothing is downloaded).

Lines are found on a reduced copy of the page and read from the page as it is. The detector
needs text about a dozen pixels high to find a line, not the 25-30 of a 200-dpi scan: on a
broadsheet it costs a seventh of the time at half the resolution and finds the same lines. A
first look at a copy no longer than ``PROBE_SIDE`` measures the lines; the page is looked at
again, larger, only when they came out smaller than ``LINE_PX``. Each line is then cut from the
full image and recognised on its own (one line a batch: padding lines of unequal length to a
common width cost more than batching saved).

A scan or a photo is often turned by a degree or two. The detector returns each line as a
quadrilateral; the median slope of those lines is the page's skew, and the line boxes are
turned back by it before the reading order is worked out, so that slanted lines of
neighbouring columns and rows do not overlap. The boxes kept for the crops are the upright
boxes on the image as it is.
"""

from __future__ import annotations

import math
import os
import statistics
import threading
import unicodedata
from dataclasses import dataclass

from .layout import Fragment

NEEDS_OCR = (
    "图片和扫描页的识别需要 rapidocr-onnxruntime 及其系统库（Debian: libgl1）/ "
    "reading images and scanned pages needs the rapidocr-onnxruntime package and its system "
    "library libGL (Debian: libgl1); text-layer PDFs and text files work without it"
)
#: The longest side RapidOCR's own path sees (used only for a strip of one line); a page is
#: looked at reduced and read from its full image whatever its size (a 300-dpi broadsheet is
#: 4,489 x 6,615: 19 s, 99.3 % of its characters).
MAX_SIDE = 5000

#: The longest side of the first, reduced look for lines.
PROBE_SIDE = 1600
#: The median line height (detector box, in the detector's pixels) that finds lines reliably.
LINE_PX = 18

#: How much taller than the line its crop for recognition is, above and below (a share of its
#: height). Recognition scales every crop to 48 pixels high, so more room is a narrower input
#: and a faster page (0.25: a sixth faster), but thinner letters, and a doubled letter or an
#: underscore is lost more often (measured on our test pages); 0.1 reads as well as RapidOCR's
#: own crops.
CROP_MARGIN = 0.1

#: The detector's least mean score for a line box (RapidOCR ships 0.5). A digit or two wrapped
#: alone onto a line of a blurred scan scores 0.4-0.5 and was lost at 0.5 (a phone number's
#: last digit); what a lower bar lets through is still read and dropped if it reads as nothing.
BOX_THRESHOLD = 0.4

#: The room around a box of one or two characters for its recognition, left and right, as a
#: share of its height (see ``_crop``).
SHORT_BOX_ROOM = 0.5

#: ONNX Runtime threads for one page: two where there are two cores. Their threads do not spin
#: while they wait for work (ONNX Runtime's default is to spin): spinning threads on a busy
#: 2-core machine were slower than one thread (41.7 s against 34.8 s for a broadsheet page with
#: both cores taken by other work), and without spinning two threads beat one both idle (15.7 s
#: against 23.3 s) and busy (26.1 s). ``NOTICES_IMPORT_OCR_THREADS`` sets it.
THREADS = min(2, os.cpu_count() or 1)

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
                from rapidocr_onnxruntime.utils.infer_engine import OrtInferSession
            except Exception as exc:  # ImportError, or OSError for a missing libGL
                raise OcrUnavailable(NEEDS_OCR) from exc
            made = OrtInferSession._init_sess_opts  # RapidOCR's session options, and ours
            OrtInferSession._init_sess_opts = staticmethod(lambda config: _no_spin(made(config)))
            try:
                _engine = RapidOCR(
                    max_side_len=MAX_SIDE,
                    print_verbose=False,
                    intra_op_num_threads=threads,
                    inter_op_num_threads=1,
                )
            finally:
                OrtInferSession._init_sess_opts = staticmethod(made)
            _engine.text_rec.rec_batch_num = 1
            _engine.text_det.postprocess_op.box_thresh = BOX_THRESHOLD
            _engine_threads = threads
        return _engine


def _no_spin(options):
    """Session options whose threads sleep, not spin, while they wait for work."""
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return options


def read_image(image, threads: int = THREADS) -> tuple[list[OcrLine], float]:
    """OCR a Pillow image: its lines and the skew in degrees (positive: turned clockwise)."""
    import numpy as np

    engine = _get_engine(threads)
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])  # OpenCV's order
    with _lock:  # one ONNX session per process
        result = _ocr(engine, bgr)
    if not result:
        return [], 0.0
    quads = [(q, text, float(score)) for q, text, score in result if text.strip()]
    slopes = []
    for quad, _, _ in quads:
        (x0, y0), (x1, y1) = quad[0], quad[1]
        if x1 - x0 > 3 * abs(quad[3][1] - quad[0][1]):  # long enough to measure
            slopes.append(math.atan2(y1 - y0, x1 - x0))
    skew = statistics.median(slopes) if slopes else 0.0
    h, w = bgr.shape[:2]
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
        x0, x1 = min(p[0] for p in turned), max(p[0] for p in turned)
        level = Fragment(
            text,
            x0,
            min(p[1] for p in turned),
            x1,
            max(p[1] for p in turned),
            source=(upright.x0, upright.y0, upright.x1, upright.y1),
            size=type_size(text, x1 - x0),
        )
        lines.append(OcrLine(upright, level, score))
    return lines, math.degrees(skew)


def type_size(text: str, width: float) -> float:
    """The type size of a line read by OCR: its width per character, a Chinese character or
    full-width sign being one em and a Latin letter, digit or space half of one. 0 for a line
    too short to measure (under three ems) or mostly Latin (proportional letters)."""
    wide = sum(1 for c in text if unicodedata.east_asian_width(c) in "WF")
    ems = wide + 0.5 * (len(text) - wide)
    if ems < 3 or wide < 0.6 * ems:
        return 0.0
    return width / ems


def _ocr(engine, bgr) -> list[tuple[list, str, float]]:
    """Each line as (quadrilateral on the image, text, score), weak readings left out."""
    h, w = bgr.shape[:2]
    if h <= engine.min_height or w / h > engine.width_height_ratio:
        # a strip of one line: RapidOCR's own path pads it
        result, _ = engine(bgr, use_cls=False)
        return result or []
    boxes = _find_lines(engine, bgr)
    if not boxes:
        return []
    crops = engine.get_crop_img_list(bgr, [_crop(b, bgr.shape) for b in boxes])
    readings, _ = engine.text_rec(crops)
    return [
        (box.tolist(), text, score)
        for box, (text, score, *_) in zip(boxes, readings, strict=True)
        if float(score) >= engine.text_score
    ]


def _find_lines(engine, bgr) -> list:
    """Line quadrilaterals in the image's pixels, found on a copy no larger than needed."""
    h, w = bgr.shape[:2]
    probe = min(1.0, PROBE_SIDE / max(h, w))
    boxes = _detect(engine, bgr, probe)
    if boxes:
        height = statistics.median(_quad_height(b) for b in boxes) * probe
        wanted = min(1.0, probe * LINE_PX / max(height, 1.0))
        if wanted > probe * 1.2:  # small print: look again, larger
            boxes = _detect(engine, bgr, wanted) or boxes
    elif probe < 1.0:  # nothing seen on the copy: print too small for it
        boxes = _detect(engine, bgr, 1.0)
    return boxes


def _detect(engine, bgr, scale: float) -> list:
    import cv2
    import numpy as np

    small = bgr
    post = engine.text_det.postprocess_op
    kernel = post.dilation_kernel
    if scale < 1.0:
        size = (max(1, round(bgr.shape[1] * scale)), max(1, round(bgr.shape[0] * scale)))
        small = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
        post.dilation_kernel = None  # its one pixel would be two or three on the page
    try:
        found, _ = engine.text_det(small)
    finally:
        post.dilation_kernel = kernel
    if found is None or len(found) == 0:
        return []
    boxes = np.asarray(found, dtype=np.float32)
    boxes[..., 0] *= bgr.shape[1] / small.shape[1]
    boxes[..., 1] *= bgr.shape[0] / small.shape[0]
    return list(_inside(boxes, bgr.shape))


def _crop(quad, shape):
    """Where a line is cut from the page for recognition: its quadrilateral with
    ``CROP_MARGIN`` above and below; a box of one or two characters, about as long as it is
    high, upright and with room around it. The detector's angle for so short a box is noise
    and its box hugs the glyph: a lone "1" wrapped onto a line of its own came back turned by
    30 degrees, or 8 pixels wide, and read as nothing; upright with half its height of room on
    each side it reads at 0.95."""
    import numpy as np

    q = np.asarray(quad, dtype=np.float32)
    width, height = math.dist(q[0], q[1]), math.dist(q[0], q[3])
    if max(width, height) >= 2 * min(width, height):
        return _with_margin(q, shape)
    (x0, y0), (x1, y1) = q.min(axis=0), q.max(axis=0)
    side, tall = (y1 - y0) * SHORT_BOX_ROOM, (y1 - y0) * 0.3
    room = np.array(
        [
            [x0 - side, y0 - tall],
            [x1 + side, y0 - tall],
            [x1 + side, y1 + tall],
            [x0 - side, y1 + tall],
        ],
        dtype=np.float32,
    )
    return _inside(room, shape)


def _with_margin(quad, shape):
    """The line's quadrilateral grown up and down by ``CROP_MARGIN`` of its height."""
    import numpy as np

    q = np.asarray(quad, dtype=np.float32)
    up = (q[0] - q[3]) * CROP_MARGIN  # from the bottom edge towards the top
    grown = np.array([q[0] + up, q[1] + up, q[2] - up, q[3] - up], dtype=np.float32)
    return _inside(grown, shape)


def _inside(points, shape):
    """Points (the last axis x, y) moved inside an image of ``shape``."""
    points[..., 0] = points[..., 0].clip(0, shape[1] - 1)
    points[..., 1] = points[..., 1].clip(0, shape[0] - 1)
    return points


def _quad_height(quad) -> float:
    (x0, y0), (x3, y3) = quad[0], quad[3]
    return math.hypot(x3 - x0, y3 - y0)
