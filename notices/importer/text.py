"""Decode the input, fold full-width forms, drop OCR spaces and rejoin broken lines.

Every derived text keeps the offset of each of its characters in the original input string, so
that a value read anywhere can be highlighted where it was printed. Normalisation only ever
replaces one character by one character (``FOLD``) or deletes characters, so the page-level map
is a short list of deletion points.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

import opencc

UNREADABLE = "输入不是可读文本 / input is not readable text"
EMPTY = "输入为空 / input is empty"

# Full-width ASCII forms fold to ASCII, except the punctuation Chinese prose keeps full-width
# (rules match both forms of these where it matters).
_KEEP_FULL_WIDTH = "，：；（）！？"
FOLD: dict[int, int] = {
    cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULL_WIDTH
}
FOLD.update(dict.fromkeys((0x3000, 0x00A0, 0x09, 0x202F, 0x205F, *range(0x2000, 0x200B)), 0x20))
FOLD.update(dict.fromkeys((0x2010, 0x2011, 0x2212, 0xFE63), ord("-")))
FOLD.update(dict.fromkeys((0x0B, 0x0C, 0x85, 0x2028, 0x2029), ord("\n")))
FOLD[0xFF61] = ord("。")  # half-width ideographic full stop

# Mirror sites machine-convert notices to Traditional characters ("環境影響評價"); the rules are
# written in Simplified, so the page is read with its Traditional characters folded to
# Simplified, one character for one. The forms are OpenCC's (its Traditional-to-Simplified
# character table); only characters Simplified text does not use are folded: those outside
# GB2312 (乾, 著, 隻 are Simplified characters too and stay), that map to a single GB2312
# character. Values a person reads (issuer, title) are given back as printed (``printed``).
#: ... and these, which GB2312 holds beside their simplified forms but notices print only in
#: Traditional text ("於", "後", "徵求意見").
_TRADITIONAL_IN_GB2312 = {"於": "于", "後": "后", "徵": "征"}


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _traditional_fold() -> dict[str, str]:
    """Each Traditional character no Simplified text uses, and its Simplified form."""
    candidates = [
        ch
        for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
        for ch in map(chr, range(*block))
        if not _gb2312(ch)
    ]
    # one character a line, so that no phrase of OpenCC's spans two of them
    simplified = opencc.OpenCC("t2s").convert("\n".join(candidates)).split("\n")
    fold = {
        ch: simple
        for ch, simple in zip(candidates, simplified, strict=True)
        if len(simple) == 1 and simple != ch and _gb2312(simple)
    }
    return fold | _TRADITIONAL_IN_GB2312


TRADITIONAL_FOLD = _traditional_fold()
_WIDTH_FOLD = dict(FOLD)
_TRADITIONAL_SET = frozenset(TRADITIONAL_FOLD)
FOLD.update({ord(t): ord(s) for t, s in TRADITIONAL_FOLD.items()})

#: Characters of Chinese text: ideographs, CJK and full-width punctuation, Chinese quotes.
CJK_CHARS = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u25a1\u25a0\u25cb"
)
_IS_CJK = re.compile(f"[{CJK_CHARS}]")
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")

# Runs that normalisation may delete: CR before LF, invisible and control characters, spaces.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a line of nothing but a broken page's leftover markup, as spam mirrors print it over the
# copy ("<label id="x"><rp id="x"></rp></label>", "• <samp id="x"></samp>"): not the page's
# text (the whole line goes, so it leaves no blank line to part items)
_MARKUP_LINE = r"(?:(?<=\n)|^)[ \t•·]*(?:</?[a-z][^<>\n]*>[ \t]*)+\n"
# (each run's character first, its lookbehind after it: a place that opens none is passed over
# at once)
_JUNK_RUNS = (
    r"\r(?=\n)|[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad\ud800-\udfff]+| +"
    # pinyin a converter left after a character: "保税(shuì)港", "項(xiàng)目"
    # (maybe with a space left before its bracket: "管委會(huì )")
    rf"|[(（](?<=[\u4e00-\u9fff][(（])[a-zü]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}} ?[)）]"
    # ... or wrapped alone onto the next column line: "管理委員會" / "(huì)"
    rf"|\n(?<=[\u4e00-\u9fff]\n)[(（][a-zü]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}[)）](?=[ ]*\n)"
    # a date broken over two column lines: "2020年10月2" / "3日", "2020年" / "10月23日"
    # ... or "2022 年 12 月 5" / "日前" (a PDF's text wrapped at its width)
    r"|\n(?<=月\d\n)(?=\d?[日号])|\n(?<=月\n)(?=\d{1,2}[日号])|\n(?<=月\d\d\n)(?=[日号])"
    r"|\n(?<=月 \d\n)(?=\d?[日号])|\n(?<=月 \d\d\n)(?=[日号])"
    r"|\n(?<=\d{4}年\n)(?=\d{1,2}月)"
    # the day closing a period broken off its 日: "2023年12月5日—11" / "日"
    r"|\n(?<=[—–~～至到-]\d\n)(?=\d?[日号])|\n(?<=[—–~～至到-]\d\d\n)(?=[日号])"
    # the day of the week in brackets after a date, as a notice may print either end of its
    # period: "2024年3月5日（星期二）至3月18日（星期一）", "2024-03-05(周二)"
    r"|[(（](?:(?<=[日号\d][(（])|(?<=[日号\d] [(（]))(?:星期|周|礼拜)[一二三四五六日天][)）]"
)
_JUNK = re.compile(f"{_MARKUP_LINE}|{_JUNK_RUNS}")
#: ... the same on a text with no "<", where no markup line can stand (cheaper to scan).
_JUNK_NO_MARKUP = re.compile(_JUNK_RUNS)
#: Pinyin a converter left after a character ("項(xiàng)"), as ``_JUNK`` deletes it.
PINYIN = re.compile(rf"[(（][a-zü]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}} ?[)）]")
#: ... or left without tone marks ("科(ke)技股份有(you)限公司"): one syllable, an initial and a
#: final, in brackets after a character. Alone it could be a remark ("(a)"), so it is deleted
#: only where a converter left it after several characters of the page (``_TONELESS_RUN``).
_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:i(?:ang|ong|an|ao|ng|a|e|n|u|o)?|u(?:ang|ai|an|a|e|i|n|o)?|a(?:ng|i|n|o)?"
    r"|e(?:ng|i|n|r)?|o(?:ng|u)?|üe?|ve?)[)）]"
)
# (the bracket first, so that a page is scanned for brackets, not for every character)
# (a converter may repeat it: "意(yi)(yi)(yi)見稿", "萬元(yuan)(yuan)": the run goes as one)
_TONELESS = re.compile(rf"[(（](?<=[\u4e00-\u9fff].){_SYLLABLE}(?:[(（]{_SYLLABLE})*")
_TONELESS_ALONE = re.compile(rf"(?:[(（]{_SYLLABLE})+")
_TONELESS_RUN = 4
#: OCR misreads of words notices use, each a look-alike character giving a non-word: the word
#: is put back, one character for one, so every offset still maps to the input.
OCR_MISREADS = {
    "峻工": "竣工",  # completion (竣工环境保护验收)
    "楚烧": "焚烧",  # incineration
    "煤研石": "煤矸石",  # coal gangue
    "研石综合": "矸石综合",
    "影晌": "影响",  # 环境影响
}
_MISREAD = re.compile("|".join(map(re.escape, OCR_MISREADS)))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd\ue000-\uf8ff\ud800-\udfff]")
_WORDISH = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]")
#: The runs of characters outside ``_WORDISH`` and ``_IDEOGRAPH`` (counting or dropping them
#: run by run is cheaper than picking every character in).
_NOT_WORDISH = re.compile(r"[^\w\u3400-\u4dbf\u4e00-\u9fff]+")
_NOT_IDEOGRAPH = re.compile("[^\u3400-\u4dbf\u4e00-\u9fff]+")

#: Sentence-final punctuation: a line ending with one of these ends a paragraph.
TERMINAL = "。！？；!?;"
LINE_FINAL = TERMINAL + "：:"


def is_cjk(ch: str) -> bool:
    return bool(ch) and _IS_CJK.match(ch) is not None


def width(s: str) -> float:
    """Return the printed width of ``s`` in ideograph columns (ASCII counts half)."""
    return len(s) - len(s.encode("ascii", "ignore")) / 2


def decode(data: str | bytes | bytearray | memoryview) -> tuple[str, str | None]:
    """Return the text and a message when it cannot be read (``None`` when it is fine).

    Bytes are read as UTF-8 (with or without BOM), then UTF-16 when it has a BOM, then GB18030.
    A few bytes no codec can read (a stray byte at either end, a UTF-16 file with an odd byte
    count) become U+FFFD; ``decode_noting`` says how many.
    """
    text, problem, _ = decode_noting(data)
    return text, problem


#: At most this share of a page's bytes may be undecodable before it is no text at all.
MAX_REPLACED_SHARE = 0.01
MAX_REPLACED_MIN = 8


def replaced_message(count: int) -> str:
    return (
        f"{count} 个无法解码的字节已替换为 \ufffd / "
        f"{count} undecodable byte(s) were replaced by \ufffd; the rest was imported"
    )


def decode_noting(
    data: str | bytes | bytearray | memoryview,
) -> tuple[str, str | None, tuple[str, ...]]:
    """Like ``decode``, plus notes for the person (how many bytes were replaced)."""
    notes: tuple[str, ...] = ()
    checked = False  # whether ``text`` is already known to be readable
    if isinstance(data, str):
        text = data
    else:
        raw = bytes(data)
        codecs = ["utf-8-sig", "gb18030"]
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            codecs.insert(1, "utf-16")
        found: str | None = None
        for codec in codecs:
            try:
                candidate = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if readable(candidate):
                found, checked = candidate, True
                break
            found = found if found is not None else candidate
        if not checked:
            lenient = _decode_replacing(raw, codecs)
            if lenient is not None:
                found, count = lenient
                notes, checked = (replaced_message(count),), True
        if found is None:
            return "", UNREADABLE, ()
        text = found
    if not text.strip():
        return text, EMPTY, notes
    if not checked and not readable(text.replace("\ufffd", "")):
        return text, UNREADABLE, ()
    return text, None, notes


#: Bytes trimmed from either end when looking for a stray byte there.
MAX_STRAY_END_BYTES = 3


def _decode_replacing(raw: bytes, codecs: list[str]) -> tuple[str, int] | None:
    """Decode a page with a few unreadable bytes, each becoming U+FFFD (so offsets into the
    text stay those of the characters read): stray bytes at either end of a UTF-8 or GB18030
    page, the odd last byte of a UTF-16 page, a character broken inside a UTF-8 page. None when that
    replaces more than a few bytes or does not leave plain text."""
    limit = max(MAX_REPLACED_MIN, len(raw) * MAX_REPLACED_SHARE)
    tries: list[tuple[str, int, int]] = [
        (codec, head, tail)
        for codec in ("utf-8-sig", "gb18030")
        for head in range(MAX_STRAY_END_BYTES + 1)
        for tail in range(MAX_STRAY_END_BYTES + 1)
        if head + tail
    ]
    if "utf-16" in codecs and len(raw) % 2:
        tries.insert(0, ("utf-16", 0, 1))
    for codec, head, tail in tries:
        try:
            text = raw[head : len(raw) - tail].decode(codec)
        except UnicodeDecodeError:
            continue
        if _plain(text):
            return "\ufffd" * head + text + "\ufffd" * tail, head + tail
    text = raw.decode("utf-8-sig", errors="replace")
    count = text.count("\ufffd")
    if count > limit or not _plain(text.replace("\ufffd", "")):
        return None
    return text, count


_PLAIN = re.compile(f"[\\s\x20-\x7e{CJK_CHARS}\u2000-\u206f]")
#: Share of plain characters (Chinese, ASCII, punctuation) a leniently decoded page needs.
MIN_PLAIN_SHARE = 0.97


def _plain(text: str) -> bool:
    """Tell whether ``text`` is readable and made of the characters of Chinese pages."""
    if not readable(text):
        return False
    sample = text[:20_000]
    return len(_PLAIN.findall(sample)) >= len(sample) * MIN_PLAIN_SHARE


#: Below this share of common characters (GB2312) among its ideographs, text is mojibake:
#: real Chinese text is almost all GB2312, bytes decoded by mistake are mostly rare characters.
MIN_COMMON_SHARE = 0.6
#: Traditional-character text (a mirror's machine conversion, a Hong Kong or Taiwan repost) is
#: mostly outside GB2312 but almost all Big5 level 1 (the 5,401 frequent characters, A440-C67E);
#: bytes decoded by mistake reach about 0.3-0.6 of it.
MIN_TRADITIONAL_SHARE = 0.9
_BIG5_LEVEL1 = (0xA440, 0xC67E)


def _frequent_traditional(char: str) -> bool:
    try:
        code = int.from_bytes(char.encode("big5"), "big")
    except UnicodeEncodeError:
        return False
    return _BIG5_LEVEL1[0] <= code <= _BIG5_LEVEL1[1]


def readable(text: str) -> bool:
    """Tell whether ``text`` looks like text rather than binary data or mojibake."""
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    visible = len(sample) - sample.count(" ") - sample.count("\n")
    if visible <= 0:
        return False
    if len(_CONTROL.findall(sample)) > max(2, visible // 100):
        return False
    if len(sample) - sum(map(len, _NOT_WORDISH.findall(sample))) < visible * 0.3:
        return False
    hanzi = _NOT_IDEOGRAPH.sub("", sample[:20_000])
    if len(hanzi) >= 20:
        common = len(hanzi.encode("gb2312", "ignore")) // 2
        if common >= len(hanzi) * MIN_COMMON_SHARE:
            return True
        traditional = sum(map(_frequent_traditional, hanzi))
        return traditional >= len(hanzi) * MIN_TRADITIONAL_SHARE
    return True


class Page:
    """The normalised text of a whole page, with a map back to the input string."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        folded = raw.translate(FOLD)
        self._toneless = len(_TONELESS.findall(folded)) >= _TONELESS_RUN
        keep: list[str] = []
        marks: list[int] = []
        shifts: list[int] = []
        last = 0
        deleted = 0
        for m in _junk(folded, self._toneless):
            start, end = m.span()
            if m.group()[0] == " ":
                start = _space_cut(folded, start, end)
            if start >= end:
                continue
            keep.append(folded[last:start])
            last = end
            deleted += end - start
            marks.append(start - (deleted - (end - start)))
            shifts.append(deleted)
        keep.append(folded[last:])
        self.text = _MISREAD.sub(lambda m: OCR_MISREADS[m.group()], "".join(keep)).replace(
            "\r", "\n"
        )
        self._marks = marks
        self._shifts = shifts

    def to_raw(self, pos: int) -> int:
        """Return the input offset of the character at ``pos`` of the normalised text."""
        k = bisect.bisect_right(self._marks, pos)
        return pos + (self._shifts[k - 1] if k else 0)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.to_raw(start)
            return (at, at)
        return (self.to_raw(start), self.to_raw(end - 1) + 1)

    def printed(self, value: str, span: tuple[int, int] | None) -> str:
        """``value`` as the input prints it at ``span``: in Traditional characters where the page
        is, with the pinyin a converter left after a character ("集團(tuán)"); ``value`` itself
        when the input there does not fold to it."""
        if span is None:
            return value
        raw = self.raw[span[0] : span[1]]
        # the residue of the value's last character, on its line or wrapped onto the next
        after = PINYIN.match(self.raw, span[1]) or PINYIN.match(self.raw, span[1] + 1)
        if after and (after.start() == span[1] or self.raw[span[1]] == "\n"):
            raw += after.group()
        residue = PINYIN.search(raw) or (self._toneless and _TONELESS.search(raw))
        if not any(ch in _TRADITIONAL_SET for ch in raw) and not residue:
            return value
        # one unit per character read: (its folded form, what the page prints for it)
        units: list[tuple[str, str]] = []
        pos = 0
        for m in _junk(raw, self._toneless):
            units.extend(
                (ch.translate(FOLD), ch.translate(_WIDTH_FOLD)) for ch in raw[pos : m.start()]
            )
            if units and _is_residue(m.group().lstrip("\n")):
                units[-1] = (units[-1][0], units[-1][1] + m.group().lstrip("\n"))
            pos = m.end()
        units.extend((ch.translate(FOLD), ch.translate(_WIDTH_FOLD)) for ch in raw[pos:])
        units = [u for u in units if u[0] != "\n"]
        start = "".join(u[0] for u in units).find(value)
        if start < 0:
            return value
        return "".join(u[1] for u in units[start : start + len(value)])

    @cached_property
    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer("\n", self.text))]

    def line_count(self) -> int:
        return len(self.line_starts)

    def line_bounds(self, i: int) -> tuple[int, int]:
        start = self.line_starts[i]
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def line(self, i: int) -> str:
        start, end = self.line_bounds(i)
        return self.text[start:end]

    def line_at(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def rejoin(self, first: int, last: int) -> Derived:
        """Join lines ``first..last`` (inclusive) where the OCR broke a sentence or a URL."""
        lines = [i for i in range(first, last + 1) if self.line(i).strip()]
        if not lines:
            return Derived("", (), self)
        column = _column_width([self.line(i) for i in lines])
        chars: list[str] = []
        pos: list[int] = []
        for n, i in enumerate(lines):
            start, end = self.line_bounds(i)
            text = self.text[start:end]
            chars.extend(text)
            pos.extend(range(start, end))
            if n + 1 == len(lines):
                break
            nxt = self.line(lines[n + 1])
            joined = "".join(chars[-300:])
            if url_continues(joined, nxt, column):
                cut = _break_mark(joined)
                if cut:
                    del chars[-cut:], pos[-cut:]
                elif lost_dot(joined, nxt):  # "www.example-site" / "com/a.html"
                    chars.append(".")
                    pos.append(pos[-1])
                continue
            if not soft_break(text, nxt, column):
                chars.append("\n")
                pos.append(end)
        return Derived("".join(chars), tuple(pos), self)


def _junk(text: str, toneless: bool) -> list[re.Match[str]]:
    """The runs normalisation deletes from ``text``, in order: ``_JUNK``'s, and the toneless
    pinyin a converter left throughout the page when ``toneless``."""
    runs = list((_JUNK if "<" in text else _JUNK_NO_MARKUP).finditer(text))
    if not toneless:
        return runs
    ends = [m.end() for m in runs]
    for m in _TONELESS.finditer(text):
        k = bisect.bisect_right(ends, m.start())
        if k == len(runs) or runs[k].start() >= m.end():
            runs.insert(k, m)
            ends.insert(k, m.end())
    return runs


def _is_residue(run: str) -> bool:
    return bool(PINYIN.fullmatch(run) or _TONELESS_ALONE.fullmatch(run))


def _space_cut(text: str, start: int, end: int) -> int:
    """Return where deletion of the space run ``text[start:end]`` begins (``end``: keep all)."""
    prev = text[start - 1] if start else "\n"
    nxt = text[end] if end < len(text) else "\n"
    if prev in "\r\n" or nxt in "\r\n" or is_cjk(prev) or is_cjk(nxt):
        return start
    # "0471 - 4819165", "2024 . 7 . 8": spaces around a separator between digits
    after = text[end + 1 : end + 3].lstrip(" ")[:1]
    if prev.isdigit() and nxt in "-." and after.isdigit():
        return start
    if (
        prev in "-."
        and nxt.isdigit()
        and text[max(0, start - 4) : start - 1].rstrip(" ")[-1:].isdigit()
    ):
        return start
    # "4 5 日", "2 0 2 4": letter-spaced single digits (groups of several digits stay apart)
    if end - start == 1 and prev.isdigit() and nxt.isdigit():
        before = text[start - 2 : start - 1]
        beyond = text[end + 1 : end + 2]
        if not before.isdigit() and not beyond.isdigit():
            return start
        if _split_year(text, start, end):
            return start
    return start + 1


#: A year a PDF's text layer split with spaces, and its 年: "202 4 年", "20 2 4 年".
_SPLIT_YEAR = re.compile(r"(?:19|20)\d{2}年")
SPLIT_YEAR_REACH = 4


def _split_year(text: str, start: int, end: int) -> bool:
    """Whether the space ``text[start:end]`` splits the digits of a year before its 年."""
    lo = start
    while lo > max(0, start - SPLIT_YEAR_REACH) and (text[lo - 1].isdigit() or text[lo - 1] == " "):
        lo -= 1
    if lo and text[lo - 1].isdigit():
        return False
    hi = end
    while hi < min(len(text), end + SPLIT_YEAR_REACH) and (text[hi].isdigit() or text[hi] == " "):
        hi += 1
    digits = text[lo:hi].replace(" ", "")
    return bool(_SPLIT_YEAR.fullmatch(digits + text[hi : hi + 1]))


def _column_width(lines: list[str]) -> float:
    widths = sorted(width(s.strip()) for s in lines)
    return max(6.0, widths[int(len(widths) * 0.8)] if widths else 6.0)


#: The mark some papers print where a link breaks at a line end ("…/s/13Wg -"), as printed or
#: as OCR reads a hyphen (a dash, 一, a colon).
#: (A wide mark loses the space before it when the page is read: "…/s/13Wg一".)
_BREAK_MARK = re.compile(r"(?: [-–:]| ?[－—一：])$")
#: A hyphen read as a colon with its space lost, in a link's path ("…/s/13Wg:" / "bweA…"): a
#: path does not end a printed line on a colon.
_GLUED_COLON = re.compile(r"https?[:：]//[^/\s]+/\S*[A-Za-z0-9][:：]$")


def _break_mark(text: str) -> int:
    """How many characters at the end of ``text`` are a link's line-break mark (0: none)."""
    mark = _BREAK_MARK.search(text)
    if mark:
        return len(mark.group())
    return 1 if _GLUED_COLON.search(text[-400:]) else 0


_URL_TAIL = re.compile(
    r"(?:(?:https?[:：]//|www\.)[\x21-\x7e]*|[\w.+-]+@[\w.-]*)(?: [-–:]| ?[－—一：])?$"
)
_URL_HEAD = re.compile(r"^[A-Za-z0-9_\-./?=&%#~+]")
_URL_START = re.compile(r"^(?:https?[:：]//|www\.)", re.IGNORECASE)
#: A line that starts a new item rather than continuing the previous one.
STRUCTURAL_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．)）](?!\d)"
    r"|第[一二三四五六七八九十\d]{1,3}[条章节部分]|特此|[■●◆□]"
    r"|(?:[^\s，。；：:]{0,8}?)(?:联系人|联\s*系\s*人|电话|手机|传真|地址|邮编|邮政编码|邮箱|"
    r"电子邮件|网址|链接|名称|单位|时间|日期|期限)\s*[：:])"
)


