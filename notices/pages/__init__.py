"""Read newspaper pages as they come (pure Python, no Django): e-paper PDFs with a text layer,
PDFs without one, scans and photos (PNG, JPEG, TIFF), and plain text.

``read_file(data, name)`` returns a ``Document``: the text in reading order (columns and boxed
notices found, each block read top to bottom) and, for every printed line, the page and box
it came from, so any span of the text can be shown as a crop of the page. Pages without a
text layer and images go through OCR (``ocr``). Nothing here raises for bad input: a
document without text carries a message saying why, for the screen and the command.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from ..importer.text import decode
from . import ocr, pdf
from .layout import Fragment, reading_order
from .model import Box, Document, Line, PageInfo

__all__ = ["Box", "Document", "Limits", "Line", "PageInfo", "read_file", "sniff"]

KINDS = {".pdf": "pdf", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff"}
KINDS[".tiff"] = "tiff"
KINDS[".txt"] = "text"
LABELS = {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "tiff": "TIFF", "text": "text"}
LABELS_ZH = {**LABELS, "text": "文本"}

EMPTY = "文件为空（0 字节）/ the file is empty (0 bytes)"
NO_TEXT = "页面上没有识别出文字 / no text was found on the page"


@dataclass(frozen=True)
class Limits:
    """What one upload may be; settings (``NOTICES_IMPORT_*``) set them in the product."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 100
    ocr_dpi: int = 200
    max_pixels: int = 80_000_000  # a broadsheet at 300 dpi is ~30 million
    ocr_threads: int = ocr.THREADS


