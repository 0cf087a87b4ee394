"""Where OCR looks for lines: on a reduced copy of the page, larger only for small print."""

from __future__ import annotations

import numpy as np
import pytest

from notices.pages import ocr


class _Post:
    dilation_kernel = np.ones((2, 2))


class _Detector:
    """Finds lines whose height, in the detector's pixels, is the type's height on the page
    times the scale it is shown at; below ``smallest`` pixels it sees nothing."""

    def __init__(self, page_line_px: float, smallest: float = 0.0):
        self.page_line_px = page_line_px
        self.smallest = smallest
        self.postprocess_op = _Post()
        self.calls: list[tuple[int, int, bool]] = []

    def __call__(self, image):
        h, w = image.shape[:2]
        self.calls.append((w, h, self.postprocess_op.dilation_kernel is not None))
        line = self.page_line_px * h / self.page_h
        if line < self.smallest:
            return None, 0.0
        return np.array([[[10, 10], [w - 10, 10], [w - 10, 10 + line], [10, 10 + line]]]), 0.0


class _Engine:
    def __init__(self, detector):
        self.text_det = detector


def _find(page_w: int, page_h: int, detector) -> tuple[list, list]:
    detector.page_h = page_h
    image = np.zeros((page_h, page_w, 3), dtype=np.uint8)
    return ocr._find_lines(_Engine(detector), image), detector.calls


def test_a_broadsheet_scan_is_looked_at_reduced_and_once_more_a_little_larger():
    # 200 dpi broadsheet (2992 x 4409), body type 26 px: the 1600-px look sees ~9-px lines
    boxes, calls = _find(2992, 4409, _Detector(26))
    assert len(calls) == 2
    (w1, h1, dilated1), (w2, h2, dilated2) = calls
    assert max(w1, h1) == ocr.PROBE_SIDE
    assert max(w1, h1) < max(w2, h2) < 4409  # larger, still well under the full page
    assert not dilated1
    assert not dilated2
    # the boxes come back in the page's own pixels
    ((_x0, y0), (x1, _), (_, y2), _) = boxes[0]
    assert x1 > 2900
    assert y2 - y0 == pytest.approx(26, abs=1)


def test_large_print_is_read_from_the_first_reduced_look_alone():
    _, calls = _find(2992, 4409, _Detector(60))
    assert len(calls) == 1


def test_a_page_no_larger_than_the_probe_is_looked_at_as_it_is():
    _, calls = _find(1063, 1418, _Detector(20))
    assert calls == [(1063, 1418, True)]  # full size, the detector's own dilation kept


def test_print_too_small_for_the_reduced_look_is_looked_for_at_full_size():
    _, calls = _find(2992, 4409, _Detector(14, smallest=6))
    assert [max(w, h) for w, h, _ in calls] == [ocr.PROBE_SIDE, 4409]


def test_the_engines_threads_sleep_rather_than_spin_while_they_wait():
    # spinning threads on a busy machine made two threads slower than one
    engine = ocr._get_engine(2)
    for session in (engine.text_det.infer.session, engine.text_rec.session.session):
        options = session.get_session_options()
        assert options.intra_op_num_threads == 2
        assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    # RapidOCR's own session options are left as they were for anyone else
    from rapidocr_onnxruntime.utils.infer_engine import OrtInferSession

    plain = OrtInferSession._init_sess_opts({})
    with pytest.raises(RuntimeError):  # no such entry: ONNX Runtime's default, spinning
        plain.get_session_config_entry("session.intra_op.allow_spinning")