#: A web page's trail of where the article sits ("当前位置: 首页 > 政务 > 环境保护",
#: "您现在的位置：首页--公示公告"): page furniture, so a line under it never continues it (the
#: title under the trail is not glued to its last crumb).
BREADCRUMB = re.compile(
    r"(?:当前位置|您的位置|您现在的位置|所在位置)[ ]?[：:]|首页[ ]?(?:>|＞|》|»|›|→|--)"
    # (or a trail of section names alone on its line, without 首页, either way round:
    # "新闻中心 > 公司动态", "内容页 < 公司动态")
    r"|^[ \t\u3000]*[\u4e00-\u9fff]{2,8}(?:[ ]?[<>＜＞»›→][ ]?[\u4e00-\u9fff]{2,8})+[ \t\u3000]*$"
    # (or the rest of a trail the copy broke after its first crumb, opening with the mark:
    # "您的当前位置：首页" over "> 办事大厅 > 建设项目审批公示")
    r"|^[ \t\u3000]*[>＞»›→](?:[ ]?[\u4e00-\u9fff]{2,8}[ ]?(?:[>＞»›→]|$))+[ \t\u3000]*$"
)


#: A newspaper page's header or footer line between items ("2024年3月5日 星期二 第A07版：公告
#: 责任编辑：某某"): the day with its weekday, the page ("第A07版", "A07版"), the page's editor.
#: Page furniture, so it never runs into the line under it nor takes in the line above it.
PAGE_HEADER = re.compile(
    r"^[^\n。；，]{0,20}?(?:(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*(?:星期|周)[一二三四五六日天]"
    r"[^\n。；，]{0,30}?(?:第\s*[A-Za-z]?\d{1,3}\s*版|[A-Za-z]\d{1,3}\s*版|(?:责任)?编辑\s*[：:])"
    r"|第\s*[A-Za-z]?\d{1,3}\s*版[^\n。；，]{0,20}?(?:责任)?编辑\s*[：:])"
)


