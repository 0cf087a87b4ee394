"""Patterns a twelfth fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.windows import find_window


def _window(notice) -> dict:
    return notice.value("window") or {}


_DRAFT_REPOST = (
    "根据《环境影响评价公众参与办法》,对《某某市快速路二期工程环境影响报告书》(征求意见稿)进行公示,"
    "望公众提出环境保护建议。一、环境影响报告书征求意见稿及公众意见表获取途径:"
    "http://www.example-road.cn;二、征求意见范围:评价范围内居民、单位等;三、反馈方式和途径:"
    "下载公众意见表,填写完整后通过传真、信函、邮件等向建设单位或环评机构提出。四、反馈起止时间:"
    "公示之日起10个工作日内;五、联系方式:建设单位:某某市城市建设投资有限公司,王工,"
    "0551-61234567;环评机构:某某设计研究院有限公司,陈工,027-51234567、abc@example.com。\n"
)
_RELATED_NEWS = (
    "新能源公交有望全面“提速” 本市两项新规同时出台,票价下调,线路增加\n"
    "本报讯新能源公交受到市民欢迎,但漫长的候车时间也让人望而却步,因此优化线网,一直是行业...\n"
    "某某新闻,新鲜有料。可以走尽是天涯,难以品尽是故乡。世界很大,期待在此相遇。\n"
)
_PRE_APPROVAL = (
    "关于《某某新材料有限公司年产3万吨包装制品项目环境影响报告表》的拟审批公示\n"
    "根据建设项目环境影响评价审批程序有关规定,我局拟对《某某新材料有限公司年产3万吨包装制品项目"
    "环境影响报告表》进行审查。为保证审查的严肃性和公正性,现将拟审查的环境影响评价文件基本情况"
    "予以公示,公示期为5个自然日。如有意见,请于公示期内将书面意见反馈至某某经济开发区生态环境分局。\n"
    "听证权利告知:依据《中华人民共和国行政许可法》,自公示起5日内申请人、利害关系人可提出听证申请。\n"
)


def test_a_portal_s_related_news_footer_does_not_sink_the_notice_above_it():
    page = _DRAFT_REPOST + "新闻推荐\n" + _RELATED_NEWS + "\n" + _PRE_APPROVAL
    notices = extract_notices(page).proposals
    assert [n.value("kind") for n in notices] == ["eia_draft_comment", "eia_pre_approval"]
    assert notices[0].value("contact")["phone"] == "0551-61234567"


def test_the_week_a_bureau_made_its_decisions_is_not_the_notice_period():
    # an aggregator repeats the title, redacted, as the first line of the body
    text = (
        "****关于2025年3月3日-2025年3月7日作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审查,2025年3月3日-2025年3月7日我局对"
        "4个建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,公告期为2025年3月"
        "10日-2025年3月16日(7日)。\n"
    )
    found = find_window(text)
    assert (found.value["starts_on"], found.value["ends_on"]) == ("2025-03-10", "2025-03-16")


def test_a_week_a_bureau_will_decide_in_is_still_the_notice_period():
    text = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，2025年3月10日-2025年3月14日我局对"
        "以下项目拟作出审批意见予以公示（5个工作日）。\n"
    )
    assert find_window(text).value["ends_on"] == "2025-03-14"


def test_the_liaison_team_that_reports_to_a_group_is_not_the_group():
    page = (
        "中央第六生态环境保护督察组\n"
        "进驻期间：2023年4月1日-5月1日\n"
        "专门值班电话：0871-61234567\n"
        "专门邮政信箱：某某市A001号邮政信箱\n"
        "\n"
        "6月3日，市督察协调联络工作组向省第二生态环境保护督察组反馈了第八批群众举报事项办理情况，"
        "其中已办结12件。\n"
        "截至6月3日18时，省第二生态环境保护督察组分十批累计向我市转办群众来电来信举报材料96件"
        "（来电80件、来信16件）。从地区分布看：甲县20件，乙区18件，丙县15件。\n"
        "第八批群众举报转办件和边督边改详细情况在市政府网站和市生态环境局网站进行公开。\n"
        "省第二生态环境保护督察组值班电话和邮箱\n"
        "督察进驻期：2023年5月20日至2023年6月18日\n"
        "专门值班电话：0797-8123456\n"
        "专门邮政信箱：某某市A012号专用信箱\n"
        "受理举报电话时间：每天08:00—20:00\n"
    )
    notice = extract_notices(page).proposals[-1]
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("issuer") == "省第二生态环境保护督察组"


def test_a_plan_s_organising_body_under_the_label_plan_unit_issues_it():
    page = (
        "某某新区产业园规划环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》的要求，现将环境影响评价工作的相关信息公示如下：\n"
        "（一）规划名称及概要：某某新区产业园规划，规划区总面积约6平方公里。\n"
        "（二）建设项目的建设单位名称及联系方式：\n"
        "规划单位：某某市人民政府\n"
        "联系电话：0891-6123456\n"
        "电子邮箱：plan@example.com\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某市人民政府"


def test_a_host_whose_last_part_a_stray_space_set_off_is_one_link():
    page = (
        "某某750千伏输变电工程环境影响报告书征求意见稿现已编制完成，即日起可登录"
        "www.example-grid.com.cn查询；公众可登录www.example-grid.com. cn下载公众意见表。\n"
        "建设单位：某某电力有限公司；电话：0991-2123456；E-mail：grid@example.com。\n"
        "公众提出意见的起止时间：2024年4月17日至4月28日（10个工作日）。\n"
        "某某电力有限公司\n2024年4月17日\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("links") == ["http://www.example-grid.com.cn"]


def test_an_aggregator_s_paywall_hotline_is_not_the_notice_s_phone():
    page = (
        "某某市生态环境局关于2025年5月6日作出的建设项目环境影响评价文件审批决定的公告\n"
        "发布时间: 2025年05月06日\n"
        "下文中****为隐藏内容,仅对某某网会员开放,如需查看完整内容请 或 拨打咨询热线: 400-600-1234\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审查,我局对2个建设项目环境影响评价文件作出"
        "审批决定。现将作出的审批决定予以公告,公告期为2025年5月7日-2025年5月13日(7日)。\n"
        "联系电话:0591-****1234\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_decision"
    assert "phone" not in (notice.value("contact") or {})


def test_the_next_item_s_link_under_a_notice_names_no_project_of_it():
    page = (
        "某某市生态环境局关于2024年3月作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，现将作出的审批决定予以公告，公告期为2024年"
        "3月4日-2024年3月10日（7日）。\n"
        "行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话：0591-81234567\n"
        "通讯地址：某某市政务服务中心五楼生态环境局窗口\n"
        "邮 编：350001\n"
        "序号 |\n项目名称 |\n文号 |\n1 |\n某某汽车城配套道路工程 |\n某环评〔2024〕12号 |\n"
        "\n"
        "根据《环境影响评价公众参与办法》要求，现向公众公开该项目环境评价有关信息，以征求公众意见：\n"
        "（一）征求意见稿全文网络链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStU\n"
        "公众可联系建设单位查阅纸质报告书，具体联系方式如下：\n"
        "建设单位：某某海产有限公司\n"
        "通讯地址：某某市某某区松下镇大祉村某某路14号 联系人：林先生\n"
        "联系电话：0591-21234567 电子邮箱：fish@example.com\n"
        "（二）征求意见的公众范围是环境影响评价范围内公民、法人和其他组织。\n"
        "（四）公众可通过电子邮件、电话、传真、写信或者面谈等方式发表意见。\n"
        "（五）公众提出意见的起止时间：2024年3月4日起至2024年3月15日。\n"
        "某某海产有限公司\n2024年3月4日\n"
        "上一篇：某某公司土壤自行监测报告公示 下一篇：《某某电子有限公司年产50万平方米线路板项目"
        "环境影响报告表》全文公示\n"
    )
    notice = extract_notices(page).proposals[-1]
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("subject") is None
    assert notice.value("contact")["phone"] == "0591-21234567"


def test_a_heading_over_the_table_of_projects_is_not_the_project():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我分局拟对1个建设项目环境影响评价文件"
        "作出审批意见。现将拟作出审批意见的环境影响评价文件基本情况予以公示。\n"
        "公示期为2025年6月9日-2025年6月13日（5个工作日）。\n"
        "公众反馈意见联系方式：某某市生态环境局某某分局\n"
        "电话（传真）：0932-6123456\n"
        "一、拟批准环境影响评价文件的建设项目\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 某某河流域水生态综合治理工程\n"
        "| 某某县某某镇 | 某某县水利工程建设中心 |\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("subject") == "某某河流域水生态综合治理工程"
