"""Dates and numbers as newspapers print them: 2024年7月8日, 二〇二四年七月二十八日, 2024.7.8.

Patterns run on normalised text (full-width digits folded, spaces next to ideographs removed).
``date_pattern(tag)`` builds a pattern whose groups carry ``tag`` so that two dates (a range)
can live in one regex; ``match_date(m, tag)`` turns such a match into a ``datetime.date``.
"""

from __future__ import annotations

import datetime as dt
import re

CN_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0, "0": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

#: A year in Chinese numerals; OCR often loses the thin 〇 of 二〇二四, leaving 二二四.
CN_YEAR = (
    "(?:[〇零○Oo0一二三四五六七八九]{4}"
    "|(?<![〇零○Oo0一二三四五六七八九十])二[一二三四五六七八九]{2})"
)
CN_MONTH = "(?:十[一二]|十|[一二三四五六七八九]|元)"
CN_DAY = (
    "(?:三十一|三十|二十[一二三四五六七八九]|二十|十[一二三四五六七八九]|十|[一二三四五六七八九])"
)
#: A number as printed in a period ("45", "四十五", "十").
NUMBER = r"(?:\d{1,3}|[一二两三四五六七八九十百]{1,5})"


#: A date alone on its line whose 日 was lost, as under a signature ("2023年9月15"); never a
#: number run into other text ("编号2024年3月5").
_DAY_CHAR_LOST_ON_ITS_LINE = (
    "(?:"
    + "|".join(
        rf"(?<={shape})(?<![^\n]{shape})"
        for shape in (
            r"\d{4}年\d月\d",
            r"\d{4}年\d\d月\d",
            r"\d{4}年\d月\d\d",
            r"\d{4}年\d\d月\d\d",
        )
    )
    + r")(?=[ ]*(?:\n|$))"
)


def date_pattern(tag: str) -> str:
    """Return a pattern for a full date; its groups are named ``<tag>_...``."""
    return (
        rf"(?:(?P<{tag}_y>(?:19|20)\d{{2}})年(?P<{tag}_m>\d{{1,2}})月(?P<{tag}_d>\d{{1,2}})"
        rf"(?:[日号]|{_DAY_CHAR_LOST_ON_ITS_LINE}"
        # (a site may join the two days with up to three dashes: "5月25日---2020年5月29日",
        # or keep the 起 of "自…起至…" after the day whose 日 it lost: "2023年2月22起至…")
        rf"|(?=[ ]?(?:起[，,]?)?(?:至|到|—{{1,3}}|–|-{{1,3}}|~|～|－)[ ]?"
        rf"(?:(?:19|20)\d{{2}}年|\d{{1,2}}[月日号])))"
        # (a signature in Chinese figures may be spaced out: "二〇一六年 十一月二十一日")
        rf"|(?P<{tag}_cy>{CN_YEAR})年[ ]?(?P<{tag}_cm>{CN_MONTH})月[ ]?(?P<{tag}_cd>{CN_DAY})[日号]"
        rf"|(?<![\d.])(?P<{tag}_ny>(?:19|20)\d{{2}})(?P<{tag}_sep>[./\-])(?P<{tag}_nm>\d{{1,2}})"
        rf"(?P={tag}_sep)(?P<{tag}_nd>\d{{1,2}})(?:(?![\d]|\.\d)"
        # (a zero-padded day run into the clock time after it, the space lost by the OCR:
        # "2022-08-2217:00" is 2022-08-22 17:00)
        rf"|(?<=[./\-]\d\d[./\-]\d\d)(?=\d{{1,2}}[:：][0-5]\d))"
        # (after a dash only before its 日: "202023日-2020211日" is a period, but the line-end
        # "0351-2024123" a phone)
        rf"|(?<![\d.])(?P<{tag}_gy>(?:19|20)\d{{2}})"
        rf"(?P<{tag}_gmd>\d{{2,4}}(?=日)"
        # (or a deadline's, its 日 lost before 前: "请于2020416前向我厅提出" is 2020-04-16)
        r"|\d{3,4}(?=前)"
        r"|\d{3}(?<!-\d{7})(?=[ ]*$)|\d{4}(?<!-\d{8})(?=[ ]*$)"
        # (or a period's end, after its 至, whose 日 was lost before the bracket that closes
        # the period: "（2017713日至2017719）"; never after a dash, as a phone's digits are)
        r"|\d{3}(?<=[至到~～]\d{7})(?=[)）])|\d{4}(?<=[至到~～]\d{8})(?=[)）])"
        # (two digits only where the date stands alone on its line, as under a signature whose
        # 年月日 a copy lost: "202079" is 2020-07-09)
        r"|\d{2}(?<![^\n]\d{6})(?=[ ]*(?:\n|$))"
        # (or a period's first day, before its dash and the end: "公示期为20191016~22日", also
        # when the end lost its 年 and 月 as well: "公示期为2025416-2025422日", its month and day
        # one digit each too: "公示期为2025123-202525日")
        r"|(?:\d{3}(?<!-\d{7})|\d{4}(?<!-\d{8}))(?=[ ]?(?:至|到|—{1,3}|–|-{1,3}|~|～|－)[ ]?"
        r"(?:(?:19|20)\d{2}年|\d{1,2}[月日号]|(?:19|20)\d{4,6}日))"
        # (two digits, a one-digit month and day, when the end lost its 年 and 月 too:
        # "公示期为202623-202629日" is 2026-02-03 to 2026-02-09)
        r"|\d{2}(?=[ ]?(?:至|到|—{1,3}|–|-{1,3}|~|～|－)[ ]?(?:19|20)\d{4,6}日))日?)"
        # the 月 alone lost, the 年 and 日 kept: "请于2018年723日前", "2023年87日" (8月7日)
        rf"|(?<![\d.])(?P<{tag}_ky>(?:19|20)\d{{2}})年(?P<{tag}_kmd>\d{{2,4}})日"
        # the 年 alone lost, the 月 kept: "202312月28日起" (the year is four digits, so the
        # month is what is left), with its 日 lost too when the date stands alone on its line,
        # as under a signature ("202312月28")
        rf"|(?<![\d.])(?P<{tag}_ly>(?:19|20)\d{{2}})(?P<{tag}_lm>1[0-2]|0?[1-9])月"
        rf"(?P<{tag}_ld>[0-3]?\d)[日号]"
        rf"|(?<![^\n])(?P<{tag}_ay>(?:19|20)\d{{2}})(?P<{tag}_am>1[0-2]|0?[1-9])月"
        rf"(?P<{tag}_ad>[0-3]?\d)(?=[ ]*(?:\n|$))"
    )