def page_header(line: str) -> bool:
    """Tell whether ``line`` opens as a newspaper's page header (``PAGE_HEADER``; each holds a
    版 or an 编辑, a cheap test first)."""
    return ("版" in line or "编辑" in line) and PAGE_HEADER.match(line) is not None


def _ascii_tail(text: str) -> str:
    """Return the run of printable ASCII (and a break mark, " -") that ends ``text``."""
    k = len(text)
    k -= _break_mark(text)
    start = k
    while start > 0 and "!" <= text[start - 1] <= "~":
        start -= 1
    return text[start:]


#: A host broken off before its top-level domain, the dot lost by the OCR at the line end.
_HOST_NO_TLD = re.compile(r"(?:(?:https?://)?www\.|https?://(?:[A-Za-z0-9-]+\.)*)[A-Za-z0-9-]+$")
_TLD_HEAD = re.compile(r"^(?:com|cn|net|org|gov)(?:[/.:]|$)")


def lost_dot(joined: str, nxt: str) -> bool:
    """A link whose line ends in a host without its domain ("www.example-site",
    "https://pan.example") while the next line opens with one ("com/…"): the dot between them
    was lost."""
    return bool(_HOST_NO_TLD.search(_ascii_tail(joined)) and _TLD_HEAD.match(nxt))


