"""Patterns a hundred-and-sixty-eighth fresh set of real notices showed (issue #11: notices of
Tianjin, Beijing and Hebei districts and counties, builders' and bureaus' stages): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_mine_a_company_runs_under_its_place_name_is_the_builder():
    page = (
        "根据《环境影响评价公众参与办法》的有关规定，现将某某能源股份有限公司某东矿项目环境影响"
        "评价第一次公示的有关事项向公众公告如下：\n"
        "1、项目概况\n"
        "建设单位：某某能源股份有限公司某东矿\n"
        "项目名称：某某能源股份有限公司某东矿项目\n"
        "2、建设单位的名称和联系方式\n"
        "联系人：某某 联系方式：13900000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某能源股份有限公司某东矿"


def test_a_signer_left_with_a_web_tables_cell_rule_after_it_still_signs():
    page = (
        "某某储气库连接线工程环境影响评价报批前公示\n"
        "根据《环境影响评价公众参与办法》的要求，某某油田分公司开展了本项目的公众参与工作。"
        "在将本项目环评报告书报送生态环境主管部门审查前，我公司编制完成了公众参与说明，并对"
        "公众参与说明和环评报告书进行全文公示，详见附件。\n"
        "附件1：《某某储气库连接线工程环境影响评价公众参与说明》；\n"
        "某某石油股份有限公司某某油田分公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某石油股份有限公司某某油田分公司"


def test_a_zone_office_that_opens_by_putting_up_its_proposed_approval_issues_it():
    page = (
        "1、某某高新技术产业开发区政务服务办公室按照《中华人民共和国环境影响评价法》以及相关"
        "法规的要求，公示建设项目环境影响评价拟审批信息。\n"
        "2、公示时限：5个工作日。\n"
        "3、公示期间，公众可以通过邮件或信函方式提出意见。\n"
        "邮箱：moumou@example.cn\n"
        "4、听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人"
        "可提出听证申请。\n"
        "项目名称 | 某某商品混凝土有限公司混凝土生产线建设项目 |\n"
        "建设单位 | 某某商品混凝土有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某高新技术产业开发区政务服务办公室"


def test_a_second_information_notice_without_its_di_is_a_draft_for_comment():
    page = (
        "某某产业园控制性详细规划环境影响跟踪评价报告书 二次信息公示\n"
        "按照《环境影响评价公众参与办法》的要求，现将某某产业园控制性详细规划环境影响跟踪评价"
        "项目有关信息公开如下：\n"
        "1、规划纲要\n"
        "某某产业园于2002年经某某区人民政府批准设立，2008年取得原某某区环境保护局的复函，"
        "2018年由某某区人民政府对其控制性详细规划修改作出批复。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_title_over_numbered_fields_of_its_own_is_not_taken_by_the_body_above():
    page = (
        "一、建设单位于2025年3月1日至2025年3月14日公示了本项目环境影响报告书征求意见稿，"
        "并将环境影响报告书全文和公众参与说明进行公示。\n"
        "二、建设单位名称和联系方式：\n"
        "建设单位名称：某某轨道交通投资发展有限公司\n"
        "电话：022-00000000\n"
        "附件1：某某线公众参与专章.pdf\n"
        "\n"
        "某某镇中水一期工程建设项目环境影响报告表拟批复公示 |\n"
        "1、项目名称：某某镇中水一期工程\n"
        "2、建设地点：某某市某某新区某某镇\n"
        "3、建设单位：某某投资控股集团有限公司\n"
        "4、环评单位：某某环保科技有限公司\n"
        "5、项目概况：拟新建中水管道及配套设施，总长度约1800m。\n"
    )
    kinds = [p.fields["kind"].value for p in extract_notices(page).proposals]
    assert kinds == ["eia_pre_submission", "eia_pre_approval"]


def test_a_pre_submission_notice_has_no_window_in_the_drafts_period_it_tells_of():
    # a pre-submission notice telling of the draft's window it already held: that period was
    # over before the notice went up, so it is no window of the notice's own (noticed on the
    # 157th and 168th sets). (A window over before an e-paper's later issue day is kept: the
    # day read may be wrong, the printed period is not.)
    page = (
        "某某储气库项目环境影响报告书报批前公示\n"
        "某某储气库项目环境影响报告书征求意见稿已于2031年9月20日至10月10日在某某网站进行公示，"
        "充分征求公众意见。现将报批前的环境影响报告书全文和公众参与说明予以公开。\n"
        "建设单位：某某油田分公司 联系电话：0315-5550123\n"
        "某某油田分公司\n"
        "2031年11月5日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("window") is None
