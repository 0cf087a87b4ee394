"""The public interface the Django side wires: types, field names, JSON shape, errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from notices.importer import Extracted, ImportResult, Proposal, extract_notices
from notices.importer.model import FIELD_NAMES
from notices.importer.text import EMPTY

PAGE = (
    "减资公告\n\n内蒙古恒润达建材有限公司经股东会决议，注册资本由5000万元减少至1000万元。"
    "请债权人自本公告发布之日起45日内要求本公司清偿债务或者提供担保。\n"
    "联系人：刘芳\n电话：13947123456\n内蒙古恒润达建材有限公司\n2024年10月9日\n"
)


def test_results_are_frozen_dataclasses_with_every_field_name() -> None:
    result = extract_notices(PAGE)
    assert isinstance(result, ImportResult)
    (proposal,) = result.proposals
    assert isinstance(proposal, Proposal)
    assert set(proposal.fields) == set(FIELD_NAMES)
    assert all(isinstance(item, Extracted) for item in proposal.fields.values())
    with pytest.raises(dataclasses.FrozenInstanceError):
        proposal.text = ""  # type: ignore[misc]
    with pytest.raises(TypeError):
        proposal.fields["kind"] = Extracted("other")  # type: ignore[index]


def test_values_are_python_types_and_missing_ones_are_none() -> None:
    (proposal,) = extract_notices(PAGE).proposals
    assert proposal.value("published_on") == dt.date(2024, 10, 9)
    assert proposal.value("dissolution_resolved_on") is None
    assert proposal.fields["dissolution_resolved_on"] == Extracted(None, 0.0, None)
    assert proposal.value("links") == []
    assert proposal.text.startswith("减资公告\n内蒙古恒润达建材有限公司")


def test_to_json_has_the_seed_shape_and_the_evidence() -> None:
    (proposal,) = extract_notices(PAGE).proposals
    data = proposal.to_json()
    json.dumps(data)
    assert data == {
        "kind": "capital_reduction",
        "title": "减资公告",
        "subject": "内蒙古恒润达建材有限公司",
        "issuer": "内蒙古恒润达建材有限公司",
        "published_on": "2024-10-09",
        "window": {
            "length": 45,
            "unit": "calendar_days",
            "counting": "next_day",
            "counting_stated": False,
        },
        "contact": {"name": "刘芳", "phone": "13947123456"},
        "links": [],
        "evidence": data["evidence"],
        "needs_attention": [],
    }
    assert "last_day" not in data
    for name in ("kind", "title", "subject", "issuer", "published_on", "window", "contact"):
        evidence = data["evidence"][name]
        assert 0 < evidence["confidence"] <= 1
        start, end = evidence["span"]
        assert PAGE[start:end]
    assert PAGE[slice(*data["evidence"]["contact.phone"]["span"])] == "13947123456"


def test_eia_notices_name_their_project_and_liquidations_their_dates() -> None:
    eia = extract_notices(
        "XX风电项目环境影响评价第二次公示\n\n环境影响报告书征求意见稿已编制完成。公众可自公示之日起10个工作日内提出意见。"
        "\n联系人：张工\n联系电话：13800000000\n某某新能源有限公司\n2024年7月8日\n"
    ).proposals[0]
    assert eia.to_json()["project"] == "XX风电项目"
    assert "subject" not in eia.to_json()
    assert "dissolution_resolved_on" not in eia.to_json()


def test_bytes_spans_index_the_decoded_text() -> None:
    data = ("本报讯\n" + PAGE).encode("gb18030")
    (proposal,) = extract_notices(data).proposals
    text = data.decode("gb18030")
    assert text[slice(*proposal.fields["title"].span)] == "减资公告"


def test_empty_input_gives_a_message_and_no_proposals() -> None:
    assert extract_notices("") == ImportResult((), (EMPTY,))
    assert extract_notices(b"   ") == ImportResult((), (EMPTY,))


def test_a_page_without_notices_gives_no_message() -> None:
    assert extract_notices("本报讯（记者 王）今天天气晴朗。") == ImportResult((), ())


def test_other_types_are_a_programming_error() -> None:
    with pytest.raises(TypeError):
        extract_notices(None)  # type: ignore[arg-type]


PAGES = Path(__file__).parent / "pages"


def test_a_proposal_without_publication_date_or_window_needs_attention() -> None:
    page = PAGES / "p27_web_copy_blocks_untitled_statement_template.txt"
    first, decision, untitled = extract_notices(page.read_bytes()).proposals
    assert first.needs_attention == ()
    assert decision.needs_attention == ("published_on",)
    assert untitled.to_json()["needs_attention"] == ["published_on", "window"]