def url_continues(joined: str, nxt: str, column: float) -> bool:
    """Tell whether a URL or e-mail address at the end of ``joined`` goes on in ``nxt``."""
    if not _URL_HEAD.match(nxt) or _URL_START.match(nxt):
        return False  # a line opening with its own scheme or www. is the next link
    m = _URL_TAIL.search(_ascii_tail(joined))
    if not m or not _URL_HEAD.match(nxt) or STRUCTURAL_START.match(nxt):
        return False
    tail = m.group()
    if _BREAK_MARK.search(tail) or tail[-1] in "./?=&-_#%:" or tail.endswith("//"):
        return True
    line = joined.rsplit("\n", 1)[-1]
    return width(line) >= column * 0.8


#: A notice's title on a line of its own ("某某局关于…的公告"): it starts its line, the line above
#: (a re-poster's headline, the page's furniture) does not run into it.
_TITLE_ALONE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,30}关于[^。；;！!？?\n]{2,80}(?:公告|公示|通知|通告)\s*$"
)
#: A web page's link to the item before or after the article ("上一篇：…", "下一条：…"): a line
#: of its own, never the end of the article's last sentence run on.
NAV_LINK = re.compile(r"^[ \u3000]*[上下]一[篇条]\s*[：:]", re.M)
#: A form's field: a short label and its colon opening the line ("项目名称：…", "招标公司：…").
#: A line of a form followed by another field's line is two fields, however long the first.
FORM_FIELD = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,6}[ \t\u3000]*[：:]")


