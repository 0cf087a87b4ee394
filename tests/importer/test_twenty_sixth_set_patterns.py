"""Patterns a twenty-sixth fresh set of real notices showed (issue #11: older EIA web pages
from the south and centre): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_sites_source_line_naming_the_bureau_signs_its_unsigned_pre_approval_notice():
    page = (
        "首页 / 环境评价\n"
        "关于2021年3月5日拟对建设项目环境影响评价文件作出审批意见的公示\n"
        "时间：2021-03-05 来源：某某区城乡建设和生态环境局\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对以下项目环境影响评价文件"
        "作出审批意见。如有异议，请在自本公告发布之日起3个工作日内反馈我局环评科。\n"
        "联系电话：0391-5550123\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某区城乡建设和生态环境局"


def test_a_sites_from_line_naming_a_group_signs_the_notice_it_speaks_for_as_we():
    page = (
        "通知公告\n"
        "某某港区5号泊位工程环境影响评价第二次公示（征求意见稿）\n"
        "日期：2022-04-11 来自：某某港务集团\n"
        "我公司委托某某环保科技有限公司编制的《某某港区5号泊位工程环境影响报告书（征求意见稿）》"
        "已经完成，现公开下列信息以征求意见。\n"
        "联系电话：0596-5550456\n"
        "公众提出意见的起止时间：本次信息公开时间为自公示之日起10个工作日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某港务集团"


def test_a_source_line_naming_a_division_or_a_website_names_no_issuer():
    page = (
        "关于2022年6月1日作出的建设项目环境影响评价文件审批决定的公告\n"
        "[发布时间：2022-06-02] [来源：行政审批处]\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我厅对1个建设项目环境影响评价文件"
        "作出审批决定。公告期为2022年6月2日-2022年6月10日（7个工作日）。\n"
        "联系电话：0391-5550789\n"
    )
    notice = _only(page)
    assert notice.value("issuer") in (None, "")


def test_a_link_a_forum_shortened_with_an_ellipsis_is_no_link_but_the_whole_one_beside_it_is():
    page = (
        "某某县乡道改建工程环境影响评价信息第二次公示（征求意见稿公示） 某某县交通运输局已委托"
        "某某环保科技有限公司编制完成环境影响报告书征求意见稿。 ①征求意见稿全文的网络链接： "
        "链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp 提取码：ab12 三、公众意见表的网络链接 "
        "网址：http://www.example.gov.cn/xxgk2018/x ...0181024_123456.html "
        "建设单位：某某县交通运输局 "
        "联系电话：0713-5550321 公众可于本公告发布之日起10个工作日内通过上述联系方式反映意见。\n"
    )
    notice = _only(page)
    assert notice.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp?pwd=ab12"]
