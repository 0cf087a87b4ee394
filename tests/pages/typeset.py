"""Make newspaper pages to test the page reader: typeset text in columns with boxed notices.

No real scans are at hand, so the tests and benchmarks make them from page texts (our own
test pages, or the shared seed pages at test time): the text is set in Noto CJK in several
columns under a masthead; each notice (a paragraph group that reads like one, with its title
line) is set in a drawn box; pages fill column by column and an edition runs to as many pages
as it needs. From the typeset PDF (with its text layer) come a PDF without a text layer, page
images at any dpi, and scan damage (rotation, blur, uneven light, JPEG artefacts).

``Typeset.truth`` is the text in the order it was set, per page (masthead, blocks, page
label): what a perfect reader gives.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
SERIF = FONT_DIR / "NotoSerifCJK-Regular.ttc"
SANS_BOLD = FONT_DIR / "NotoSansCJK-Bold.ttc"
SC_INDEX = 2  # the Simplified Chinese face in Debian's Noto CJK collections

NOTICE_WORDS = re.compile("公告|公示|声明|债权|清算|环境影响|环评|注销|减资|合并|分立")
MM = 72 / 25.4


def fonts_missing() -> str | None:
    if not SERIF.exists() or not SANS_BOLD.exists():
        return f"{FONT_DIR}: Noto CJK fonts are missing (apt-get install -y fonts-noto-cjk)"
    try:
        import fpdf  # noqa: F401
    except ImportError:
        return "fpdf2 is not installed (pip install -e '.[dev]')"
    return None


@dataclass(frozen=True)
class Format:
    """A page format: size in mm, columns, body size in points."""

    width: float
    height: float
    columns: int
    size: float

    @property
    def margin(self) -> float:
        return 12 * MM


BROADSHEET = Format(380, 560, 5, 8.5)  # a Chinese daily's page
TABLOID = Format(260, 370, 3, 9.0)
SMALL = Format(180, 240, 2, 9.0)  # quick tests: a few notices, fast OCR
WIDE = Format(260, 370, 2, 9.0)  # pages whose lines run to 40 characters (some seed pages)


@dataclass
class Typeset:
    pdf: bytes
    truth: list[str] = field(default_factory=list)  # per page, blocks in reading order

    @property
    def text(self) -> str:
        return "\n\n".join(self.truth)


def blocks_of(text: str) -> list[tuple[list[tuple[str, bool]], bool]]:
    """Split a page text into blocks (blank-line separated); a notice and its title are boxed.

    A one-line block that is a notice's title joins the notice it belongs to (the next block
    when the title is printed first, else the previous one), so the box holds both.
    """
    raw = [
        [line.strip() for line in chunk.splitlines() if line.strip()]
        for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    ]
    raw = [b for b in raw if b]
    out: list[tuple[list[tuple[str, bool]], bool | None]] = []
    titled: set[int] = set()  # blocks that already hold their title
    for block in raw:
        body = "".join(block)
        is_title = (
            len(block) <= 2 and len(body) <= 40 and bool(NOTICE_WORDS.search(block[-1]))
        ) and not body.endswith("。")
        lines = [(line, is_title) for line in block]
        prev = len(out) - 1
        if is_title and out and out[-1][1] and prev not in titled:
            out[-1] = ([*out[-1][0], ("", False), *lines], True)  # title after its notice
            titled.add(prev)
            continue
        if out and prev not in titled and out[-1][1] is None:
            out[-1] = ([*out[-1][0], ("", False), *lines], True)  # the notice after its title
            titled.add(prev)
            continue
        notice = len(block) > 2 and bool(NOTICE_WORDS.search(body))
        out.append((lines, None if is_title else notice))
    return [(lines, bool(boxed) or boxed is None) for lines, boxed in out]


def typeset(pages: list[str], fmt: Format = TABLOID, masthead: str = "分类广告") -> Typeset:
    """Typeset page texts into one PDF (an edition); each text starts a new page."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(fmt.width * MM, fmt.height * MM))
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(SERIF), collection_font_number=SC_INDEX)
    pdf.add_font("sans", "B", str(SANS_BOLD), collection_font_number=SC_INDEX)
    out = Typeset(b"")
    for text in pages:
        _set_pages(pdf, fmt, blocks_of(text), masthead, out.truth)
    out.pdf = bytes(pdf.output())
    return out