def soft_break(line: str, nxt: str, column: float) -> bool:
    """Tell whether the break between ``line`` and ``nxt`` is only the column edge."""
    stripped = line.rstrip()
    if not stripped:
        return False
    if stripped[-1] in "：:" and stripped[-2:-1].isdigit() and nxt[:1].isdigit():
        return True  # a time broken at its colon: "8：00—20：" / "00"
    if stripped[-1] in LINE_FINAL or BREADCRUMB.search(stripped):
        return False
    if page_header(stripped) or page_header(nxt):
        return False
    if _URL_START.match(nxt) and _URL_TAIL.search(_ascii_tail(stripped)):
        return False  # links printed one a line: the break is kept between them
    if STRUCTURAL_START.match(nxt) or width(stripped) < column * 0.7 or _TITLE_ALONE.match(nxt):
        return False
    if NAV_LINK.match(nxt) or (FORM_FIELD.match(stripped) and FORM_FIELD.match(nxt)):
        return False
    return not STRUCTURAL_START.match(stripped) or width(stripped) >= column * 0.85


@dataclass(frozen=True)
class Derived:
    """A text built from the page (rejoined lines), with the page position of each char."""

    text: str
    pos: tuple[int, ...]
    page: Page

    def raw_span(self, start: int, end: int) -> tuple[int, int] | None:
        if not self.pos or end <= start:
            return None
        start = min(max(start, 0), len(self.pos) - 1)
        end = min(max(end, start + 1), len(self.pos))
        return self.page.raw_span(self.pos[start], self.pos[end - 1] + 1)


def ideographs(s: str) -> int:
    return len(_IDEOGRAPH.findall(s))
