"""Links: rejoined across lines, stray hyphens dropped, 提取码 appended as pwd."""

from __future__ import annotations

from notices.importer.links import find_links
from notices.importer.text import Page


def links(raw: str) -> list[str]:
    page = Page(raw)
    return [url for url, _, _ in find_links(page.rejoin(0, page.line_count() - 1))]


def test_a_broken_link_with_a_stray_hyphen_is_rejoined() -> None:
    raw = (
        "方式和途径：https://pan.baidu.\ncom/s/13WgbweAIDE0QA -\nzjLPEsKsw?pwd=5ok7"
        "\n\n查阅纸质报告书途径：公众"
    )
    assert links(raw) == ["https://pan.baidu.com/s/13WgbweAIDE0QAzjLPEsKsw?pwd=5ok7"]


def test_an_access_code_beside_a_link_without_one_is_appended() -> None:
    raw = "意见表：https://pan.baidu.com/s/1GmT4rEw8sBk2LzYq 提取码：7hjq\n五、公众提出意见"
    assert links(raw) == ["https://pan.baidu.com/s/1GmT4rEw8sBk2LzYq?pwd=7hjq"]


def test_a_link_that_has_its_code_keeps_it() -> None:
    raw = "链接：https://pan.baidu.com/s/\n\n1NPnd_05SYWa4Z_hFz5G73Q?\npwd=kyby 提取码：kyby"
    assert links(raw) == ["https://pan.baidu.com/s/1NPnd_05SYWa4Z_hFz5G73Q?pwd=kyby"]


def test_the_same_link_printed_twice_is_listed_once() -> None:
    raw = "链接：https://a.example.cn/x.pdf\n二、意见表\n链接：https://a.example.cn/x.pdf\n三、"
    assert links(raw) == ["https://a.example.cn/x.pdf"]


def test_full_width_and_www_links_are_normalised() -> None:
    raw = (
        "网址：ｈｔｔｐ：／／ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ／ａ？ｂ＝１。"
        "另见www.example.gov.cn/b.html，"
    )
    assert links(raw) == ["http://www.example.com/a?b=1", "http://www.example.gov.cn/b.html"]


def test_a_code_for_another_site_is_not_appended() -> None:
    assert links("网址：http://www.example.cn/a.pdf 密码：abcd") == ["http://www.example.cn/a.pdf"]


def test_a_cloud_drive_link_printed_without_scheme_is_found_with_its_code() -> None:
    from notices.importer.links import find_links
    from notices.importer.text import Page

    page = Page("报告书全文链接：pan.baidu.com/s/1AbCdEf 提取码：x7k2，邮箱：eia@abc.com.cn")
    found = [url for url, _, _ in find_links(page.rejoin(0, page.line_count() - 1))]
    assert found == ["http://pan.baidu.com/s/1AbCdEf?pwd=x7k2"]
