"""Layouts a page may be pasted in (issue #11, layout robustness: the same notices laid out as an
e-paper's text layer, an OCR'd column or a newspaper page with its furniture): each a sentence
of behaviour on a text written for the test, not copied from a real page."""

from __future__ import annotations

import datetime

from tests.importer.proposals import only as _only

_HEADER = "2031年4月8日 星期二  第B05版：公告  责任编辑：某某"

_REDUCTION = (
    "减资公告\n"
    "某某市青禾建材有限公司经股东会决议，注册资本由\n"
    "人民币一千万元减至人民币五百万元。请债权人自本\n"
    "公告见报之日起四十五日内向本公司申报债权。\n"
    "联系人：周某 电话：0471-5550123\n"
    "某某市青禾建材有限公司\n"
    "2031年4月3日\n"
)


def test_a_newspaper_page_header_over_a_notice_is_not_read_into_its_first_sentence():
    page = _HEADER + "\n" + _REDUCTION.split("\n", 1)[1]
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("subject") == "某某市青禾建材有限公司"
    assert notice.value("issuer") == "某某市青禾建材有限公司"


def test_a_page_header_between_a_news_item_and_a_notice_keeps_the_notice_whole():
    news = "本报讯 昨日，某某区举办春季植树活动，\n三百余名干部群众参加，共植树两千株。\n"
    notice = _only(news + _HEADER + "\n" + _REDUCTION)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("title") == "减资公告"
    assert notice.value("issuer") == "某某市青禾建材有限公司"
    assert notice.value("contact")["phone"] == "0471-5550123"
    # the paper's day is the day the notice was printed
    assert notice.value("published_on") == datetime.date(2031, 4, 8)


# --- a page OCR'd column by column: lines of one width, a blank line between items ----------

_COLUMN_PRESUBMISSION = (
    "某某路8号实验楼改造工程环境影\n"
    "响报告表全本公示\n"
    "某某路8号实验楼改造工程环境影响报告表见附\n"
    "件。根据建设项目环境影响评价公众参与的有关\n"
    "规定，建设单位在报批报告表前公开其全本，公\n"
    "示期不少于5个工作日。对本项目如有意见和建议\n"
    "可拨打建设单位电话：0471-5550188，或发送至\n"
    "邮箱lab8@example.com。\n"
)
_COLUMN_PRE_APPROVAL = (
    "根据建设项目环境影响评价审批程序的有关规定，\n"
    "经审查，我局拟对以下建设项目环境影响评价文件\n"
    "作出审批意见。现将拟作出审批意见的环境影响评\n"
    "价文件基本情况予以公示，公示期为2031年9月1日\n"
    "-2031年9月5日（5个工作日）。\n"
    "听证权利告知：依据《中华人民共和国行政许可法》，\n"
    "自公示起5日内申请人、利害关系人可对以下拟作出\n"
    "的建设项目环境影响评价文件批复决定要求听证。\n"
    "联系电话：0471-5550199\n"
)


def test_a_title_ending_in_the_reports_full_text_put_up_is_a_title():
    # "…报告表全本公示" puts the report's full text up: not "本公示" (this notice) in a sentence
    notice = _only(_COLUMN_PRESUBMISSION)
    assert notice.value("title") == "某某路8号实验楼改造工程环境影响报告表全本公示"
    assert notice.value("kind") == "eia_pre_submission"


def test_an_authoritys_opening_sentence_below_a_blank_line_starts_the_next_notice():
    # in an OCR'd column a blank line may fall inside a notice, but a bureau's opening sentence
    # naming its act, under a notice that already gave its contacts, starts the next one
    from notices.importer import extract_notices

    proposals = extract_notices(_COLUMN_PRESUBMISSION + "\n" + _COLUMN_PRE_APPROVAL).proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_submission", "eia_pre_approval"]
    assert proposals[0].value("contact")["phone"] == "0471-5550188"
    assert proposals[1].value("contact")["phone"] == "0471-5550199"
    assert proposals[1].value("window")["ends_on"] == "2031-09-05"


