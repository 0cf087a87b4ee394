"""Links printed in a notice: URLs rejoined across lines, with a nearby 提取码 appended."""

from __future__ import annotations

import re

from .text import Derived

URL = re.compile(
    r"(?:https?[:：]//|www\.|(?<![@\w.])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org)(?=/))"
    r"[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%？]{3,400}"
)
#: An access code printed beside a cloud-drive link ("提取码：kyby"), its label said with a verb
#: as often ("提取码为：kyby", "密码是kyby").
ACCESS_CODE = re.compile(
    r"(?:提取码|提取密码|访问码|访问密码|密码)\s*(?:为|是)?\s*[：:]?\s*(?P<code>[A-Za-z0-9]{4,8})(?![A-Za-z0-9])"
)
_TRAILING = ".,;:!?)]'-"
#: A bare host that ended its line, with the next line's section number ("1.2") run into it.
_SECTION_RUN_IN = re.compile(
    r"^(?P<host>(?:https?[:：]//)?[A-Za-z0-9.-]+?\.(?:com|cn|net|org))\d+(?:\.\d+)+$"
)
#: The last part of a host set off by a space after its dot ("www.xj.example.com. cn", or a
#: label before it: "www.hb. example.com.cn"): a web copy's stray space, not the end of the link.
_SPLIT_TLD = re.compile(
    r"[ \u3000]{1,2}(?P<tld>(?:[A-Za-z0-9-]{1,63}\.){0,3}(?:com|cn|net|org|gov|edu)(?:\.cn)?)"
    r"(?![A-Za-z0-9.])"
)
#: ... and the path that goes on straight after it ("www.example. com.cn/index.php?id=3"), or
#: after a stray space that follows a slash ("…/detail/id/ 376.html&from=qq"): a file's name
#: with its extension, which no sentence after a link begins with.
_PATH_AFTER = re.compile(r"[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*")
_SPLIT_PATH = re.compile(
    r"[ \u3000]{1,2}[A-Za-z0-9\-_~%]+\.(?:s?html?|php|aspx?|jsp)(?![A-Za-z0-9])"
    r"(?:[?#&][A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*)?"
)
#: A posting line's source label: the site a copy came from is no link of the notice.
_SOURCE_LABEL = re.compile(r"(?:来源|转自|转载自|出处|信息来源)\s*[：:]")
#: A site footer's copyright line ("Copyright (C) www.某某.cn 某某协会 All right reserved"): the
#: host that publishes the page, not a link of the notice on it.
_COPYRIGHT = re.compile(r"copyright|©|版权所有", re.I)
#: ... or a site's copyright statement under a post, its own address at the end of a long line
#: ("版权声明：1.依据《服务条款》…网络地址：www.某某.com"): read from the start of the line.
_COPYRIGHT_STATEMENT = re.compile(r"版权声明\s*[：:]")
#: A portal's header line over the article: its name and bare host, then the posting day and
#: the page's controls ("湖南省政府门户网站 www.hunan.gov.cn 2016年08月11日 字体：[大 中 小]"): the
#: site that shows the notice, not a link of it.
_HEADER_AFTER_HOST = re.compile(
    r"/?[ \u3000]+(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?[^\n]{0,12}?(?:字体|字号|打印|浏览)"
)
#: How far before a link its source label may stand ("来源：某某环保科技有限公司网址：http://…").
SOURCE_LABEL_REACH = 40
#: A forum's shortening of a long link ("http://www.example.cn/xx/x ...1024_5.html"): the
#: address is cut, so it is no link.
_ELIDED = re.compile(r"[ \u3000]{0,2}(?:\.{3}|…)")
#: Hosts whose links take the access code as ``pwd``.
PWD_HOSTS = ("pan.baidu.com", "yun.baidu.com")


_BAIDU_SHARE_ONE = re.compile(r"^(https?://(?:pan|yun)\.baidu\.com/s/)[Il|]")
#: A host whose dot after "www" the OCR lost ("http://wwwexample.cn/…"): a letter follows the
#: www (a "www2." host keeps its name).
_WWW_DOT_LOST = re.compile(
    r"^(https?://www)(?=[A-Za-z][A-Za-z0-9-]*\.[A-Za-z0-9.-]*[A-Za-z](?:[/:?#]|$))"
)


#: A hexadecimal key in a link's path (a document's digest, "7b06c8768ad6…ee26"): at least
#: ``HEX_KEY_MIN`` characters between the path's separators, figures and the letters a-f, with
#: the letters OCR reads for a figure in it (l or I for 1, O or o for 0), figures of both kinds.
HEX_KEY_MIN = 16
_HEX_KEY = re.compile(
    rf"(?<=[/=])(?=[0-9a-fIlOo]{{{HEX_KEY_MIN},}}(?:[/?&#.]|$))(?=[^/?&#.]*\d)(?=[^/?&#.]*[a-f])"
    r"[0-9a-fIlOo]+"
)
_HEX_FIGURES = str.maketrans("IlOo", "1100")


