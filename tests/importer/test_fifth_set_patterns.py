"""Patterns a fifth fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices


def _narrow(text: str, columns: float = 17) -> str:
    """Set ``text`` in a newspaper column ``columns`` ideographs wide (digits print half as
    wide), each paragraph starting a new line, breaking anywhere."""
    out = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for ch in paragraph:
            w = 0.5 if ord(ch) < 128 else 1.0
            if used + w > columns:
                out.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        out.append(line)
    return "\n".join(out)


_WEB_PRE_APPROVAL = (
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某县某某建材有限公司年产"
    "十万吨某某建材项目环境影响报告表作出审批意见。现将基本情况予以公示，公示期为2024年3月4日"
    "-2024年3月8日（5个工作日）。\n听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、"
    "利害关系人可要求听证。\n联系电话：0391-3123456\n某某市生态环境局\n2024年3月4日"
)
#: An EIA draft notice set in a narrow column, full of short labelled lines.
_COLUMN_DRAFT = _narrow(
    "某某市某某水务有限公司已委托某某环境工程有限公司编制完成《某某河生态治理工程环境影响报告书"
    "（征求意见稿）》，根据《环境影响评价公众参与办法》的要求，现将有关信息公示如下：\n"
    "一、征求意见稿全文的网络链接\n"
    "（1）网络链接：见附件。\n"
    "（2）查阅纸质报告书：到建设单位查阅。\n"
    "二、征求意见的公众范围\n"
    "评价范围内的公民、法人和其他组织。\n"
    "（1）大气：厂界外5km范围。\n"
    "（2）声：厂界外200m范围。\n"
    "三、公众意见表见附件。\n"
    "四、公众提出意见的方式和途径\n"
    "建设单位：某某市某某水务有限公司\n"
    "联系人：王工\n"
    "联系电话：0472-5123456\n"
    "环评单位：某某环境工程有限公司\n"
    "联系人：赵工\n"
    "联系电话：0472-5234567\n"
    "五、公众提出意见的起止时间\n"
    "公众提出意见的时间为2024年4月8日起10个工作日。\n"
    "某某市某某水务有限公司\n"
    "2024年4月8日"
)
_WEB_INSPECTION = (
    "经省委、省政府批准，某某省第三生态环境保护督察组近日进驻某某市开展生态环境保护督察。\n"
    "进驻期间（2024年9月2日—9月21日）设立专门值班电话：0477-8123456，专门邮政信箱：某某市"
    "A002号邮政信箱。\n督察组受理举报电话时间为每天8:00—20:00。\n"
    "某某省第三生态环境保护督察组\n2024年9月2日"
)


def test_a_narrow_column_of_short_labelled_lines_on_a_web_page_is_read_as_its_own_item():
    page = "\n\n".join([_WEB_PRE_APPROVAL, _COLUMN_DRAFT, _WEB_INSPECTION]) + "\n"
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == [
        "eia_pre_approval",
        "eia_draft_comment",
        "inspection_reporting",
    ]
    draft = proposals[1]
    assert draft.value("issuer") == "某某市某某水务有限公司"
    assert draft.value("published_on") == dt.date(2024, 4, 8)
    assert draft.value("contact")["phone"] == "0472-5123456"


def test_a_title_under_a_web_pages_menu_and_breadcrumb_lines_is_still_the_title():
    page = "\n\n".join(
        [
            _WEB_PRE_APPROVAL,
            "搜索\n首页 | 新闻中心 | 政务公开 | 公示公告 | 专题专栏\n您现在的位置：首页--公示公告\n"
            "某某县水利局某某河堤防加固工程环境影响评价公众参与信息公告\n"
            "来源：县水利局  更新时间：2016-06-20  【打印本页】\n"
            "根据《中华人民共和国环境影响评价法》《环境影响评价公众参与暂行办法》的要求，"
            "某某县水利局委托某某咨询有限公司承担某某河堤防加固工程环境影响报告书的编制工作，"
            "现将拟建工程环境影响评价信息进行公示，欢迎公众积极参与并提出意见。\n"
            "一、建设项目概要\n本项目总投资3000万元，新建护岸2000m。\n"
            "二、建设单位：某某县水利局\n联系电话：0897-2123456",
        ]
    )
    proposals = extract_notices(page + "\n").proposals
    assert len(proposals) == 2
    notice = proposals[1]
    assert notice.value("title") == "某某县水利局某某河堤防加固工程环境影响评价公众参与信息公告"
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2016, 6, 20)


def test_an_inspection_groups_number_printed_in_brackets_after_its_name_is_kept():
    page = (
        "国家某某督察组(第二组)进驻某某省\n"
        "根据安排，国家某某督察组进驻时间约1个月。进驻期间（2023年5月8日至6月7日）设立举报电话："
        "0591-87123456，专门信箱：某某市邮政信箱100号。督察组受理举报电话时间为每天8:00至20:00。\n"
        "国家某某督察组(第二组)\n2023年5月8日\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["inspection_reporting"]
    assert proposals[0].value("issuer") == "国家某某督察组(第二组)"


def test_a_builder_named_alone_on_the_line_under_its_heading_is_the_issuer():
    page = (
        "某某线公路改建工程环境影响报告书简本公示\n"
        "根据《中华人民共和国环境影响评价法》的规定，本工程环境影响报告书已基本编制完成，现将"
        "报告书进行公示。\n"
        "一、建设单位\n某某地方交通建设投资有限公司\n联系人：陈某  联系电话：13912345678\n"
        "二、环境影响评价单位\n某某环境科学研究院\n联系人：李某 联系电话：13812345678\n"
        "三、征求公众意见的范围和主要事项\n公众对本报告书主要结论的意见。\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("issuer") == "某某地方交通建设投资有限公司"


def test_links_printed_one_a_line_stay_two_links():
    page = (
        "某某园区总体规划环境影响评价公众参与第二次公示\n"
        "根据《规划环境影响评价条例》，现进行第二次公众参与公示。\n"
        "一、征求意见稿和公众意见表可以从以下网址下载：\n"
        "http://www.example.gov.cn/zfxxgk/ghwj/index.htm\n"
        "https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStU(提取码：AB12)\n"
        "二、联系方式\n单位名称：某某园区管理委员会\n联系电话：0972-8123456\n"
        "某某园区管理委员会\n2020年11月2日\n"
    )
    proposals = extract_notices(page).proposals
    assert proposals[0].value("links") == [
        "http://www.example.gov.cn/zfxxgk/ghwj/index.htm",
        "https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStU?pwd=AB12",
    ]


def test_a_labelled_posting_date_beats_the_crawl_date_in_the_sites_header_line():
    page = (
        "2025-10-12 | 网站首页 | 返回旧版\n用户名 密码 注册 | 忘记密码\n"
        "当前位置：首页 » 公示 » 正文\n"
        "某某市轨道交通建设规划环境影响评价第二次公示\n"
        "放大字体 缩小字体 发布日期：2023-04-17 来源：某某市发改委 浏览次数：321\n"
        "根据《环境影响评价公众参与办法》等规定，现对某某市轨道交通建设规划环境影响评价进行第二次"
        "信息公示，征求公众意见。\n"
        "一、规划编制组织单位：某某市发展和改革委员会\n联系电话：0891-6123456\n"
        "二、环境影响报告书征求意见稿全文见附件。\n"
    )
    proposals = extract_notices(page).proposals
    assert proposals[0].value("published_on") == dt.date(2023, 4, 17)


_CLAIMS_GUIDE = (
    "某某市某某五金制品有限公司破产清算案债权申报指引\n"
    "公开时间：2025-03-10 公 开 人：某某市某某五金制品有限公司管理人\n"
    "浏览次数：88次\n"
    "为保证某某市某某五金制品有限公司（以下称“债务人”）破产清算案债权申报工作有序进行，"
    "现就债权申报事宜制作如下指引：\n"
    "一、债权申报时间\n债权人应当在2025年4月14日前向管理人申报债权。\n"
    "二、债权申报方式\n邮寄纸质材料至管理人，并发送扫描件至邮箱example123@163.com。\n"
    "管理人接受债权申报的时间为：工作日上午9:00—11:30。\n三、申报的主体\n"
    "对债务人享有到期或未到期债权的自然人、法人或其他组织，均可申报债权。\n"
    "管理人收件信息：李律师，13712345678，某某市某某路8号，邮政编码：523000。\n"
)


def _claims_guide():
    proposals = extract_notices(_CLAIMS_GUIDE).proposals
    assert [p.value("kind") for p in proposals] == ["other"]
    return proposals[0]


def test_a_deadline_to_lodge_claims_by_a_day_is_the_notices_last_day():
    guide = _claims_guide()
    assert guide.value("window")["ends_on"] == "2025-04-14"
    assert guide.value("published_on") == dt.date(2025, 3, 10)


def test_the_publisher_line_under_a_claims_guides_title_names_its_issuer():
    guide = _claims_guide()
    assert guide.value("issuer") == "某某市某某五金制品有限公司管理人"


def test_a_title_set_in_a_web_tables_cells_after_a_stray_mark_is_read_with_its_date():
    page = (
        "?2024年6月3日拟对某某集团某某基地供热管道工程项目环评文件作出审批意见的公告 | ||||||\n"
        "| ||||||\n"
        "拟批准的建设项目环境影响评价文件\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价文件"
        "作出审批意见。现将上述建设项目环境影响评价文件的基本情况予以公告。公告期为2024年6月4日至"
        "2024年6月11日（5个工作日）。联系电话：0573-82123456。听证告知：依据《中华人民共和国行政"
        "许可法》，自公告起五日内申请人、利害关系人可要求听证。 | ||||||\n"
        "打印本页 关闭窗口 | ||||||\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("title") == (
        "2024年6月3日拟对某某集团某某基地供热管道工程项目环评文件作出审批意见的公告"
    )
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2024, 6, 3)


def test_a_date_broken_over_two_column_lines_is_read_whole():
    page = (
        "某某县某某污水处理厂扩建工程环境影响报告书征求意见稿公示\n"
        "某某县某某污水处理厂扩建工程环境影响报告书（征求意见稿）已编制完成，现公开征求公众意见。\n"
        "一、征求意见稿全文见附件。\n二、公众提出意见的起止时间：2020年10月2\n3日至2020年11月5日。\n"
        "三、建设单位：某某县水务局\n联系电话：0771-5123456\n某某县水务局\n2020年10月2\n3日\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("published_on") == dt.date(2020, 10, 23)
    assert proposals[0].value("window")["starts_on"] == "2020-10-23"


def test_a_builder_named_first_in_its_name_contact_and_phone_line_is_the_issuer():
    page = (
        "某某风电场项目环境影响评价第一次公示\n根据《环境影响评价公众参与办法》，现进行第一次公示。\n"
        "一、建设单位名称和联系方式\n某某新能源有限公司；联系人：张工；电话：0851-8123456\n"
        "二、环评单位名称和联系方式\n某某环境科技有限公司；联系人：李工；电话：0851-8234567\n"
        "三、公众意见表的网络链接：见附件。\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("issuer") == "某某新能源有限公司"


def test_the_site_named_in_a_copys_source_line_is_no_link_of_the_notice():
    page = (
        "某某化工项目环境影响报告书征求意见稿公示\n"
        "来源：www.example-huanping.com 发布时间：2023-05-06\n"
        "根据《环境影响评价公众参与办法》，某某化工有限公司某某项目环境影响报告书征求意见稿已编制"
        "完成，现予公示。\n"
        "一、征求意见稿全文链接：https://pan.baidu.com/s/1XyZabcdEFGhijkLMNop 提取码：ab12\n"
        "二、公众提出意见的起止时间：2023年5月6日至2023年5月19日。\n"
        "三、建设单位：某某化工有限公司\n联系电话：0531-8123456\n"
    )
    proposals = extract_notices(page).proposals
    assert proposals[0].value("links") == ["https://pan.baidu.com/s/1XyZabcdEFGhijkLMNop?pwd=ab12"]


def test_a_web_listing_line_above_a_listed_companys_announcement_is_not_a_second_notice():
    page = (
        "某某股份:关于回购注销部分限制性股票减少注册资本暨通知债权人的公告2024-11-08\n"
        "证券代码：600000 证券简称：某某股份 公告编号：2024-088\n某某股份有限公司\n"
        "关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "一、通知债权人的理由\n公司于2024年11月7日召开董事会，审议通过回购注销部分限制性股票的"
        "议案，公司注册资本将减少。\n"
        "二、需债权人知晓的相关信息\n公司债权人自本公告披露之日起45日内，有权凭有效债权文件要求"
        "公司清偿债务或者提供相应的担保。\n"
        "联系人：王某 联系电话：021-61234567\n特此公告。\n某某股份有限公司董事会\n2024年11月8日\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["capital_reduction"]
    assert proposals[0].value("published_on") == dt.date(2024, 11, 8)


def test_an_inspection_window_inside_a_news_report_is_proposed_dated_by_the_issue_line():
    page = (
        "某某日报 2023年6月12日 星期一 第A02版\n"
        "省第二生态环境保护督察组进驻某某市\n"
        "本报讯（记者 王某）6月10日，省第二生态环境保护督察组进驻某某市开展生态环境保护督察，"
        "当天召开督察工作动员会。市委书记李某主持会议并讲话。\n"
        "根据安排，督察组进驻时间为2023年6月10日至6月30日，进驻期间设立专门值班电话："
        "0635-8123456，专门邮政信箱：某某市A003号邮政信箱。督察组受理举报电话时间为每天8:00—20:00。\n"
        "李某表示，全市上下要以此次督察为契机，切实抓好问题整改。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["inspection_reporting"]
    notice = proposals[0]
    assert notice.value("issuer") == "省第二生态环境保护督察组"
    assert notice.value("published_on") == dt.date(2023, 6, 12)
    assert notice.value("window")["ends_on"] == "2023-06-30"
    assert notice.value("contact")["phone"] == "0635-8123456"


def test_a_reported_window_on_a_web_page_takes_the_numbers_listed_below_the_report():
    report = (
        "省第三环保督察组进驻某某市\n"
        "来源：某某晚报 2019-05-14 访问：\n"
        "本报5月13日讯 今天，某某省第三环境保护督察组进驻某某市，并召开动员大会。\n"
        "根据安排，督察进驻期间（2019年5月14日-6月2日）设立举报电话和举报邮政信箱。督察组受理"
        "举报电话时间为每天8:00-18:00。\n"
        "据介绍，今年以来全市共开展环保执法行动120次。■记者 某某\n"
        "举报方式\n某某市：\n举报电话：0731-81234567\n邮政信箱：某某市A011号邮政信箱\n"
    )
    page = "\n\n".join([_WEB_PRE_APPROVAL, report]) + "\n"
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_approval", "inspection_reporting"]
    reported = proposals[1]
    assert reported.value("issuer") == "某某省第三环境保护督察组"
    assert reported.value("window")["ends_on"] == "2019-06-02"
    assert reported.value("contact")["phone"] == "0731-81234567"


def test_a_builder_listed_with_its_contact_person_and_phone_is_the_issuer_in_every_layout():
    head = (
        "某某光伏电站项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现进行第一次公示。\n"
    )
    tail = "三、公众意见表的网络链接：见附件。\n"
    listings = (
        "二、建设单位名称及联系方式\n名称：某某能源有限公司；联系人：张工；电话：0851-8123456\n",
        "二、建设单位名称、联系人及电话：某某能源有限公司，张工，0851-8123456\n",
        "二、建设单位和联系方式\n名称;联系人;电话\n某某能源有限公司;张工;0851-8123456\n",
    )
    for listing in listings:
        proposals = extract_notices(head + listing + tail).proposals
        assert [p.value("issuer") for p in proposals] == ["某某能源有限公司"], listing


def test_a_legal_explainer_listing_the_steps_of_a_dissolution_is_no_notice():
    explainer = (
        "释义 |\n法律分析：公司注销的步骤如下：1、成立清算组，清算组应当自成立之日起十日内通知"
        "债权人，并于六十日内在报纸上公告；2、债权人应当自接到通知书之日起三十日内，未接到通知书的"
        "自公告之日起四十五日内，向清算组申报其债权；3、清算组对债权进行登记；4、办理注销登记。"
    )
    page = "\n\n".join([_WEB_PRE_APPROVAL, explainer]) + "\n"
    assert [p.value("kind") for p in extract_notices(page).proposals] == ["eia_pre_approval"]