def test_a_notices_background_paragraph_below_a_blank_line_is_not_a_new_notice():
    # the opening sentence under a paragraph that gave no way to respond stays in its notice
    page = (
        "某某路8号实验楼改造工程位于某某区北部，建设\n"
        "单位为某某大学，项目总投资五百万元。\n"
        "\n"
        "根据《环境影响评价公众参与办法》的规定，现将\n"
        "该项目环境影响报告表予以公示，公示期为本公示\n"
        "发布之日起5个工作日。联系电话：0471-5550188\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "0471-5550188"


def test_a_bureaus_decision_put_up_by_notice_is_read_without_a_contact_of_its_own():
    # a decision with a table of projects and the rights of review, no phone: "现将作出的审批
    # 决定予以公告" is the bureau putting its act up, which news does not say
    from notices.importer import extract_notices

    news = (
        "本报讯 近日，某某市召开生态环境保护工作会议，\n部署今年大气、水、土壤污染防治重点任务。\n"
    )
    decision = (
        "根据建设项目环境影响评价审批程序的有关规定，\n"
        "经审查，2031年1月23日我局对2个建设项目环境\n"
        "影响评价文件作出审批决定。现将作出的审批决定\n"
        "予以公告，公告期为2031年1月23日-2031年1月\n"
        "31日（7个工作日）。\n"
        "序号|文件名称|文号|发文时间|\n"
        "1|某某护栏网改建项目|某行审环评字[2031]001号|\n"
        "2|某某机械技改项目|某行审环评字[2031]002号|\n"
        "行政复议与行政诉讼权利告知：公民、法人或者其他\n"
        "组织认为公告的建设项目环境影响评价文件审批决定\n"
        "侵犯其合法权益的，可以自公告期限届满之日起六十\n"
        "日内提起行政复议。\n"
    )
    proposals = extract_notices(news + "\n" + decision).proposals
    assert [p.value("kind") for p in proposals] == ["eia_decision"]
    assert proposals[0].value("window")["ends_on"] == "2031-01-31"


def _column(*paragraphs: str, width: int = 20) -> str:
    """The paragraphs set in one column ``width`` characters wide, as a scan read line by line
    or an e-paper's text layer gives them."""
    return "".join(
        "".join(p[i : i + width] + "\n" for i in range(0, len(p), width)) for p in paragraphs
    )


_COLUMN_FIRST = _column(
    "某某县青山风电场二期工程环境影响评价第一次公示",
    "根据《环境影响评价公众参与办法》的规定，某某青山新能源有限公司现将某某县青山风电场二期工程"
    "环境影响评价的有关信息公示如下。",
    "一、建设项目名称及概要：某某县青山风电场二期工程位于青山镇北部山脊，拟安装风力发电机组二十"
    "台，总装机容量十万千瓦，配套建设一座一百一十千伏升压站及集电线路。",
    "二、建设单位名称和联系方式：某某青山新能源有限公司，联系人：王工，联系电话：0477-5550111。",
    "三、环境影响报告书编制单位：某某环境工程咨询有限公司，联系人：李工，电话：0471-5550222。",
    "四、公众意见表的网络链接：http://www.example.com/eia/form.html",
    "五、提交公众意见表的方式和途径：公众可通过信函、电子邮件等方式向建设单位提交意见。",
)
_COLUMN_ACCEPTANCE = _column(
    "根据《建设项目竣工环境保护验收暂行办法》的规定，现将某某县河东污水处理厂提标改造工程竣工环境"
    "保护验收报告（包括验收监测报告及验收意见）公示如下：",
    "项目名称：某某县河东污水处理厂提标改造工程",
    "建设单位：某某县河东水务有限公司",
    "建设内容：对现有污水处理厂进行提标改造，出水执行一级A标准，新增深度处理单元一套。",
    "公示时间：2031年6月9日至2031年7月7日（20个工作日）",
    "联系人：赵工",
    "公示期间，对上述公示内容如有异议，请以书面形式反馈，个人须署真实姓名，单位须加盖公章。",
)


def _separates(page: str) -> bool:
    from notices.importer.segment import Lines, blank_lines_separate_items
    from notices.importer.text import Page

    return blank_lines_separate_items(Lines(Page(page)))


#: Two items whose paragraphs run on, as a paper sets them, so that their lines are of one width.
_RUN_ON_FIRST = (
    "根据《环境影响评价公众参与办法》的规定，某某青山新能源有限公司现将某某县青山风电场二期工程"
    "环境影响评价的有关信息公示如下。一、建设项目名称及概要：某某县青山风电场二期工程位于青山镇北部"
    "山脊，拟安装风力发电机组二十台，总装机容量十万千瓦，配套建设一座一百一十千伏升压站及集电线路，"
    "项目总投资约六亿元，其中环保投资约一千二百万元。二、建设单位名称和联系方式：某某青山新能源有限"
    "公司，联系人王工，联系电话零四七七五五五零一一一。三、环境影响报告书编制单位名称：某某环境工程"
    "咨询有限公司，联系人李工。四、公众意见表的获取方式：公众可向建设单位索取公众意见表。五、提交公"
    "众意见表的方式和途径：公众可自本公示发布之日起十个工作日内通过信函、电子邮件等方式向建设单位提"
    "交意见。"
)
_RUN_ON_ACCEPTANCE = (
    "根据《建设项目竣工环境保护验收暂行办法》的规定，现将某某县河东污水处理厂提标改造工程竣工环境"
    "保护验收报告公示如下。项目名称：某某县河东污水处理厂提标改造工程。建设单位：某某县河东水务有限"
    "公司。建设内容：对现有污水处理厂进行提标改造，出水执行一级标准，新增深度处理单元一套，配套建设"
    "污泥脱水间及除臭设施，工程实际总投资约三千万元，其中环保投资约两千九百万元。公示期为二十个工作"
    "日。公示期间，对上述公示内容如有异议，请以书面形式反馈，个人须署真实姓名，单位须加盖公章。"
)


def test_on_a_page_set_in_one_column_a_blank_line_only_between_long_items_separates_them():
    # lines of one narrow width throughout and a blank line only between items (a scan read line
    # by line, an e-paper's text layer, a Word file): each item is read as a block of its own
    from notices.importer import extract_notices

    page = _column(_RUN_ON_FIRST, width=16) + "\n" + _column(_RUN_ON_ACCEPTANCE, width=16)
    assert _separates(page)
    assert [p.value("kind") for p in extract_notices(page).proposals] == ["eia_first", "other"]


def test_a_newspaper_columns_ocr_with_blank_lines_inside_its_notices_is_not_read_by_them():
    # OCR of a newspaper column leaves a blank line every few lines, inside notices too
    lines = (_column(_RUN_ON_FIRST, width=16) + _column(_RUN_ON_ACCEPTANCE, width=16)).splitlines()
    page = "".join(line + ("\n\n" if n % 5 == 4 else "\n") for n, line in enumerate(lines))
    assert not _separates(page)
