"""Normalisation: decoding, full-width folding, OCR spaces, line joins, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from notices.importer.text import EMPTY, FOLD, UNREADABLE, Page, decode, readable, width


def rejoined(raw: str) -> str:
    page = Page(raw)
    return page.rejoin(0, page.line_count() - 1).text


def test_full_width_digits_and_letters_fold_but_chinese_punctuation_stays() -> None:
    assert (
        Page("２０２４年（第Ａ期）：１０个工作日，ｐｗｄ＝ａｂ").text
        == "2024年（第A期）：10个工作日，pwd=ab"
    )


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("公众可在本公告发布后 10 个", "公众可在本公告发布后10个"),
        ("处 置 项 目 环 境 影 响", "处置项目环境影响"),
        ("2024 年 7 月 8 日", "2024年7月8日"),
        ("自本公告发布之日起 4 5 日内", "自本公告发布之日起45日内"),
        ("2 0 2 4 年", "2024年"),
        ("电话：0471 - 4819165", "电话：0471-4819165"),
        ("2024 . 7 . 8", "2024.7.8"),
        ("151 4747 8119", "151 4747 8119"),  # digit groups stay apart: a phone matcher joins them
        ("VenusA  Plus", "VenusA Plus"),
        ("  leading and trailing  ", "leading and trailing"),
    ],
)
def test_ocr_spaces_go_where_chinese_text_has_none(raw: str, text: str) -> None:
    assert Page(raw).text == text


def test_windows_line_ends_and_invisible_characters_are_dropped() -> None:
    assert Page("注销\r\n公告\u200b\r旧行\ufeff").text == "注销\n公告\n旧行"


def test_every_normalised_character_maps_back_to_its_input_offset() -> None:
    raw = " 注 销\r\n公告：１５１４７４７８１１９\u200b完\r末"
    page = Page(raw)
    for pos, ch in enumerate(page.text):
        assert raw[page.to_raw(pos)].translate(FOLD).replace("\r", "\n") == ch
    start = page.text.index("1514")
    assert page.raw_span(start, start + 11) == (raw.index("１"), raw.index("\u200b"))


def test_a_sentence_broken_at_the_column_edge_is_rejoined_even_over_a_blank_line() -> None:
    raw = (
        "查阅纸质报告书途径：公众、法\n\n人和其他组织可携带个人身份证\n件，前往建设单位查阅。"
        "\n联系人：张飞\n联系电话：18504922288"
    )
    assert rejoined(raw) == (
        "查阅纸质报告书途径：公众、法人和其他组织可携带个人身份证件，前往建设单位查阅。"
        "\n联系人：张飞\n联系电话：18504922288"
    )


def test_a_url_broken_over_lines_with_a_stray_hyphen_is_rejoined() -> None:
    raw = (
        "链接：https://pan.baidu.\ncom/s/13WgbweAIDE0QA -\nzjLPEsKsw?pwd=5ok7"
        "\n二、征求意见的公众范围"
    )
    assert (
        rejoined(raw).split("\n")[0]
        == "链接：https://pan.baidu.com/s/13WgbweAIDE0QAzjLPEsKsw?pwd=5ok7"
    )


def test_a_hyphen_at_a_line_end_without_a_space_is_kept() -> None:
    raw = "通讯地址：金都学府商业4#-东-\n02号楼一层东侧的商业用房内部"
    assert "4#-东-02" in rejoined(raw)


def test_a_finished_url_is_not_glued_to_a_numbered_item() -> None:
    raw = "发至邮箱：869245597@qq.com\n\n2.填写纸质公众意见表并投递"
    assert rejoined(raw) == "发至邮箱：869245597@qq.com\n2.填写纸质公众意见表并投递"


def test_a_time_broken_at_its_colon_is_rejoined() -> None:
    raw = "督察进驻期间（每天8：00—20：\n00）受理来信来电举报。"
    assert rejoined(raw) == "督察进驻期间（每天8：00—20：00）受理来信来电举报。"


def test_utf8_gb18030_and_utf16_bytes_decode() -> None:
    text = "乌兰察布市集宁区小小乌兰牧骑艺术团清算组注销公告"
    assert decode(text.encode("utf-8")) == (text, None)
    assert decode(text.encode("utf-8-sig")) == (text, None)
    assert decode(text.encode("gb18030")) == (text, None)
    assert decode(text.encode("utf-16")) == (text, None)


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "\n\n"])
def test_empty_input_says_so(data: bytes | str) -> None:
    assert decode(data)[1] == EMPTY


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03PK\x03\x04" * 40,
        bytes(range(256)) * 4,
        "\x00\x01\x02\x03\x04\x05乱码" * 50,
        "淇濇姢鐜鐨勬剰瑙佸拰寤鸿鍙婁腑鍥藉唴钂欏彜鑷不鍖轰箤鍏板療甯冨競",  # UTF-8 read as GBK
    ],
)
def test_binary_data_and_mojibake_are_not_readable(data: bytes | str) -> None:
    assert decode(data)[1] == UNREADABLE


def test_ordinary_chinese_and_english_text_is_readable() -> None:
    assert readable("今年以来，全市新设经营主体2.3万户，同比增长9.2%。")
    assert readable("The notice was published on 8 July 2024.")


def test_width_counts_ascii_as_half_a_column() -> None:
    assert width("联系电话：18504922288") == 10.5


# --- damaged bytes: decode what can be decoded, say what was replaced (issue #13 item 8) ---

THREE_NOTICES = Path(__file__).parent / "pages" / "p15_three_notices_titles_after.txt"


def test_a_stray_byte_at_either_end_of_a_utf8_page_costs_only_those_bytes() -> None:
    from notices.importer import extract_notices

    clean = THREE_NOTICES.read_bytes()
    result = extract_notices(b"\x80" + clean + b"\xe4")
    assert len(result.proposals) == len(extract_notices(clean).proposals) == 3
    assert any("2" in m and "replaced" in m for m in result.messages), result.messages


def test_a_utf16_page_with_an_odd_byte_count_is_read() -> None:
    from notices.importer import extract_notices

    data = THREE_NOTICES.read_text(encoding="utf-8").encode("utf-16") + b"\x00"
    result = extract_notices(data)
    assert len(result.proposals) == 3
    assert any("replaced" in m for m in result.messages), result.messages


def test_replaced_bytes_keep_offsets_of_the_decoded_text() -> None:
    text, problem = decode(b"\x80" + "清算公告".encode())
    assert problem is None
    assert text == "\ufffd清算公告"


def test_mostly_undecodable_bytes_are_still_not_readable() -> None:
    assert decode(bytes(range(128, 256)) * 20)[1] == UNREADABLE


def test_a_broken_character_inside_a_utf8_page_is_replaced_and_the_rest_read() -> None:
    data = "清算公告：本公司股东会决议解散。".encode()
    text, problem = decode(data[:6] + b"\xe4" + data[6:])
    assert problem is None
    assert text == "清算\ufffd公告：本公司股东会决议解散。"


def test_pinyin_left_after_characters_by_a_converter_is_dropped() -> None:
    page = Page("重庆保税(shuì)港区开发管理集团有限公司（xiàng）项目(一期)")
    assert page.text == "重庆保税港区开发管理集团有限公司项目(一期)"
    assert page.raw[page.to_raw(page.text.index("港"))] == "港"


def test_the_result_carries_the_decoded_text_its_spans_point_into() -> None:
    from notices.importer import extract_notices

    data = THREE_NOTICES.read_text(encoding="utf-8").encode("gb18030")
    result = extract_notices(b"\x80" + data)
    assert result.text.startswith("\ufffd")
    for proposal in result.proposals:
        start, end = proposal.to_json()["evidence"]["issuer"]["span"]
        assert result.text[start:end].replace(" ", "") == proposal.value("issuer")
