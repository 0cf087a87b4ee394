"""What the OCR of a typeset page does to notices that read fine as text: a column or page
break inside a notice, a bureau's name broken before its division, a 1 read as l in a link."""

from __future__ import annotations

import pytest

from notices.importer import extract_notices
from notices.importer.links import clean_url


def _issuers(text: str) -> list:
    return [(p.value("kind"), p.value("issuer")) for p in extract_notices(text).proposals]


def test_a_bureaus_name_broken_before_its_division_is_the_whole_name():
    page = (
        "浏览次数：-作者：信息来源：转自某某市生态环境局\n"
        "某某分局发布时间：2024-03-0109:30:00\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟批准某某污水处理厂工程\n"
        "建设项目环境影响报告表，现予公示5个工作日，如有意见，请在公示期内来信或来电向我局反映。\n"
        "联系电话：0000-3251321\n"
    )
    assert _issuers(page) == [("eia_pre_approval", "某某市生态环境局某某分局")]


@pytest.mark.parametrize(
    ("read", "link"),
    [
        (
            "https://wenku.example.com/view/7b06c8768ad63186bceb19e8b8f67clcfbd6ee26",
            "https://wenku.example.com/view/7b06c8768ad63186bceb19e8b8f67c1cfbd6ee26",
        ),
        (
            "http://www.example.cn/doc?id=4O2881e4f1b2c3d4e5&t=1",
            "http://www.example.cn/doc?id=402881e4f1b2c3d4e5&t=1",
        ),
        (
            "http://www.example.cn/a/cafebabedeadbee1.html",
            "http://www.example.cn/a/cafebabedeadbee1.html",
        ),
    ],
)
def test_a_hexadecimal_key_in_a_link_gets_back_the_figures_ocr_read_as_letters(read, link):
    assert clean_url(read) == link


@pytest.mark.parametrize(
    "link",
    [
        "https://docs.example.com/pdf/DUWdYTmFrTVVvR21t",  # a mixed-case key: no hex key
        "http://www.example.cn/hbcyxh/xxgk/255400/index.html",  # figures only
        "http://www.example.cn/labelled/decade/called/fall",  # words in the hex letters and l
        "http://www.example.cn/s/1ablelled0000ollooo",  # more look-alikes than a key has
    ],
)
def test_paths_that_are_no_hexadecimal_key_keep_their_letters(link):
    assert clean_url(link) == link
