"""An authority's table of projects is saved as one notice per project, sharing its window."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from notices.importer import extract_notices
from notices.importing import per_project, proposal_json, save_notices
from notices.models import Notice

pytestmark = pytest.mark.django_db

#: Written for this test, modelled on how county bureaus print pre-approval tables.
PAGE = """\
某某县生态环境局关于2025年3月10日拟对建设项目环境影响评价文件作出审批意见的公示
根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对下列建设项目环境影响评价文件作出\
审批意见。现将有关情况予以公示，公示期为2025年3月10日-2025年3月14日（5个工作日）。
听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出听证申请。
联系电话：0312-5551234
序号 | 建设单位 | 项目名称 | 建设地点 |
1 | 某某县甲乙食品有限公司 | 年产2000吨调味品项目 | 某某县工业园 |
2 | 某某县丙丁新材料有限公司 | 年产5万平方米复合板材项目 | 某某县城东 |
3 | 某某县水务投资有限公司 | 城北污水处理厂提标改造工程 | 某某县城北 |
某某县生态环境局
2025年3月10日
"""


def _proposal() -> dict:
    proposals = extract_notices(PAGE).proposals
    assert len(proposals) == 1  # the importer still proposes the table as one notice
    return {**proposal_json(proposals[0]), "text": PAGE}


def test_each_project_row_of_an_authority_table_is_saved_as_a_notice_of_its_own():
    data = _proposal()
    assert [row["project"] for row in data["projects"]] == [
        "年产2000吨调味品项目",
        "年产5万平方米复合板材项目",
        "城北污水处理厂提标改造工程",
    ]
    outcome = save_notices([data])
    assert not outcome.errors
    assert not outcome.duplicates
    notices = list(Notice.objects.order_by("id"))
    assert len(notices) == 3
    assert [n.subject for n in notices] == [
        "年产2000吨调味品项目（建设单位：某某县甲乙食品有限公司）",
        "年产5万平方米复合板材项目（建设单位：某某县丙丁新材料有限公司）",
        "城北污水处理厂提标改造工程（建设单位：某某县水务投资有限公司）",
    ]
    # each its own title; the authority's issuer, window, contacts and publication, shared
    assert len({n.title for n in notices}) == 3
    assert all(n.title.endswith(n.subject.split("（")[0]) for n in notices)
    assert {n.issuer for n in notices} == {"某某县生态环境局"}
    assert {n.kind for n in notices} == {"eia_pre_approval"}
    assert {n.last_day for n in notices} == {dt.date(2025, 3, 14)}
    assert {n.published_on for n in notices} == {dt.date(2025, 3, 10)}
    for notice in notices:
        assert [c.phone for c in notice.contacts.all()] == ["0312-5551234"]
        assert notice.publications.count() == 1


def test_saving_the_table_again_saves_nothing_and_names_each_project_already_there():
    data = _proposal()
    save_notices([data])
    again = save_notices([data])
    assert again.saved == ()
    assert len(again.duplicates) == 3
    assert Notice.objects.count() == 3


def test_a_project_missing_from_the_register_is_saved_while_the_others_are_duplicates():
    data = _proposal()
    save_notices([data])
    Notice.objects.filter(subject__startswith="年产2000吨").delete()
    again = save_notices([data])
    assert [n.subject.split("（")[0] for n in again.saved] == ["年产2000吨调味品项目"]
    assert len(again.duplicates) == 2


def test_a_corrected_proposal_without_its_projects_is_split_by_the_rows_of_its_source_text():
    # the admin import screen sends the corrected fields and the source text, not the rows
    data = _proposal()
    corrected = {k: v for k, v in data.items() if k != "projects"}
    assert len(per_project(corrected)) == 3
    assert len(save_notices([corrected]).saved) == 3


def test_a_notice_that_is_not_a_table_is_saved_as_one_notice():
    data = {**_proposal(), "projects": [], "text": "本局公示如下。"}
    assert per_project(data) == [data]
    assert len(save_notices([data]).saved) == 1


def test_a_single_row_fills_an_empty_subject_and_keeps_a_corrected_one():
    row = [{"project": "年产2000吨调味品项目", "builder": "某某县甲乙食品有限公司"}]
    data = {**_proposal(), "projects": row, "subject": ""}
    subject = per_project(data)[0]["subject"]
    assert subject == "年产2000吨调味品项目（建设单位：某某县甲乙食品有限公司）"
    assert per_project({**data, "subject": "调味品项目"})[0]["subject"] == "调味品项目"


def test_import_text_save_makes_a_draft_per_project_row(tmp_path):
    page = tmp_path / "table.txt"
    page.write_text(PAGE, encoding="utf-8")
    err = StringIO()
    call_command("import_text", str(page), "--save", stdout=StringIO(), stderr=err)
    assert "saved 3 draft(s)" in err.getvalue()
    assert Notice.objects.filter(review_state="draft").count() == 3


#: Written for this test: a bureau's table copied from a web page a cell a line, without bars,
#: whose rows the source text alone no longer shows once the importer rejoins its lines.
CELL_A_LINE = """\
关于2025年3月作出的建设项目环境影响评价文件审批决定的公告
根据建设项目环境影响评价审批程序的有关规定，经审查，我局于2025年3月对下列建设项目环境影响评价\
文件作出审批决定，现予以公告，公告期为7日。
序号
项目名称
建设单位
审批文号
1
城北污水处理厂提标改造工程
某某县水务投资有限公司
某环审〔2025〕11号
2
年产2000吨调味品项目
某某县甲乙食品有限公司
某环审〔2025〕12号
联系电话：0312-5551234
某某县生态环境局
2025年3月28日
"""


def _post_preview_and_save(admin_client, page: str, **override: str):
    """Preview ``page`` on the import screen, then save every proposal as proposed (with the
    form fields in ``override`` posted instead)."""
    url = reverse("admin:notices_notice_import")
    preview = admin_client.post(url, {"action": "preview", "text": page})
    rows = preview.context["rows"]
    data = {"action": "save", "count": len(rows)}
    for row in rows:
        form = row["form"]
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if value in (None, False):
                continue
            data[f"{form.prefix}-{name}"] = "on" if value is True else value
        for name, value in override.items():
            data[f"{form.prefix}-{name}"] = value
    return preview, admin_client.post(url, data)


def test_the_admin_import_screen_saves_a_notice_per_project_row(admin_client):
    preview, saved = _post_preview_and_save(admin_client, PAGE)
    assert len(preview.context["rows"]) == 1  # one proposal to review: the authority's notice
    assert saved.status_code == 302
    assert sorted(n.subject.split("（")[0] for n in Notice.objects.all()) == [
        "城北污水处理厂提标改造工程",
        "年产2000吨调味品项目",
        "年产5万平方米复合板材项目",
    ]


def test_the_import_screen_lists_a_tables_projects_and_saves_each_as_read(admin_client):
    preview, saved = _post_preview_and_save(admin_client, CELL_A_LINE)
    page = preview.content.decode()
    assert "城北污水处理厂提标改造工程（建设单位：某某县水务投资有限公司）" in page
    assert "年产2000吨调味品项目（建设单位：某某县甲乙食品有限公司）" in page
    assert saved.status_code == 302
    assert sorted(Notice.objects.values_list("subject", flat=True)) == [
        "城北污水处理厂提标改造工程（建设单位：某某县水务投资有限公司）",
        "年产2000吨调味品项目（建设单位：某某县甲乙食品有限公司）",
    ]


def test_a_tampered_projects_field_falls_back_to_the_rows_of_the_source_text(admin_client):
    _post_preview_and_save(admin_client, PAGE, projects="{not json")
    assert Notice.objects.count() == 3
