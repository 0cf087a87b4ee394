"""Patterns a hundred-and-seventy-eighth fresh set of real notices showed (issue #11: county-level
notices of Yunnan and Guizhou, 2016-2026): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_notice_greeting_the_public_before_describing_its_project_is_read_whole():
    page = (
        "某某县某某水库工程环境影响评价信息公示\n"
        "\n"
        "尊敬的各位公众\n"
        "\n"
        "你们好！\n"
        "\n"
        "某某水库工程是以灌溉、城镇供水为主的综合水利工程，总投资8.5亿元，水库总库容1.2亿m3\n"
        "\n"
        "工程分两期建设，本次为一期工程，包括水源工程、灌区一期和县城供水工程\n"
        "\n"
        "根据《环境影响评价法》，在开展本工程环境影响评价过程中，必须进行公众参与，"
        "以下为环境影响评价信息公示：\n"
        "\n"
        "一、相关单位联系方式\n"
        "\n"
        "环境影响评价单位：某某环境科学研究所\n"
        "\n"
        "联系电话：0851-88886666\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("contact")["phone"] == "0851-88886666"


def test_a_landline_whose_dash_was_converted_to_three_hyphens_is_read():
    page = (
        "某某县某某公路改扩建工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将本项目环境影响评价信息公示如下：\n"
        "一、建设单位：某某县交通运输局\n"
        "二、环境影响评价单位：某某环保科技有限公司，电话：020---66668888，"
        "传真：020---66668899\n"
        "三、公众可通过信函、电子邮件等方式提交意见。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "020-66668888"