def _hex_key(m: re.Match[str]) -> str:
    """A hexadecimal key with its look-alike letters read back as the figures printed; a key
    with more look-alikes than figures is a word, not a key, and stays as read."""
    key = m.group()
    odd = sum(key.count(c) for c in "IlOo")
    return key.translate(_HEX_FIGURES) if odd * 4 <= len(key) else key


def clean_url(url: str) -> str:
    url = url.replace("？", "?").replace("：", ":")
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    if not re.match(r"https?://", url):  # printed without its scheme: "www.…", "pan.baidu.com/…"
        url = "http://" + url
    url = _WWW_DOT_LOST.sub(r"\g<1>.", url)
    # a hexadecimal key in the path ("…/view/7b06…67c1cfbd…"), a 1 read as l or a 0 as O
    url = _HEX_KEY.sub(_hex_key, url)
    # a Baidu cloud-drive share key always starts with 1; OCR reads that 1 as I or l
    return _BAIDU_SHARE_ONE.sub(r"\g<1>1", url)


#: Letters OCR takes for one another in a link (I, l and 1; O and 0; a capital and its small
#: letter of the same shape, W and w), and the hyphen a line break leaves: a link printed
#: twice in a notice and read two ways is one link.
_LOOK_ALIKE = str.maketrans(
    {"I": "1", "l": "1", "O": "0", "o": "0", "-": None} | {c: c.lower() for c in "CKPSUVWXZ"}
)


def _same_as_read(url: str) -> str:
    return url.translate(_LOOK_ALIKE)


def find_links(body: Derived) -> list[tuple[str, int, int]]:
    """Return each distinct link in ``body`` with the span (in ``body``) it was read from."""
    text = body.text
    found: list[tuple[str, int, int]] = []
    index: dict[str, int] = {}  # a link as read (look-alikes folded) -> its place in found
    consumed = 0  # the end of the last link read across a stray space
    for m in URL.finditer(text):
        if m.start() < consumed:
            continue  # the rest of a link already read across its stray space
        raw = m.group()
        run_in = _SECTION_RUN_IN.match(raw)
        if run_in:
            raw = run_in.group("host")
        split = _SPLIT_TLD.match(text, m.end()) if raw.endswith(".") else None
        if split:
            path = _PATH_AFTER.match(text, split.end())
            raw += text[split.start() : path.end() if path else split.end()].lstrip(" \u3000")
            end = path.end() if path else split.end()
        else:
            end = m.start() + len(raw.rstrip(_TRAILING))
        if raw.endswith("/"):
            rest = _SPLIT_PATH.match(text, end)
            if rest:
                raw += rest.group().lstrip(" \u3000")
                end = rest.end()
        if end > m.end():
            consumed = end
        url = clean_url(raw)
        line_start = text.rfind("\n", 0, m.start()) + 1
        # only a label just before the link: a web copy run into one line keeps its links
        if _SOURCE_LABEL.search(text, max(line_start, m.start() - SOURCE_LABEL_REACH), m.start()):
            continue  # "来源：www.某某环评网.com": where the copy was posted
        if _COPYRIGHT.search(text, max(line_start, m.start() - SOURCE_LABEL_REACH), m.start()):
            continue  # "Copyright (C) www.某某.cn": the site's footer
        if _COPYRIGHT_STATEMENT.search(text, line_start, m.start()):
            continue
        if "/" not in url[len("https://") :].rstrip("/") and _HEADER_AFTER_HOST.match(text, end):
            continue  # "某某政府门户网站 www.某某.gov.cn 2016年08月11日 字体": the page's header
        if "..." in raw or _ELIDED.match(text, m.end()):
            continue  # cut short by the site that displays it
        if len(url) < 12 or "*" in url.split("/")[2]:
            continue  # too short, or its host redacted by a re-poster ("pan.**.com")
        if "pwd=" not in url and any(host in url for host in PWD_HOSTS):
            code = ACCESS_CODE.search(text, end, end + 40)
            if code and not URL.search(text, end, code.start()):
                url += ("&" if "?" in url else "?") + "pwd=" + code.group("code")
                end = code.end()
        key = _same_as_read(url)
        if key in index:
            first, start, stop = found[index[key]]
            found[index[key]] = (_common_hyphens(first, url), start, stop)
            continue
        index[key] = len(found)
        found.append((url, m.start(), end))
    return found


def _common_hyphens(a: str, b: str) -> str:
    """One link printed twice and broken at different places: a hyphen only one of the two
    readings has is a line-break mark, not part of the link. Where they differ in look-alike
    letters (I and 1, O and 0), the first reading's letters stand."""

    def hyphens(url: str) -> set[int]:
        out, k = set(), 0
        for ch in url:
            if ch == "-":
                out.add(k)
            else:
                k += 1
        return out

    keep = hyphens(a) & hyphens(b)
    out = []
    for k, ch in enumerate(a.replace("-", "")):
        if k in keep:
            out.append("-")
        out.append(ch)
    return "".join(out)