def partial_pattern(tag: str) -> str:
    """Return a pattern for a date without its year ("6月28日") or without year and month."""
    return (
        rf"(?:(?P<{tag}_pm>\d{{1,2}})月(?P<{tag}_pd>\d{{1,2}})[日号]"
        rf"|(?P<{tag}_pgm>[01]\d)(?P<{tag}_pgd>[0-3]\d)日"
        rf"|(?P<{tag}_pcm>{CN_MONTH})月(?P<{tag}_pcd>{CN_DAY})日"
        # (a day alone in Chinese numerals, as a government document ends its period:
        # "二〇二三年五月十日至二十三日"; never a length, "至三十日内", "十日后")
        rf"|(?P<{tag}_pco>{CN_DAY})日(?![内后])"
        # (or its 日 lost where the line ends: "查阅期限：2009521日至64")
        rf"|(?P<{tag}_po>\d{{1,3}})(?:[日号]|(?=[ ]*(?:\n|$)))"
        rf"|(?P<{tag}_pnm>\d{{1,2}})[./\-](?P<{tag}_pnd>\d{{1,2}})(?![\d]|\.\d))"
    )


DATE = re.compile(date_pattern("d"))
#: A line holding only a date, possibly after a label ("日期：") or an issuer on the same line.
DATE_LINE = re.compile(
    # (the lookahead: what a date or its bracket opens with, a cheap test at each place)
    rf"^(?P<pre>[^\n]{{0,60}}?)(?=[（(12〇零○Oo0一二三四五六七八九])(?:[（(])?"
    rf"(?P<date>{date_pattern('d')})(?:[）)])?"
    # (a web copy may run the attachments' line onto the signature: "某某公司 2020年10月14日
    # 附件：…")
    r"(?:[ ]*附件[0-9一二三四五六七八九十]?[：:][^\n]*)?"
    # (or the page's next field, the item's name, that a web copy ran onto it: "二〇一六年 十一月
    # 二十一日 项目名称：某某中心")
    r"(?:[ ]*(?:项目|工程)名称[：:][^\n]{1,40})?"
    # (or close the table cell the signature stood in: "某某局 2024年1月30日 |")
    r"(?:[ ]*[|｜])?"
    # (or trail the question marks a copy turned its non-breaking spaces into: "2023年1月4日? ??")
    r"(?:[ ]*\?)*[ ]*$",
    re.M,
)