def _set_pages(pdf, fmt: Format, blocks, masthead: str, truth: list[str]) -> None:
    m = fmt.margin
    gutter = 4.5 * MM
    col_w = (fmt.width * MM - 2 * m - gutter * (fmt.columns - 1)) / fmt.columns
    lead = fmt.size * 1.45
    pad = 2.2 * MM
    top = m + 16 * MM
    bottom = fmt.height * MM - m

    def new_page() -> None:
        pdf.add_page()
        pdf.set_font("sans", "B", 20)
        pdf.text(m, m + 10 * MM, masthead)
        pdf.set_font("serif", "", 8)
        pdf.text(m + 45 * MM, m + 10 * MM, f"第 {pdf.page_no()} 版")
        pdf.set_line_width(1.2)
        pdf.line(m, m + 13 * MM, fmt.width * MM - m, m + 13 * MM)
        truth.append("")

    def close_page() -> None:
        truth[-1] = "\n\n".join([f"{masthead} 第 {pdf.page_no()} 版", *page_blocks])

    new_page()
    column, y = 0, top
    page_blocks: list[str] = []
    for lines, boxed in blocks:
        inner = col_w - (2 * pad if boxed else 0)
        set_lines = _wrap(pdf, lines, inner, fmt.size)
        height = len(set_lines) * lead + (2 * pad if boxed else 0)
        if y + height > bottom and y > top:
            column += 1
            y = top
            if column == fmt.columns:
                close_page()
                page_blocks = []
                new_page()
                column = 0
        x = m + column * (col_w + gutter)
        if boxed:
            pdf.set_line_width(0.6)
            pdf.rect(x, y, col_w, min(height, bottom - y))
        ty = y + (pad if boxed else 0)
        for line, is_title, stretch in set_lines:
            pdf.set_stretching(stretch)
            if ty + lead > bottom + 0.1:
                break  # a block longer than a column is cut (keeps the generator simple)
            if is_title:
                pdf.set_font("sans", "B", fmt.size + 2)
                w = pdf.get_string_width(line)
                pdf.text(x + (col_w - w) / 2, ty + fmt.size + 1, line)
            elif line:
                pdf.set_font("serif", "", fmt.size)
                pdf.text(x + (pad if boxed else 0), ty + fmt.size, line)
            ty += lead
        pdf.set_stretching(100)
        page_blocks.append("\n".join(line for line, _, _ in set_lines if line))
        y += height + lead
    close_page()


#: A line up to this much wider than its column is set condensed rather than broken, as
#: compositors do with a long signature line.
CONDENSE = 1.35


def _wrap(pdf, lines: list[tuple[str, bool]], width: float, size: float):
    """The lines as set: (text, is_title, horizontal scale in percent)."""
    out: list[tuple[str, bool, float]] = []
    for line, title in lines:
        if not line:
            out.append(("", False, 100.0))
            continue
        pdf.set_font(*(("sans", "B", size + 2) if title else ("serif", "", size)))
        full = pdf.get_string_width(line)
        if width < full <= width * CONDENSE:
            out.append((line, title, 100.0 * width / full))
            continue
        rest = line
        while rest:
            n = min(len(rest), int(width / size * 2) + 2)
            while n > 1 and pdf.get_string_width(rest[:n]) > width:
                n -= 1
            out.append((rest[:n], title, 100.0))
            rest = rest[n:]
    return out


def without_text_layer(pdf_bytes: bytes, dpi: int = 200) -> bytes:
    """The same pages as a PDF of images only (what a scanner's PDF is)."""
    images = render(pdf_bytes, dpi)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def render(pdf_bytes: bytes, dpi: int) -> list:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


#: Scan damage levels: rotation (degrees), blur radius (px at 200 dpi), light falloff, JPEG q.
DAMAGE = {
    "clean": (0.0, 0.0, 0.0, None),
    "light": (1.0, 0.6, 0.10, 80),
    "medium": (2.0, 0.9, 0.25, 60),
    "heavy": (3.0, 1.2, 0.40, 40),
}


def damage(image, level: str, dpi: int = 200, seed: int = 12) -> bytes:
    """A page image as a scan or phone photo of the print: turned, soft, unevenly lit, JPEG."""
    from PIL import Image, ImageFilter

    angle, blur, falloff, quality = DAMAGE[level]
    rng = random.Random(seed)
    img = image.convert("L")
    if angle:
        img = img.rotate(angle * rng.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=255)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur * dpi / 200))
    if falloff:
        w, h = img.size
        light = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize((w, h))
        shade = light.point(lambda v: int(255 - falloff * v))
        img = Image.composite(img, Image.new("L", img.size, 0), shade)
    buffer = io.BytesIO()
    if quality is None:
        img.save(buffer, "PNG")
    else:
        img.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def main() -> None:
    """Write the small committed fixtures (from our own test pages) to tests/pages/fixtures/."""
    here = Path(__file__).resolve().parent
    pages = here.parent / "importer" / "pages"
    out = here / "fixtures"
    out.mkdir(exist_ok=True)
    text = next(pages.glob("p15_*.txt")).read_text(encoding="utf-8")
    made = typeset([text], SMALL)
    (out / "p15-page.pdf").write_bytes(made.pdf)
    (out / "p15-page-scan.jpg").write_bytes(damage(render(made.pdf, 150)[0], "light", 150))


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
