"""Patterns a fourteenth fresh set of real notices showed (issue #11: authority notices,
inspection windows, solicitations): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("title") for p in proposals]
    return proposals[0]


def test_an_untitled_call_for_comments_on_a_draft_rule_with_a_deadline_is_a_notice():
    page = (
        "为提高立法质量，某某市司法局起草了《某某市养犬管理办法（征求意见稿）》，现向社会公开征求意见。"
        "公众可通过以下方式提出意见：\n"
        "一、发送电子邮件至yangquan@example.cn。\n"
        "二、信函寄至某某市滨河路8号某某市司法局立法科，邮编100000。\n"
        "本次征求意见截止时间为2025年5月20日。\n"
        "某某市司法局\n"
        "2025年4月20日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-05-20"
    assert notice.value("contact")["email"] == "yangquan@example.cn"


def test_a_price_hearing_sign_up_with_a_period_is_a_notice():
    # a web copy: one long line a paragraph, a blank line only between items
    page = (
        "为广泛听取消费者、经营者及社会各界的意见，根据《政府制定价格听证办法》有关规定，"
        "我局拟召开某某县居民用水价格调整听证会，现将有关事项公告如下：\n"
        "一、听证会参加人构成及名额：本次听证会设参加人15名，其中消费者8名，在全县范围内公开征集。"
        "有意参加者可于2025年6月3日至6月13日持本人身份证到县发改局报名（地址：县政府三楼东，"
        "联系电话：13900001111）。\n"
        "二、报名条件：年满18周岁，具有完全民事行为能力，具有社会责任感，能够真实、客观、公正地"
        "反映意见，保证准时出席听证会。\n"
        "\n"
        "某某县城区今年新建改建供水管网12公里，更换老旧水表三千余块，惠及城区居民两万余户，"
        "供水保障能力进一步提升。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-06-13"


def test_untitled_text_without_a_window_or_a_solicitation_is_still_no_notice():
    page = (
        "为做好政府立法工作，某某市司法局召开年度立法工作会议，部署全年立法任务。"
        "会议要求各单位认真做好法规规章起草工作，联系电话：0371-60000000。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_deadline_without_its_year_is_read_in_the_publication_year():
    page = (
        "关于《某某市物业管理条例（草案征求意见稿）》公开征求意见的公告\n"
        "发布时间：2024-12-02\n"
        "《某某市物业管理条例（草案）》已经市人大常委会审议。现向社会公开征求意见，意见建议请于"
        "12月30日前，以信件或者电子邮件方式寄至某某市人大常委会法制工作委员会。\n"
        "电子邮箱：fzw@example.cn\n"
        "某某市人大常委会办公厅\n"
        "2024年12月2日\n"
    )
    assert _only(page).value("window")["ends_on"] == "2024-12-30"


def test_a_yearless_deadline_earlier_than_publication_is_next_year():
    page = (
        "关于《某某市河道管理条例（草案）》公开征求意见的公告\n"
        "《某某市河道管理条例（草案）》已经市人大常委会第一次审议。为提高立法质量，现向社会公开"
        "征求意见，意见建议请于1月15日前，以信件或者电子邮件方式寄至某某市人大常委会法制工作委员会。\n"
        "通讯地址：某某市人民路1号\n"
        "邮编：300000\n"
        "电子邮箱：hd@example.cn\n"
        "某某市人大常委会办公厅\n"
        "2024年12月20日\n"
    )
    assert _only(page).value("window")["ends_on"] == "2025-01-15"


def test_a_traditional_mirror_deadline_with_hours_in_brackets_before_the_act_is_read():
    page = (
        "現就公開征集聽證會參加人等有關事項公告如下：\n"
        "一、聽證事項：某某鎮自來水廠供水價格核定聽證\n"
        "二、聽證會參加人：本次聽證會設參加人15名，其中消費者8名，以自願報名、隨機選取方式產生。\n"
        "三、報名時間和方法：自願成為消費者代表者，請於2026年3月10日之前（工作日8:00-12:00，"
        "14:30-17:30），攜本人身份證到某某鎮人民政府辦公室報名。\n"
        "聯係人：王某 聯係電話：13800002222\n"
        "特此公告\n"
        "某某縣發展和改革局\n"
        "2026年2月24日\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2026-03-10"
    assert notice.value("published_on").isoformat() == "2026-02-24"


def test_a_recap_that_no_comments_came_in_during_a_past_period_is_no_notice():
    page = (
        "《某某区养老服务设施布局规划（征求意见稿）》于2025年3月3日至2025年3月17日在区政府"
        "网站向社会公众公开征求意见。在意见征集期间，未收到社会公众提出的修改意见。\n"
        "特此说明。\n"
        "某某区民政局\n"
        "2025年3月20日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_pre_approval_whose_table_recounts_the_builders_quiet_comment_period_is_kept():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对以下建设项目环境影响评价文件作出"
        "审批意见，现予以公示，公示期为2025年7月1日-2025年7月7日（5个工作日）。\n"
        "联系电话：0573-80001234\n"
        "序号 | 项目名称 | 建设单位 | 公众参与情况 |\n"
        "1 | 某某路改建工程 | 某某县交通局 | 公示期间未接到任何投诉和意见 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"


def test_a_solicitation_asking_for_the_proposers_name_or_units_name_is_no_template():
    page = (
        "关于征集2026年度政府规章立法计划建议项目的公告\n"
        "现面向社会公开征集2026年度政府规章立法计划建议项目。提出建议应当注明建议人姓名（单位名称）"
        "和联系方式。\n"
        "征集时间：2025年11月3日至2025年11月24日。\n"
        "电子邮箱：lifa@example.cn 电话：0371-60001111\n"
        "某某市司法局\n"
        "2025年11月3日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-11-24"


def test_a_public_service_guide_with_a_menu_line_above_it_is_no_notice():
    page = (
        "• 拟批准项目公示\n"
        "建设项目环境影响评价文件审批办事指南\n"
        "一、事项名称：建设项目环境影响评价审批\n"
        "二、办理依据：《中华人民共和国环境影响评价法》第二十二条\n"
        "三、办理时限：（一）承诺期限：20个工作日（二）法定期限：60个工作日。\n"
        "四、办事窗口：市政务服务中心生态环境局窗口；联系电话：0870-3000000。\n"
        "五、收费标准：不收费\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_untitled_web_copy_of_a_call_for_comments_between_other_items_is_read():
    page = (
        "某某市今年完成老旧小区改造42个，惠及居民一万余户，群众满意度明显提升，相关经验在全省推广。\n"
        "\n"
        "为进一步规范行政执法程序，省司法厅组织起草了《某某省行政执法公示办法（修订草案征求意见稿）》，"
        "现面向社会征求意见。公众可通过以下方式提出意见：\n"
        "一、发送电子邮件至zhifa@example.cn\n"
        "二、信函寄至某某省司法厅，地址：某某市经二路10号，邮编250000，并在信封上注明“征求意见”字样。\n"
        "本次公开征求意见反馈截止时间为2025年9月30日。\n"
        "某某省司法厅\n"
        "2025年9月1日\n"
        "\n"
        "某某市图书馆新馆将于下月开放，馆藏图书六十万册，设有少儿阅览区和自习区，市民可凭身份证入馆。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-09-30"
    assert notice.value("issuer") == "某某省司法厅"


def test_a_reposts_bracketed_credit_line_names_the_authority_over_an_address():
    page = (
        "拟批准某某钢铁有限公司棒材生产线改造项目环境影响报告表审批文件公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对该建设项目环境影响评价文件"
        "作出准予批准意见。现将该建设项目环境影响评价文件的基本情况予以公示。公示期为自公示之日起"
        "5个工作日。\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可要求听证。"
        "电话：0315-2000000\n"
        "通讯地址：某某市新华道8号某某市民服务中心B区某某市行政审批局投资科。\n"
        "（某某市行政审批局）\n"
        "延伸阅读：\n"
    )
    assert _only(page).value("issuer") == "某某市行政审批局"


def test_a_period_in_a_table_cell_under_its_column_header_is_the_window():
    # a web copy of a bureau's table: each cell and its "|" on a line of their own
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对该建设项目环境影响评价文件作出"
        "准予批准意见。现将该建设项目环境影响评价文件的基本情况予以公示。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出听证申请。\n"
        "电话：0941-8000000 地址：某某市人民街8号\n"
        "序号\n"
        "| 项目名称\n"
        "| 建设单位\n"
        "| 公示日期\n"
        "|\n"
        "1\n"
        "| 某某镇污水管网改造项目\n"
        "| 某某镇人民政府\n"
        "| 2025年5月12日—2025年5月16日\n"
        "|\n"
    )
    window = _only(page).value("window")
    assert window["ends_on"] == "2025-05-16"


def test_a_flattened_web_table_notice_signed_after_its_fax_number_is_read_whole():
    # a mirror flattened a table-laid page: the whole body on one line, then the table's rule
    page = (
        "|\n"
        "关于征集2026年某某市人民政府规章制定项目建议的公告 | |||||||\n"
        "为了做好2026年市政府规章立法工作，决定向社会公开征集规章制定项目建议。现将有关事项"
        "公告如下： 一、项目要求 建议应当围绕城乡建设与管理、生态环境保护等方面提出，并注明建议人"
        "姓名及联系方式。 二、征集时间 即日起至2025年10月31日截止。 三、征集方式 1.信函邮寄至"
        "某某市人民路100号某某市司法局立法处 2.电子邮件发送至lifa2026@example.cn "
        "3.传真：0519-80000000 某某市司法局 2025年9月26日\n"
        "|\n"
        "\n"
        "某某市今年新建口袋公园18个，市民出门五百米可见绿，相关做法在全省推广，群众满意度明显提升。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某市司法局"
    assert notice.value("published_on").isoformat() == "2025-09-26"
    assert notice.value("window")["ends_on"] == "2025-10-31"


def test_an_e_paper_text_views_page_line_below_the_article_dates_it():
    page = (
        "某某日报 数字报纸\n"
        "00002版:要闻\n"
        "某某督察组受理首起群众举报\n"
        "  本报某某5月20日讯 (记者 李某) 5月20日9时，某某督察组正式受理进驻以来的第一起群众举报。\n"
        "  根据安排，督察组进驻时间约1个月。进驻期间(2025年5月19日至6月18日)设立举报电话："
        "0571-80001111，专门信箱：某某市邮政信箱100号。督察组受理举报电话时间为每天8:00至20:00。\n"
        "某某日报 二版要闻 00002 某某督察组受理首起群众举报 2025-05-21 1234567 2 "
        "2025年5月21日 星期三\n"
        "\n"
        "某某市今年新建口袋公园18个，市民出门五百米可见绿，相关做法在全省推广，群众满意度明显提升。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("published_on").isoformat() == "2025-05-21"


def test_a_notice_saying_what_follows_if_no_objection_comes_in_is_kept():
    page = (
        "关于某某镇垃圾转运站项目拟作出环境影响评价审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某镇垃圾转运站项目环境影响报告表"
        "作出审批意见，自公示之日起5个工作日内接受公众意见。如公示期内未收到反对意见，我局将依法"
        "作出审批决定。\n"
        "联系电话：0733-8000000\n"
        "某某市生态环境局\n"
        "2025年8月4日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