def cn_int(text: str) -> int | None:
    """Return the value of a Chinese numeral below 1000 ("四十五" -> 45), or None."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _cn_year(text: str) -> int | None:
    if len(text) == 3:  # 二二四: the 〇 of 二〇二四 lost
        text = text[0] + "〇" + text[1:]
    digits = [CN_DIGITS.get(ch) for ch in text]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def make_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def cn_month(text: str) -> int | None:
    return 1 if text == "元" else cn_int(text)


def match_date(m: re.Match[str], tag: str) -> dt.date | None:
    """Return the date matched by the groups of ``date_pattern(tag)``."""
    g = m.groupdict()
    if g.get(f"{tag}_y"):
        return make_date(int(g[f"{tag}_y"]), int(g[f"{tag}_m"]), int(g[f"{tag}_d"]))
    if g.get(f"{tag}_cy"):
        return make_date(_cn_year(g[f"{tag}_cy"]), cn_month(g[f"{tag}_cm"]), cn_int(g[f"{tag}_cd"]))
    if g.get(f"{tag}_ny"):
        return make_date(int(g[f"{tag}_ny"]), int(g[f"{tag}_nm"]), int(g[f"{tag}_nd"]))
    if g.get(f"{tag}_gy"):
        return glued_date(int(g[f"{tag}_gy"]), g[f"{tag}_gmd"])
    if g.get(f"{tag}_ky"):
        return glued_date(int(g[f"{tag}_ky"]), g[f"{tag}_kmd"])
    if g.get(f"{tag}_ly"):
        return make_date(int(g[f"{tag}_ly"]), int(g[f"{tag}_lm"]), int(g[f"{tag}_ld"]))
    if g.get(f"{tag}_ay"):
        return make_date(int(g[f"{tag}_ay"]), int(g[f"{tag}_am"]), int(g[f"{tag}_ad"]))
    return None


def glued_date(year: int, digits: str) -> dt.date | None:
    """Return the date whose 月 (and 日) the OCR lost ("20161128日", "2020731", "2018年723日"), when
    the digits split into a month and a day one way only ("2020112" could be 1-12 or 11-2:
    None). Two digits need their 日 ("201964日" is 2019-06-04) or a line of their own, as
    under a signature ("202079")."""
    found = glued_dates(year, digits)
    return found.pop() if len(found) == 1 else None


def glued_dates(year: int, digits: str) -> set[dt.date]:
    """Every date the digits of a glued date can be read as, month then day."""
    found = set()
    for k in (1, 2):
        month, day = digits[:k], digits[k:]
        if 1 <= len(day) <= 2:
            value = make_date(year, int(month), int(day))
            if value is not None:
                found.add(value)
    return found


def match_partial(m: re.Match[str], tag: str, after: dt.date) -> dt.date | None:
    """Return the date matched by ``partial_pattern(tag)``, completed from ``after``.

    The missing year (and month) are those of ``after``; a day before ``after`` rolls over
    to the next month or year, as in "2024年12月25日至1月5日".
    """
    g = m.groupdict()
    if g.get(f"{tag}_pm"):
        month, day = int(g[f"{tag}_pm"]), int(g[f"{tag}_pd"])
    elif g.get(f"{tag}_pcm"):
        month, day = cn_month(g[f"{tag}_pcm"]), cn_int(g[f"{tag}_pcd"])
    elif g.get(f"{tag}_pgm"):
        month, day = int(g[f"{tag}_pgm"]), int(g[f"{tag}_pgd"])
    elif g.get(f"{tag}_pnm"):
        month, day = int(g[f"{tag}_pnm"]), int(g[f"{tag}_pnd"])
    elif g.get(f"{tag}_po") or g.get(f"{tag}_pco"):
        digits = g[f"{tag}_po"] or str(cn_int(g[f"{tag}_pco"]))
        if int(digits) > 31:  # a month and day whose 月 was lost: "2021528日至63日" (6月3日)
            return _glued_month_day(digits, after)
        month, day = after.month, int(digits)
        found = make_date(after.year, month, day)
        if found and found < after:
            nxt = after.replace(day=1) + dt.timedelta(days=32)
            found = make_date(nxt.year, nxt.month, day)
        return found
    else:
        return None
    found = make_date(after.year, month, day)
    if found and found < after:
        found = make_date(after.year + 1, month, day)
    return found


def _glued_month_day(digits: str, after: dt.date) -> dt.date | None:
    """The first day on or after ``after`` that ``digits`` can be read as, month then day."""
    found = []
    for cut in range(1, len(digits)):
        month, day = int(digits[:cut]), int(digits[cut:])
        for year in (after.year, after.year + 1):
            date = make_date(year, month, day) if digits[cut] != "0" or day else None
            if date and date >= after:
                found.append(date)
                break
    return min(found, default=None)


def parse_date(text: str) -> dt.date | None:
    """Return the first full date in normalised ``text``, or None."""
    m = DATE.search(text)
    return match_date(m, "d") if m else None


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Return every valid full date in ``text`` with its start and end offsets."""
    found = []
    for m in DATE.finditer(text):
        value = match_date(m, "d")
        if value is not None:
            found.append((value, m.start(), m.end()))
    return found