def sniff(data: bytes) -> str:
    """What the bytes are: pdf, png, jpeg, tiff, or text (anything else)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return "text"


def read_file(
    data: bytes,
    name: str = "",
    limits: Limits | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """Read a file of newspaper pages; ``progress(n, m)`` is called as page n of m starts."""
    limits = limits or Limits()
    if not data:
        return Document(messages=(EMPTY,))
    if len(data) > limits.max_bytes:
        return Document(
            messages=(
                f"文件过大：{len(data) / 1e6:.1f} MB，上限 {limits.max_bytes / 1e6:.0f} MB / "
                f"the file is too large: {len(data) / 1e6:.1f} MB, the limit is "
                f"{limits.max_bytes / 1e6:.0f} MB",
            )
        )
    kind = sniff(data)
    claimed = KINDS.get(PurePath(name).suffix.lower())
    if claimed and claimed != kind:
        if kind == "text":  # no known file signature: text, or bytes of no known kind
            message = (
                f"文件名是 {LABELS_ZH[claimed]}，内容却不是 {LABELS_ZH[claimed]}，未读取 / "
                f"the file is named as {LABELS[claimed]} but is not one; it was not read"
            )
        else:
            message = (
                f"文件名是 {LABELS_ZH[claimed]}，内容却是 {LABELS_ZH[kind]}，未读取 / the file is "
                f"named as {LABELS[claimed]} but holds {LABELS[kind]}; it was not read"
            )
        return Document(messages=(message,))
    if kind == "text":
        text, problem = decode(data)
        return Document(text=text if not problem else "", messages=(problem,) if problem else ())
    if kind == "pdf":
        return _read_pdf(data, limits, progress)
    return _read_images(data, limits, progress)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.lines: list[Line] = []
        self.pages: list[PageInfo] = []
        self.messages: list[str] = []

    def add_page(self, info: PageInfo, blocks: list[list[Fragment]]) -> None:
        self.pages.append(info)
        if self.length:
            self._write("\f\n\n")
        for b, block in enumerate(blocks):
            if b:
                self._write("\n")
            for line in block:
                start = self.length
                self._write(line.text)
                x0, y0, x1, y1 = line.printed
                box = Box(
                    info.number,
                    max(0.0, x0 / info.width),
                    max(0.0, y0 / info.height),
                    min(1.0, x1 / info.width),
                    min(1.0, y1 / info.height),
                )
                self.lines.append(Line(start, self.length, box))
                self._write("\n")

    def _write(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def document(self) -> Document:
        text = "".join(self.parts)
        messages = list(self.messages)
        if not text.strip() and not messages:
            messages.append(NO_TEXT)
        return Document(text, tuple(self.lines), tuple(self.pages), tuple(messages))


def _too_many(count: int, limits: Limits) -> str:
    return (
        f"共 {count} 页，超过上限 {limits.max_pages} 页，未读取 / {count} pages: more than the "
        f"limit of {limits.max_pages}; the file was not read"
    )


def _read_pdf(data: bytes, limits: Limits, progress) -> Document:
    try:
        document = pdf.open_pdf(data)
    except pdf.PdfProblem as exc:
        return Document(messages=(str(exc),))
    out = _Builder()
    try:
        count = len(document)
        if count > limits.max_pages:
            return Document(messages=(_too_many(count, limits),))
        if count == 0:
            return Document(messages=(pdf.CORRUPT,))
        for page in pdf.pages(document):
            if progress:
                progress(page.number, count)
            started = time.perf_counter()
            chars = sum(len(f.text) for f in page.fragments)
            if chars >= pdf.MIN_TEXT_CHARS:
                blocks = reading_order(page.fragments, page.frames, page.width * page.height)
                info = PageInfo(page.number, page.width, page.height, "text-layer")
                out.add_page(info, blocks)
            else:
                _ocr_page(out, page.number, page.render(limits.ocr_dpi), limits)
            out.pages[-1] = _timed(out.pages[-1], started)
    except Exception as exc:  # PDFium on a damaged page: say which, keep what was read
        out.messages.append(
            f"第 {len(out.pages) + 1} 页无法读取 / page {len(out.pages) + 1} "
            f"could not be read ({type(exc).__name__})"
        )
    finally:
        document.close()
    return out.document()


def _timed(info: PageInfo, started: float) -> PageInfo:
    return PageInfo(info.number, info.width, info.height, info.route, time.perf_counter() - started)


def _ocr_page(out: _Builder, number: int, image, limits: Limits) -> None:
    try:
        lines, _skew = ocr.read_image(image, limits.ocr_threads)
    except ocr.OcrUnavailable as exc:
        out.pages.append(PageInfo(number, image.width, image.height, "ocr"))
        if str(exc) not in out.messages:
            out.messages.append(str(exc))
        return
    blocks = reading_order([line.level for line in lines], [], image.width * image.height)
    info = PageInfo(number, image.width, image.height, "ocr")
    out.add_page(info, blocks)


def _read_images(data: bytes, limits: Limits, progress) -> Document:
    from PIL import Image, ImageOps, ImageSequence

    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    out = _Builder()
    try:
        image = Image.open(io.BytesIO(data))
        count = getattr(image, "n_frames", 1)
        if count > limits.max_pages:
            return Document(messages=(_too_many(count, limits),))
        for n, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if progress:
                progress(n, count)
            started = time.perf_counter()
            if frame.width * frame.height > limits.max_pixels:
                raise Image.DecompressionBombError
            page = ImageOps.exif_transpose(frame.convert("RGB"))
            _ocr_page(out, n, page, limits)
            out.pages[-1] = _timed(out.pages[-1], started)
    except Image.DecompressionBombError:
        out.messages.append(
            f"图片像素过多（上限 {limits.max_pixels:,}）/ the image has too many pixels "
            f"(limit {limits.max_pixels:,})"
        )
    except (OSError, ValueError, SyntaxError):
        out.messages.append("图片已损坏，无法读取 / the image is damaged and cannot be read")
    return out.document()


def page_images(data: bytes, dpi: int = 100, limits: Limits | None = None):
    """Each page of a PDF or image file as a Pillow image (for the crops beside each field);
    yields ``(number, image)``, nothing for text or unreadable files."""
    limits = limits or Limits()
    kind = sniff(data)
    if kind == "pdf":
        try:
            document = pdf.open_pdf(data)
        except pdf.PdfProblem:
            return
        try:
            for n in range(min(len(document), limits.max_pages)):
                yield n + 1, document[n].render(scale=dpi / 72).to_pil()
        finally:
            document.close()
    elif kind != "text":
        from PIL import Image, ImageOps, ImageSequence

        Image.MAX_IMAGE_PIXELS = limits.max_pixels
        with Image.open(io.BytesIO(data)) as image:
            for n, frame in enumerate(ImageSequence.Iterator(image), start=1):
                if n > limits.max_pages:
                    break
                page = ImageOps.exif_transpose(frame.convert("RGB"))
                scale = min(1.0, dpi / limits.ocr_dpi)
                yield n, page.resize((int(page.width * scale), int(page.height * scale)))
