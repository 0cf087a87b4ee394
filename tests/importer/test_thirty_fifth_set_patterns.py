"""Patterns a thirty-fifth fresh set of real notices showed (issue #11: EIA notices of every
stage from the south and east): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_TRAIL_ITEM = (
    "当前位置: 首页 > 政务 > 重点领域信息公开 > 生态保护\n"
    "青溪市生态环境局云岭分局2023年5月8日作出的建设项目环境影响评价文件(报告书、报告表)审批决定\n"
    "更新时间:2023-05-09浏览次数:来源:云岭分局\n"
    "序号\n审批文号\n建设单位\n项目名称\n"
    "1\n青云环评表〔2023〕8号\n青溪市某某五金制品有限公司\n年加工60吨五金件建设项目\n"
    "2\n青云环评表〔2023〕9号\n青溪市某某纸品有限公司\n年产300吨纸箱项目\n"
    "本公示自2023年5月9日至2023年5月16日。\n"
    "行政复议与行政诉讼权利告知:依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》,"
    "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的,可以自公告"
    "期限届满之日起六十日内提起行政复议,也可以自公告期限届满之日起三个月内提起行政诉讼。\n"
)
_NEIGHBOUR = (
    "根据《环境影响评价公众参与办法》的要求，现将《北渡市广播电视塔建设项目环境影响报告书》"
    "(征求意见稿)进行公开。\n"
    "建设单位：北渡市城市投资有限公司\n"
    "联系电话：0799-5550123\n"
    "公众提出意见的起止时间：本公示发布之日起10个工作日内。\n"
)


def _decision(trail: str):
    page = _NEIGHBOUR + "\n" + _TRAIL_ITEM.replace(_TRAIL_ITEM.split("\n")[0], trail) + "\n"
    found = [p for p in extract_notices(page).proposals if p.value("kind") == "eia_decision"]
    assert len(found) == 1
    return found[0]


def test_a_site_trail_above_the_title_is_not_glued_to_the_bureau_that_opens_it():
    notice = _decision("当前位置: 首页 > 政务 > 重点领域信息公开 > 生态保护")
    assert notice.value("issuer") == "青溪市生态环境局云岭分局"
    assert notice.value("window")["ends_on"] == "2023-05-16"


def test_a_trail_printed_with_double_dashes_is_page_furniture_too():
    notice = _decision("您现在的位置：首页--信息公开--环境保护")
    assert notice.value("issuer") == "青溪市生态环境局云岭分局"
