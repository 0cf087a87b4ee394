"""Patterns a hundred-and-thirty-eighth fresh set of real notices showed (issue #11: windows
printed unusually, chosen for the last day: ranges whose first day lost its 日, windows counted
from a date that is a make-up working Saturday, calls for views with an end only): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.windows import find_window
from tests.importer.proposals import only as _only


def test_a_first_day_that_lost_its_day_character_before_qi_zhi_still_opens_the_range():
    found = find_window("公示时间为2025年3月3起至2025年4月1日，共30天。")
    assert found is not None
    assert found.value["starts_on"] == "2025-03-03"
    assert found.value["ends_on"] == "2025-04-01"


def test_a_plan_put_up_from_a_day_without_its_day_character_ends_on_the_printed_last_day():
    page = (
        "关于《某某市某某区国土空间总体规划（2021-2035年）》草案的公示\n"
        "目前，《规划》草案已经编制完成，现进行草案公示，征询公众意见。公示时间为2025年3月3起"
        "至2025年4月1日，共30天。有关单位和社会各界人士可以通过电子邮件方式将意见发送至："
        "mouguihua@163.com。\n"
        "某某市自然资源和规划局\n"
        "2025年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("window") == {
        "starts_on": "2025-03-03",
        "ends_on": "2025-04-01",
        "length": 30,
        "unit": "calendar_days",
    }
