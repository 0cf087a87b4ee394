"""Pages whose items are parted by a single line break, no blank line (issue #11, layout
robustness: text pasted from a web page, a Word file or an e-paper's HTML): each a sentence of
behaviour on a text written for the test, not copied from a real page."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_NEWS = "本报讯（记者 某某）眼下正值春\n耕时节，某某区各镇组织农技人员\n深入田间，指导农户备耕。\n"

_DEREGISTRATION = (
    "某某市青禾商贸有限公司（统一社会\n"
    "信用代码：91150000MA0000000X）经股东\n"
    "会决议解散，并成立清算组。请债权人\n"
    "自本公告见报之日起四十五日内，向本\n"
    "公司清算组申报债权。\n"
    "联系电话：0471-5550199\n"
    "特此公告。\n"
    "某某市青禾商贸有限公司清算组\n"
    "2031年3月18日\n"
)


def test_a_news_headline_set_right_over_a_notice_title_is_no_part_of_that_title():
    # the headline of the news item above, its blank lines lost: a line with no name of a
    # body or an undertaking is not the first half of a title that is whole by itself
    page = _NEWS + "春耕备耕正当时\n田间地头农事忙\n注销公告\n" + _DEREGISTRATION
    notice = _only(page)
    assert notice.value("title") == "注销公告"
    assert notice.value("issuer") == "某某市青禾商贸有限公司清算组"


def test_a_headline_over_a_title_that_names_its_project_is_not_read_into_the_subject():
    page = (
        _NEWS
        + "某某旗部署防沙治沙工作\n"
        + "某某旗青山镇光伏治沙项目环境影响评价第一次公示\n"
        + "某某旗青山镇光伏治沙项目位于青山镇北部，建设单位\n"
        + "为某某青山新能源有限公司。公众可自本公示发布之日\n"
        + "起十个工作日内提出意见。\n"
        + "联系电话：0477-5550111\n"
        + "某某青山新能源有限公司\n"
        + "2031年5月6日\n"
    )
    notice = _only(page)
    assert notice.value("title") == "某某旗青山镇光伏治沙项目环境影响评价第一次公示"
    assert notice.value("subject") == "某某旗青山镇光伏治沙项目"


def test_a_company_name_over_a_bare_notice_title_is_still_the_first_half_of_that_title():
    page = "某某市青禾商贸有限公司\n注销公告\n" + _DEREGISTRATION
    notice = _only(page)
    assert notice.value("title") == "某某市青禾商贸有限公司注销公告"


def test_a_project_name_over_its_stage_words_is_still_one_title():
    page = (
        "某某旗青山镇光伏治沙项目\n"
        "环境影响评价第一次公示\n"
        "某某旗青山镇光伏治沙项目位于青山镇北部，建设单位\n"
        "为某某青山新能源有限公司。公众可自本公示发布之日\n"
        "起十个工作日内提出意见。\n"
        "联系电话：0477-5550111\n"
        "某某青山新能源有限公司\n"
        "2031年5月6日\n"
    )
    notice = _only(page)
    assert notice.value("title") == "某某旗青山镇光伏治沙项目环境影响评价第一次公示"


def test_a_title_broken_inside_its_project_name_is_still_one_title():
    page = (
        "某某市青山工业园区固废资源化综合利用\n"
        "处置项目环境影响评价第一次公示\n"
        "某某市青山工业园区固废资源化综合利用处置项目位于园区北部，\n"
        "建设单位为某某青山环保有限公司。公众可自本公示发布之日\n"
        "起十个工作日内提出意见。\n"
        "联系电话：0477-5550111\n"
        "某某青山环保有限公司\n"
        "2031年5月6日\n"
    )
    notice = _only(page)
    assert notice.value("title") == (
        "某某市青山工业园区固废资源化综合利用处置项目环境影响评价第一次公示"
    )


_FIRST_UNSIGNED = (
    "某某县青山镇光伏发电项目环境影响评价第一次公示\n"
    "根据《环境影响评价公众参与办法》的规定，现将某某县青山镇光伏发电项目环境影响评价的有关信息公示如下。\n"
    "一、建设项目概况：项目位于青山镇北部，装机容量五万千瓦，建设单位为某某青山新能源有限公司。\n"
    "二、公众提出意见的方式：公众可自本公示发布之日起十个工作日内，以信函、电子邮件等方式提出意见。\n"
    "联系人：王工\n"
    "联系电话：0477-5550111\n"
)
_SECOND_UNSIGNED = (
    "某某市河东污水处理厂扩建工程环境影响报告书征求意见稿公示\n"
    "根据《环境影响评价公众参与办法》的规定，某某市河东水务有限公司现将该工程环境影响报告书征求意见稿公开，征求公众意见。\n"
    "一、征求意见稿全文的网络链接：http://www.example-water.cn/eia/draft.html\n"
    "二、公众提出意见的起止时间：自本公示发布之日起十个工作日内。\n"
    "联系电话：0477-5550222\n"
)


def test_an_untitled_run_of_web_notices_starts_a_new_notice_at_a_title_after_a_contact_line():
    # a web page pasted with one line break between items: the second notice's title right
    # under the first one's last contact line starts the second notice
    proposals = extract_notices(_FIRST_UNSIGNED + _SECOND_UNSIGNED).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_draft_comment"]
    assert proposals[0].value("contact")["phone"] == "0477-5550111"
    assert proposals[1].value("contact")["phone"] == "0477-5550222"
    assert proposals[1].value("title") == "某某市河东污水处理厂扩建工程环境影响报告书征求意见稿公示"


def test_a_notices_own_numbered_headings_and_contact_lines_do_not_start_a_new_notice():
    notice = _only(_FIRST_UNSIGNED)
    assert notice.value("kind") == "eia_first"
    assert notice.value("title") == "某某县青山镇光伏发电项目环境影响评价第一次公示"


def test_a_notices_opening_sentence_after_a_contact_line_starts_a_new_notice():
    # the second notice has no title: its first sentence ("根据《…》的规定，…") right under the
    # first one's last contact line starts it, and its signature does not take the first notice
    second = (
        "根据《建设项目环境影响评价政府信息公开指南》的规定，经审查，我局拟对某某市河东污水处理厂扩建工程环境影响报告书作出审批意见，现予以公示。\n"
        "公示期为2031年5月8日至2031年5月14日（5个工作日）。\n"
        "联系电话：0477-5550333\n"
        "某某市生态环境局\n"
        "2031年5月8日\n"
    )
    proposals = extract_notices(_FIRST_UNSIGNED + second).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_pre_approval"]
    assert proposals[0].value("contact")["phone"] == "0477-5550111"
    assert proposals[1].value("issuer") == "某某市生态环境局"
    assert proposals[1].value("contact")["phone"] == "0477-5550333"


def test_a_title_run_into_its_first_sentence_starts_a_notice_after_a_line_cut_off_mid_word():
    # a copy of the first notice cut short mid-sentence (no contact, no closing), then the next
    # notice whose title ran into its first sentence: the run-in title starts the second
    first_cut = (
        "某某县青山镇光伏发电项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将某某县青山镇光伏发电项目环境影响评价的有关信息公示如下。\n"
        "一、建设项目概况：项目位于青山镇北部，装机容量五万千瓦，建设单\n"
    )
    second = (
        "某某市河东污水处理厂扩建工程环境影响报告书征求意见稿公示根据《环境影响评价公众参与办法》"
        "的规定，某某市河东水务有限公司现将该工程环境影响报告书征求意见稿公开，征求公众意见。\n"
        "公众可自本公示发布之日起十个工作日内提出意见。联系电话：0477-5550222\n"
    )
    proposals = extract_notices(first_cut + second).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_draft_comment"]
    assert proposals[1].value("contact")["phone"] == "0477-5550222"
    assert "phone" not in (proposals[0].value("contact") or {})


def test_a_run_in_title_under_its_posting_line_keeps_that_line():
    page = (
        "发布时间：2031-05-08\n"
        "某某市河东污水处理厂扩建工程环境影响报告书征求意见稿公示根据《环境影响评价公众参与办法》"
        "的规定，某某市河东水务有限公司现将该工程环境影响报告书征求意见稿公开，征求公众意见。\n"
        "公众可自本公示发布之日起十个工作日内提出意见。联系电话：0477-5550222\n"
    )
    proposals = extract_notices(_FIRST_UNSIGNED + page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_draft_comment"]
    notice = proposals[1]
    assert notice.value("published_on").isoformat() == "2031-05-08"


_AUTHORITY_DECISION = (
    "根据建设项目环境影响评价审批程序的有关规定，经审查，2031年1月23日我局对2个建设项目环境影响评价文件"
    "作出审批决定。现将审批决定予以公告。\n"
    "序号 | 项目名称 | 文号 | 发文时间 |\n"
    "1 | 某某县青山护栏网改建项目 | 某行审环评字[2031]001号 | 2031.1.23 |\n"
    "2 | 某某县河东机械技改项目 | 某行审环评字[2031]002号 | 2031.1.23 |\n"
    "行政复议与行政诉讼权利告知：依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》，"
    "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的，可以自公告"
    "之日起六十日内提起行政复议，也可以自公告之日起六个月内提起行政诉讼。\n"
)


def test_an_authoritys_opening_sentence_after_a_news_item_with_a_hotline_starts_its_notice():
    # news that quotes a hotline, then the bureau's decision notice with no title and no
    # contact of its own: its opening sentence naming the bureau's act starts it, and the
    # notice is read though it gives no way to respond
    news = (
        "本报讯 某某省生态环境保护督察组近日进驻某某市，督察期间设立举报电话0471-5550123，"
        "受理群众来电举报。\n"
        "督察组将对群众反映的问题及时转办，并向社会公开。\n"
    )
    proposals = extract_notices(news + _AUTHORITY_DECISION).proposals
    assert [p.value("kind") for p in proposals] == ["eia_decision"]
    assert "phone" not in (proposals[0].value("contact") or {})


def test_an_untitled_authority_notice_alone_on_a_web_paste_is_read_without_a_contact():
    assert [p.value("kind") for p in extract_notices(_AUTHORITY_DECISION).proposals] == [
        "eia_decision"
    ]


def test_a_news_item_alone_on_a_web_paste_is_still_no_notice():
    news = (
        "本报讯 某某市青山区今年以来持续推进大气污染防治，累计淘汰燃煤锅炉12台，"
        "空气质量优良天数同比增加15天。\n"
        "区生态环境分局有关负责人表示，下一步将继续加强执法检查，确保治理成效。\n"
    )
    assert not extract_notices(news).proposals


def test_a_notices_background_paragraph_stays_with_its_opening_sentence():
    # a notice may recount its background before the sentence that puts it up: with no way to
    # respond above it, that sentence does not start a new item
    page = (
        "2031年5月，某某环保科技有限公司编制完成了某某机械有限公司新建零部件加工项目环境影响报告表。"
        "2031年6月10日，某某市生态环境局对该报告表作出批复。\n"
        "根据《建设项目竣工环境保护验收暂行办法》的要求，现对某某机械有限公司新建零部件加工项目"
        "竣工环境保护验收报告予以公示，公示期为2032年3月1日至2032年3月28日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.to_json()["window"]["ends_on"] == "2032-03-28"


def test_a_statement_elsewhere_on_a_paste_with_no_blank_line_does_not_sink_the_notice():
    # the paste's only block is the whole page: a participation statement a document site lists
    # above the notice makes that block a statement, but the notice is judged by its own lines
    statement = (
        "- 1、本文档共45页，可阅读全部内容。\n"
        "某某市河东污水处理厂扩建工程环境影响评价公众参与说明\n"
        "1 概述 2 首次环境影响评价信息公开情况 2.1 公开内容及日期 2.2 公开方式 "
        "3 征求意见稿公示情况\n"
        "本说明由建设单位编制，随报告书一并报送审批部门。\n"
    )
    proposals = extract_notices(statement + _FIRST_UNSIGNED).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]
    assert proposals[0].value("contact")["phone"] == "0477-5550111"


def test_a_listed_companys_header_starts_its_announcement_under_a_summary_of_it():
    # an aggregator's heading and its machine summary, then the announcement itself, pasted with
    # one line break between them: the summary is no part of the announcement, which runs from
    # its header ("证券代码：…公告编号：…") to its signature
    page = (
        "某某科技：关于回购注销股份减少注册资本通知债权人的公告\n"
        "要点 - 公司拟以自有资金回购股份并全部注销，回购价格不超过20元/股 [1] - 回购期限为股东大会"
        "审议通过后3个月内 [1] - 回购完成后公司注册资本将相应减少，总股本亦将变化 [2]\n"
        "证券代码：600000 证券简称：某某科技 公告编号：2031-045\n"
        "某某科技股份有限公司\n"
        # (the title's last words, "暨通知债权人的公告", lost from the e-paper's text layer)
        "关于回购注销部分限制性股票减少注册资本\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "公司回购注销部分限制性股票将导致注册资本减少，根据《中华人民共和国公司法》等相关规定，"
        "公司特此通知债权人，债权人自本公告披露之日起四十五日内，有权凭有效债权文件及相关凭证"
        "要求公司清偿债务或者提供相应的担保。\n"
        "联系电话：021-55501234\n"
        "特此公告。\n"
        "某某科技股份有限公司董事会\n"
        "2031年6月18日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("issuer") == "某某科技股份有限公司"
    assert notice.value("contact")["phone"] == "021-55501234"


def _column(page: str, width: int = 20) -> str:
    """The page set in a narrow column with no blank line (a column's text layer pasted)."""
    return "".join(
        "".join(line[k : k + width] + "\n" for k in range(0, len(line), width))
        for line in page.splitlines()
        if line.strip()
    )


def test_a_run_of_notices_set_in_a_narrow_column_with_no_blank_line_is_read_item_by_item():
    # the same web notices as above, each line wrapped at a column of twenty characters: their
    # items are told as on a wide paste
    proposals = extract_notices(_column(_FIRST_UNSIGNED + _SECOND_UNSIGNED)).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_draft_comment"]
    assert proposals[0].value("contact")["phone"] == "0477-5550111"
    assert proposals[1].value("contact")["phone"] == "0477-5550222"


def test_a_statement_in_a_narrow_column_with_no_blank_line_does_not_sink_the_notice():
    # a column with no blank line is a paste too: the notice is judged by its own lines (before,
    # only a paste of lines wider than a column was, and the statement sank the notice)
    statement = (
        "某某市河东污水处理厂扩建工程环境影响评价公众参与说明\n"
        "1 概述 2 首次环境影响评价信息公开情况 2.1 公开内容及日期 2.2 公开方式 "
        "3 征求意见稿公示情况\n"
        "本说明由建设单位编制，随报告书一并报送审批部门。\n"
    )
    proposals = extract_notices(_column(statement + _FIRST_UNSIGNED)).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]
    assert proposals[0].value("contact")["phone"] == "0477-5550111"


