"""Any str or bytes gets an answer, never an exception, and every span lies in the input."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notices.importer import ImportResult, extract_notices
from notices.importer.text import UNREADABLE

SHARED = Path(__file__).resolve().parents[3] / "shared"
OUR_PAGES = Path(__file__).resolve().parent / "pages"
PAGES = Path(__file__).resolve().parent / "pages"
FAILED_PREFIX = "导入器内部错误"

#: Text made of the pieces notices are built from, so that the rules actually fire.
NOTICE_PIECES = st.sampled_from(
    [
        "注销公告", "减资公告", "环境影响评价第二次公示", "特此公告。", "有限公司", "清算组",
        "2024年7月8日", "二〇二四年七月八日", "２０２４年１０月９日", "2024.7.8", "2024-07-08",
        "自本公告发布之日起45日内", "自公示之日起10个工作日内", "（公示当日不计）", "至", "—",
        "联系人：张飞", "联系电话：0471-4819165", "15147478119", "邮编：012000", "地址：",
        "https://pan.baidu.", "com/s/13Wg -", "提取码：ab12", "@qq.com", "本报讯（记者 王）",
        "督察进驻时间：", "每天8:00—20:00", "\n", "\n\n", " ", "　", "\r\n", "。", "，", "：",
    ]
)  # fmt: skip
notice_like = st.lists(NOTICE_PIECES | st.text(max_size=8), max_size=80).map("".join)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(result: ImportResult, text: str) -> None:
    assert isinstance(result, ImportResult)
    assert not any(m.startswith(FAILED_PREFIX) for m in result.messages)
    for proposal in result.proposals:
        assert 0 <= proposal.span[0] <= proposal.span[1] <= len(text)
        for item in [*proposal.fields.values(), *proposal.parts.values()]:
            if item.span is not None:
                assert 0 <= item.span[0] < item.span[1] <= len(text)
            assert 0.0 <= item.confidence <= 1.0
        proposal.to_json()


@FAST
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(extract_notices(text), text)


@FAST
@given(notice_like)
def test_text_built_from_notice_pieces_never_raises(text: str) -> None:
    _check(extract_notices(text), text)


@FAST
@given(st.binary(max_size=3000))
def test_binary_garbage_never_raises(data: bytes) -> None:
    result = extract_notices(data)
    assert isinstance(result, ImportResult)
    assert not any(m.startswith(FAILED_PREFIX) for m in result.messages)


@FAST
@given(st.binary(min_size=400, max_size=3000))
def test_binary_garbage_is_reported_unreadable(data: bytes) -> None:
    assert extract_notices(data) == ImportResult((), (UNREADABLE,))


@settings(max_examples=20, deadline=None)
@given(st.binary(min_size=64, max_size=4000).filter(lambda b: b"\x00" in b))
def test_bytes_with_nul_bytes_are_reported_unreadable(data: bytes) -> None:
    result = extract_notices(data + b"\x00" * 64)
    assert not result.proposals
    assert result.messages


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(PAGES.glob("*.txt"))), st.sampled_from(["utf-8", "gb18030"]))
def test_bytes_in_utf8_or_gb18030_read_like_the_text(path: Path, codec: str) -> None:
    text = path.read_text(encoding="utf-8")
    as_text = extract_notices(text)
    as_bytes = extract_notices(text.encode(codec))
    assert [p.to_json() for p in as_bytes.proposals] == [p.to_json() for p in as_text.proposals]


def test_undecodable_bytes_give_no_proposals_and_a_message() -> None:
    result = extract_notices(b"\xff\xfe\xfd\x80\x81" * 50 + b"\x00\x01\x02")
    assert result.proposals == ()
    assert result.messages == (UNREADABLE,)


def test_a_ten_megabyte_page_is_answered_within_seconds() -> None:
    # our own pages (always here), with the seed pages when ../shared/ is beside the repo
    pages = sorted(SHARED.glob("seeds/*.txt")) + sorted(OUR_PAGES.glob("*.txt"))
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    page = (seeds * (10_000_000 // len(seeds) + 1))[:10_000_000]
    started = time.process_time()  # CPU time: a busy machine's other work does not count
    result = extract_notices(page)
    assert time.process_time() - started < 10
    assert result.proposals
    assert any("input too long" in m for m in result.messages)
    _check(result, page)


def test_ten_megabytes_of_random_bytes_are_reported_unreadable() -> None:
    data = bytes(range(256)) * (10_000_000 // 256)
    started = time.perf_counter()
    result = extract_notices(data)
    assert time.perf_counter() - started < 10
    assert result.proposals == ()
    assert result.messages == (UNREADABLE,)
