"""Patterns a forty-first fresh set of real notices showed (issue #11: windows next to the EIA
procedure: soil surveys, hearings, radiation and transmission projects, plan EIA): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.parties import clean_org
from tests.importer.proposals import only as _only


def test_a_hearing_sign_up_deadline_may_print_the_hour_before_its_qian():
    page = (
        "青禾县自然资源和规划局关于召开青禾县基准地价更新成果听证会的公告 根据《自然资源听证规定》"
        "的规定，本局决定举行听证会。现公告如下：一、听证会时间：2025年6月20日上午9时 二、参加"
        "须知：公民、法人和其他组织均可申请听证会代表或旁听资格。申请人请于2025年6月16日17:00前"
        "向青禾县自然资源和规划局提出书面申请。三、联系人：周女士，联系电话：0579-55501234 特此"
        "公告。 青禾县自然资源和规划局 二○二五年五月二十六日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-06-16"


def test_a_sign_up_deadline_with_afternoon_hours_and_a_bracket_still_ends_the_window():
    page = (
        "拟定于近期召开青禾市自来水价格调整听证会。现就征集听证会参加人有关事项公告如下：\n"
        "一、听证会参加人构成：消费者10名，采取自愿报名、随机选取的方式产生。\n"
        "二、报名时间和方法：请有意向参加听证会的报名者，于2025年3月14日下午17:30时前（工作日"
        "上午8:30-11:30,下午14:30-17:30），到青禾市发改委价格管理科报名或电话报名。电话："
        "0579-55502345。\n"
    )
    assert _only(page).value("window")["ends_on"] == "2025-03-14"


def test_a_soil_survey_publicity_with_a_period_is_a_window_of_kind_other():
    page = (
        "根据《中华人民共和国土壤污染防治法》的相关规定，用途变更为住宅用地的，变更前应当按照规定"
        "进行土壤污染状况调查，青禾县某号宗地块应进行土壤污染状况调查。\n"
        "调查结论：地块内及周围区域均无可能的污染源，第一阶段调查工作结束。\n"
        "公示时间：2025年3月3日至2025年3月24日\n"
        "联系人：周工\n"
        "联系电话：13900001111\n"
        "公示期间，对上述公示内容如有异议，请以书面形式反馈。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-03-24"
    # ... and the same results put up with no period to object in are no window at all
    no_period = page.replace("公示时间：2025年3月3日至2025年3月24日\n", "")
    assert extract_notices(no_period).proposals == ()


def test_an_authority_named_after_a_block_or_a_floor_of_its_address_is_read_without_them():
    block = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟对2个辐射项目环境影响报告表"
        "作出批复决定。公示期为2025年3月3日-2025年3月7日。\n"
        "电话：0570-55501234\n"
        "地址：青禾市科园路88号B2座东川省生态环境厅\n"
    )
    floor = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对青禾县医院DSA核技术利用项目"
        "环境影响报告表作出批复决定。公示期为2025年3月3日-2025年3月7日（5个工作日）。\n"
        "联系电话：0570-55501234\n"
        "通讯地址：青禾市育才路113号市政府行政大楼19层青禾市生态环境局辐射站\n"
    )
    assert _only(block).value("issuer") == "东川省生态环境厅"
    assert _only(floor).value("issuer") == "青禾市生态环境局"


def test_a_title_run_into_the_commissioning_body_is_not_part_of_its_name():
    # a web page's title line, not read as a title among its furniture lines, joined to the
    # body's first line "X委托Y编制…": the name read before 委托 starts with the title
    joined = "青禾经济开发区扩区规划环境影响评价公众参与第二次公示青禾经济开发区管委会"
    assert clean_org(joined) == "青禾经济开发区管委会"


def test_a_notice_setting_out_the_assessments_procedure_and_work_is_a_first_notice():
    page = (
        "青禾110kV东区等2项输变电工程环境信息公告\n"
        "一、工程概况\n本批工程包括110kV东区输变电工程、110kV西岭变电站扩建工程。\n"
        "二、建设单位名称及联系方式\n建设单位名称：某某电力公司青禾供电公司\n"
        "联系人：周某 联系电话：0570-55503456\n"
        "三、评价单位名称及联系方式\n环评单位名称：某某电力设计院\n"
        "四、环境影响评价工作程序和主要工作内容\n接受委托；现状调查；公众参与；编制报告表。\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_first_notice_naming_the_consultant_of_its_report_table_offers_no_draft():
    page = (
        "我公司正在开展青禾220kV线路迁改工程环境影响评价工作。参照《环境影响评价公众参与办法》"
        "要求，现将工程相关环境影响评价信息予以公示。 一、建设项目名称、建设内容等基本情况 项目"
        "名称：青禾220kV线路迁改工程 二、建设单位和联系方式 联系人：周工 电话：0570-55504567 "
        "三、环境影响评价报告表编制单位的名称 某某电力设计咨询有限公司 四、征求公众意见的主要事项 "
        "公众对本工程环境保护工作的意见与建议。 五、公众意见征求时限为：自本公示发布之日起10个"
        "工作日内。 特此公告。 某某电力公司青禾供电公司\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_report_table_put_up_before_it_goes_for_review_is_a_pre_submission_notice():
    sent = (
        "青禾县中医院《新增数字减影血管造影机使用项目》编制工作已基本完成。现将该项目的环境影响"
        "评价报告表进行送审前公示，望广大公众提出宝贵意见。\n"
        "任何单位或个人可于该公示发布日起7日内提出建议和意见。\n"
        "建设单位：青禾县中医院\n联系电话：13900002222\n"
    )
    soon = (
        "本单位委托某某环境科技有限公司编制了《青禾县医院DSA项目环境影响报告表》，即将报批。"
        "现进行全文信息公开，请下载后查阅。\n"
        "建设单位名称：青禾县卫生健康局\n联系电话：0570-55505678\n"
        "公示时间：2025年4月25日—2025年4月30日（5个工作日）。\n"
    )
    assert _only(sent).value("kind") == "eia_pre_submission"
    assert _only(soon).value("kind") == "eia_pre_submission"


def test_a_phone_printed_after_an_email_and_a_slash_is_read():
    page = (
        "现将《青禾县医院DSA项目》的环境影响评价报告表进行送审前公示。\n"
        "任何单位或个人可于该公示发布日起7日内提出建议和意见。\n"
        "一、建设单位：青禾县中医院\n"
        "二、公示期间联系方式：1013400000@qq.com/13900003333\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "13900003333"