def test_a_blank_template_in_a_narrow_column_keeps_its_signature_to_fill_in():
    # the signer and the "年月日" left blank under the body are the template's, read with it
    page = _column(
        "减资公告\n某某商贸有限公司经股东会决议，注册资本由100万元减少至10万元。"
        "请债权人自本公告之日起45日内向本公司申报债权。\n特此公告。\n某某商贸有限公司\n年月日\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_explainers_question_headline_without_its_mark_starts_the_explainer():
    # a notice cut off mid-sentence, then a site's explainer under its question headline (no
    # question mark): the explainer's lines, which speak of public participation in general,
    # do not sink the notice above them, and the explainer is no notice
    page = (
        "某某市某某镇生猪养殖场建设项目环境影响报告书（征求意见稿）公示\n"
        "2031-10-12 10:42 来源：某某区融媒体中心\n"
        "某某市某某镇生猪养殖场建设项目环境影响报告书征求意见稿现已形成，现予以公示，征求公众意见。\n"
        "征求意见稿全文的网络链接：https://pan.example.com/s/abc123\n"
        "公众可自公示起10个工作日内，向建设单位提出意见。\n"
        "建设单位联系人：刘老师；联系电话：023-55501983。\n"
        "三、征求意见的范围\n"
        "征求意见的范围：某\n"
        "建设项目环评公示什么意思\n"
        "《环境影响评价公众参与暂行办法》自2006年3月18日起施行，是在环评报告编制前及审批前需要让"
        "公众知情建设项目对环境影响的一种方式，公示期一般为10个工作日，公众可以在公示期内提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["phone"] == "023-55501983"


def test_a_title_under_a_line_that_ends_in_its_run_in_signature_starts_the_next_notice():
    # a one-line copy of a notice whose signature ran into its last sentence, then the next
    # notice's title on the line right under it: the line ended signed, the title is no part
    # of its sentence
    page = (
        "依据《环境影响评价公众参与办法》第五条的规定，建设单位应当依法听取公众意见。目前某某风电场"
        "项目已委托环评单位开展环境影响评价工作，建设单位在此公示项目的基本信息，并向公众征求与该"
        "建设项目环境影响有关的意见。一、建设项目名称：某某风电场项目 "
        "二、建设单位：某某发电有限公司 联系人：兰某 "
        "0773-5550087 三、公众可以在公众参与信息公布后，通过信函、传真、电子邮件等方式，向建设单位"
        "提出意见。某某发电有限公司2031年5月8日\n"
        "某某至某某公路环境影响报告书报批前公示\n"
        "来源：某某市交通运输局 发布时间：2031-01-19 16:27\n"
        "根据上述规定，现将《某某至某某公路环境影响报告书》及公众参与说明予以公开。\n"
        "附件1：某某至某某公路环境影响报告书公示稿文本.pdf\n"
        "某某市交通运输局\n"
        "2031年1月19日\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_pre_submission"]
    assert proposals[1].value("title") == "某某至某某公路环境影响报告书报批前公示"


def _wrapped(text: str, width: int = 20) -> str:
    """``text`` with every line cut at ``width`` characters, as a column's text layer is."""
    out = []
    for line in text.split("\n"):
        out.extend(line[k : k + width] for k in range(0, len(line), width))
    return "\n".join(out) + "\n"


def _another(unsigned: str, names: dict[str, str]) -> str:
    for old, new in names.items():
        unsigned = unsigned.replace(old, new)
    return unsigned


def test_a_paste_with_a_stray_blank_line_inside_a_notice_is_still_read_item_by_item():
    # a web paste of four notices whose only blank line is the space an image left inside
    # the first: that line parts no items, so the page is read as a paste, not as two blocks
    first = _FIRST_UNSIGNED.replace("公示如下。\n", "公示如下。\n  \n", 1)
    third = _another(_FIRST_UNSIGNED, {"青山镇光伏发电": "西山砂石料加工", "5550111": "5550333"})
    fourth = _another(_SECOND_UNSIGNED, {"河东": "河西", "5550222": "5550444"})
    proposals = extract_notices(first + _SECOND_UNSIGNED + third + fourth).proposals
    assert [p.value("contact")["phone"] for p in proposals] == [
        "0477-5550111",
        "0477-5550222",
        "0477-5550333",
        "0477-5550444",
    ]
    assert proposals[0].value("issuer") == "某某青山新能源有限公司"


_CUT_OFF = (
    "某某县青山镇光伏发电项目环境影响评价第一次公示\n"
    "根据《环境影响评价公众参与办法》的规定，现将某某县青山镇光伏发电项目环境影响评价的有关信息"
    "公示如下。\n"
    "一、建设项目概况：项目位于青山镇北部，装机容量五万千瓦，建设单\n"
)


def test_an_authoritys_review_opening_starts_its_notice_after_a_line_cut_off_mid_word():
    # "根据…规定，经审查，…" opens an authority's notice of its review, never a later
    # paragraph: it starts the notice whatever the line above ends with
    proposals = extract_notices(_CUT_OFF + _AUTHORITY_DECISION).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_decision"]


def test_an_authoritys_review_opening_wrapped_at_a_column_still_starts_its_notice():
    proposals = extract_notices(_wrapped(_CUT_OFF + _AUTHORITY_DECISION)).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first", "eia_decision"]


def test_a_notices_opening_sentence_under_a_tables_last_row_starts_a_new_notice():
    # the decision notice ends with its table; the builder's untitled notice under its last
    # row ("… | 2031.1.23 |") is a notice of its own
    builder = (
        "根据《环境影响评价公众参与办法》的规定，某某市河东水务有限公司现将某某市河东污水处理厂扩建"
        "工程环境影响报告书征求意见稿公开，征求公众意见。\n"
        "公众可自本公示发布之日起十个工作日内提出意见。\n"
        "联系电话：0477-5550222\n"
    )
    decision = _AUTHORITY_DECISION.split("行政复议", 1)[0]
    proposals = extract_notices(decision + builder).proposals
    assert [p.value("kind") for p in proposals] == ["eia_decision", "eia_draft_comment"]
    assert "phone" not in (proposals[0].value("contact") or {})


def test_an_authoritys_rule_and_act_in_one_sentence_start_its_notice_under_a_news_item():
    # news with no phone, then the bureau's notice whose first sentence lost its first
    # character ("据…规定，…我局受理…"): the bureau acting in the sentence that cites the rule
    # starts its notice, though the news above gave no way to respond
    news = (
        "本报讯 某某省生态环境保护督察组近日进驻某某市，督察组将对群众反映的问题及时转办。\n"
        "督察进驻时间为一个月，督察期间将向社会公开督察情况。\n"
    )
    notice = (
        "据建设项目环境影响评价审批程序的有关规定，2031年3月27日我局受理2个建设项目环境影响评价"
        "文件。现将受理情况予以公示，公示期为2031年3月27日至2031年4月2日。\n"
        "联系电话：0818-5550444\n"
        "序号|项目名称|建设单位|受理时间|\n"
        "1 |某某县河东山洪沟治理工程|某某县水利局|2031.3.27 |\n"
    )
    proposals = extract_notices(news + notice).proposals
    assert [p.value("kind") for p in proposals] == ["eia_acceptance"]
    assert proposals[0].value("contact")["phone"] == "0818-5550444"


def test_a_sites_posting_stamp_with_its_clock_time_starts_the_next_article():
    # a participation statement cut off at a line that announces a list, then the next
    # page's stamp ("时间:2031-12-20 17:14") and the bureau's decision notice under it: the
    # stamp starts the notice, which does not sink with the statement
    statement = (
        "某某县青山工艺品生产项目公众参与说明\n"
        "1概述\n"
        "按照《环境影响评价公众参与办法》规定，建设单位于2031年5月委托环评单位开展本项目环境影响评价。\n"
        "2首次环境影响评价信息公开情况\n"
        "2.1公开内容及日期\n"
        "第一次网络公示：于2031年6月7日在网上发布了本项目环评第一次公示，主要公示内容为：\n"
    )
    page = statement + "时间:2031-12-20 17:14\n" + _AUTHORITY_DECISION
    assert [p.value("kind") for p in extract_notices(page).proposals] == ["eia_decision"]
