"""Patterns a hundred-and-seventy-sixth fresh set of real notices showed (issue #11: county- and
city-level EIA notices of Liaoning, Jilin and Heilongjiang, builders' and bureaus', any stage):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_decision_announcement_followed_by_its_approval_letter_stays_one_decision():
    page = (
        "某某市某某生态环境局关于2024年5月6日作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据我局建设项目环境影响评价审批程序有关规定，经审查，2024年5月6日我局对1个建设项目"
        "环境影响评价文件作出审批决定。现将作出的审批决定予以公告，公告期为2024年5月6日-"
        "2024年5月14日（7日）。\n"
        "行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的建设项目环境影响评价文件"
        "审批决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话：0453-3926611\n"
        "某环审〔2024〕3号\n"
        "某某河山洪沟治理工程环境影响报告表的审批意见\n"
        "某某县水务局：\n"
        "你单位报送的《某某河山洪沟治理工程环境影响报告表》收悉，同意该项目建设，现批复如下：\n"
        "一、该《报告表》评价结论可信，可以作为工程实施和环境管理的依据。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "某某市某某生态环境局"
    assert notice.value("window")["ends_on"] == "2024-05-14"
    assert notice.value("contact")["phone"] == "0453-3926611"


def test_a_traditional_script_first_notice_is_issued_by_the_builder_its_contact_line_names():
    page = (
        "根據《環(huán)境影響評價公眾參與辦法》(生態(tài)環(huán)境部令第4號)的要求,需要編制環(huán)境影響報告書"
        "的項目,應當通過其網站公開下列信息:\n"
        "一、建設項目概要\n"
        "項目名稱:某某縣某某環(huán)保發(fā)電有限公司飛灰填埋專區(qū)項目\n"
        "二、建設單位名稱和聯系方式\n"
        "建設單位:某某縣某某環(huán)保發(fā)電有限公司\n"
        "聯系人:某某\n"
        "聯系方式:0452-4123856\n"
        "三、環(huán)境影響報告書編制單位的名稱\n"
        "單位名稱:某某環(huán)保咨詢有限公司\n"
        "四、公眾意見表的網絡鏈接\n"
        "五、提交公眾意見表的方式和途徑\n"
        "在環(huán)境影響評價報告書征求意見稿編制過程中,公眾可以通過電話、電子郵件、信函等方式向"
        "建設單位提出與環(huán)境影響評價相關的意見。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某縣某某環(huán)保發(fā)電有限公司"
    assert notice.value("contact")["phone"] == "0452-4123856"


def test_a_pre_approval_window_printed_without_a_day_count_ends_on_its_printed_day():
    page = (
        "根據建設項目環境影響評價審批程序的有關規定,經審查,2025年1月9日,我局擬對某某農場有限"
        "公司秸稈綜合利用建設項目環境影響評價文件作出審批意見。為保證此次審查工作的嚴肅性和"
        "公正性,現將擬作出審批意見的環境影響評價文件基本情況予以公示,公示期為2025年1月9日-"
        "2025年1月13日。\n"
        "聽證權利告知:依據《中華人民共和國行政許可法》,自公示起五日內申請人、利害關系人可對"
        "以下擬作出的建設項目環境影響評價文件審批意見要求聽證。\n"
        "聯系電話:0454-2137765\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["ends_on"] == "2025-01-13"
    assert notice.value("contact")["phone"] == "0454-2137765"


def test_a_statement_that_a_survey_found_nothing_is_no_notice_despite_its_supervision_phone():
    page = (
        "为常态化推进城市黑臭水体排查防治工作，根据某某省住房和城乡建设厅等部门的通知要求，"
        "我市全力做好黑臭水体再排查工作。\n"
        "2024年5月20日至25日，某某市住房和城乡建设局、某某市生态环境分局联合开展黑臭水体再排查"
        "工作，委托某某环境监测有限公司对建成区内水体采样检测，未发现有黑臭水体情况。如果群众"
        "发现市区内存在黑臭水体情况，可拨打监督电话：0433-7523318。\n"
        "特此说明。\n"
        "2024年6月11日\n"
    )
    assert not extract_notices(page).proposals
