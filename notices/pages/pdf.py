"""PDF pages through PDFium (pypdfium2): the text layer with every character's box, the frames
drawn on the page, and a rendering for OCR when a page has no text layer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .layout import Fragment, Rect

#: A page with fewer printed characters than this in its text layer is read by OCR.
MIN_TEXT_CHARS = 20


class PdfProblem(Exception):
    """The file cannot be read as a PDF; the message is for the person who gave it."""


ENCRYPTED = "PDF 已加密，需要密码，无法读取 / the PDF is encrypted (password protected)"
CORRUPT = "PDF 文件已损坏或不是 PDF / the PDF is damaged or not a PDF"


@dataclass
class PdfPage:
    number: int
    width: float
    height: float
    fragments: list[Fragment]
    frames: list[Rect]
    _page: object  # pypdfium2.PdfPage, kept open for rendering

    def render(self, dpi: int):
        """The page as a Pillow image at ``dpi``."""
        return self._page.render(scale=dpi / 72, may_draw_forms=True).to_pil()


def open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfProblem(ENCRYPTED) from None
        raise PdfProblem(CORRUPT) from None


def pages(document) -> Iterator[PdfPage]:
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        yield PdfPage(
            index + 1, width, height, _fragments(page, height), _frames(page, height), page
        )


def _fragments(page, height: float) -> list[Fragment]:
    """The text layer as runs of characters, split where the text jumps (a new line or column)."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    out: list[Fragment] = []
    run: list[tuple[str, float, float, float, float]] = []

    def close() -> None:
        if run:
            text = "".join(c[0] for c in run).strip()
            boxed = [c for c in run if c[3] > c[1]]
            if text and boxed:
                out.append(
                    Fragment(
                        text,
                        min(c[1] for c in boxed),
                        min(c[2] for c in boxed),
                        max(c[3] for c in boxed),
                        max(c[4] for c in boxed),
                    )
                )
            run.clear()

    import ctypes

    handle = textpage.raw
    get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    get_box, rect = raw.FPDFText_GetLooseCharBox, raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    last = None  # the last character with a box in the run
    for i in range(textpage.count_chars()):
        code = get_unicode(handle, i)
        if code in (10, 13) and is_generated(handle, i) == 1:
            close()
            last = None
            continue
        ch = chr(code) if code else ""
        if not ch or ch.isspace():
            if run and run[-1][0] != " ":
                run.append((" ", 0, 0, 0, 0))
            continue
        get_box(handle, i, rect_ref)
        x0, y0, x1, y1 = rect.left, height - rect.top, rect.right, height - rect.bottom
        if last is not None:
            h = max(y1 - y0, last[4] - last[2], 1.0)
            same_row = abs((y0 + y1) - (last[2] + last[4])) < h
            spaced = run[-1][0] == " "  # an explicit space: a wider gap is still one line
            if not same_row or x0 < last[1] or x0 - last[3] > h * (3.0 if spaced else 1.0):
                close()
            elif x0 - last[3] > h * 0.45 and not spaced:
                run.append((" ", 0, 0, 0, 0))
        last = (ch, x0, y0, x1, y1)
        run.append(last)
    close()
    textpage.close()
    return out


def _frames(page, height: float) -> list[Rect]:
    """Rectangles drawn on the page (path objects that enclose an area): the notice boxes."""
    import pypdfium2.raw as raw

    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if right - left > 20 and top - bottom > 12:
            out.append(Rect(left, height - top, right, height - bottom))
    return out
