"""Links printed in a notice: URLs rejoined across lines, with a nearby 提取码 appended."""

from __future__ import annotations

import re

from .text import Derived

URL = re.compile(
    r"(?:https?[:：]//|www\.|(?<![@\w.])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org)(?=/))"
    r"[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%？]{3,400}"
)
#: An access code printed beside a cloud-drive link ("提取码：kyby").
ACCESS_CODE = re.compile(
    r"(?:提取码|提取密码|访问码|访问密码|密码)\s*[：:]?\s*(?P<code>[A-Za-z0-9]{4,8})(?![A-Za-z0-9])"
)
_TRAILING = ".,;:!?)]'-"
#: Hosts whose links take the access code as ``pwd``.
PWD_HOSTS = ("pan.baidu.com", "yun.baidu.com")


def clean_url(url: str) -> str:
    url = url.replace("？", "?").replace("：", ":")
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    if not re.match(r"https?://", url):  # printed without its scheme: "www.…", "pan.baidu.com/…"
        url = "http://" + url
    return url


def find_links(body: Derived) -> list[tuple[str, int, int]]:
    """Return each distinct link in ``body`` with the span (in ``body``) it was read from."""
    text = body.text
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for m in URL.finditer(text):
        raw = m.group()
        url = clean_url(raw)
        end = m.start() + len(raw.rstrip(_TRAILING))
        if len(url) < 12 or "*" in url.split("/")[2]:
            continue  # too short, or its host redacted by a re-poster ("pan.**.com")
        if "pwd=" not in url and any(host in url for host in PWD_HOSTS):
            code = ACCESS_CODE.search(text, end, end + 40)
            if code and not URL.search(text, end, code.start()):
                url += ("&" if "?" in url else "?") + "pwd=" + code.group("code")
                end = code.end()
        if url in seen:
            continue
        seen.add(url)
        found.append((url, m.start(), end))
    return found
