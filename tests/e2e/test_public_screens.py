"""The citizen's screens in Debian's chromium at 360 px and 1280 px: nothing wider than the
screen, the key facts of a notice in a phone's first screen, no serious or critical axe-core
finding, and a screenshot of each screen (tests/e2e/screenshots/, kept by CI) to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
DEVICES = [("phone", PHONE), ("desktop", DESKTOP)]
#: The WCAG 2.1 A and AA rules (axe-core's tags), and the impacts that fail the test.
AXE_OPTIONS = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}"
FAILING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def open_screen(live_server, sample_site, browser, screenshots):
    """Open a path at a width; return the page after checking width, saving a screenshot.

    The sample notices are saved before the browser starts (its event loop makes the test's
    thread look asynchronous to Django).
    """
    contexts = []

    def open_screen(path: str, name: str, device: str, viewport: dict, locale: str = "zh-CN"):
        # the pages need no script; axe does, and is injected past the pages' strict CSP
        context = browser.new_context(viewport=viewport, locale=locale, bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} at {viewport['width']} px is {overflow} px too wide"
        page.screenshot(path=str(screenshots / f"public-{name}-{device}.png"), full_page=True)
        return page

    yield open_screen
    for context in contexts:
        context.close()


def axe_violations(page) -> list[str]:
    """Serious and critical axe-core violations on the page, as readable lines."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(f"async () => await axe.run(document, {AXE_OPTIONS})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in FAILING_IMPACTS
    ]


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_notice_list_shows_notices_first_and_passes_axe(open_screen, sample_site, device, viewport):
    page = open_screen("/", "list", device, viewport)
    assert page.locator("h1").inner_text() == "正在征求意见和申报的公告"
    first_notice = page.locator("ol.notices > li").first
    # the notices come before the filters, which wait behind one tap
    assert first_notice.bounding_box()["y"] < viewport["height"]
    assert not page.locator("details.filters").evaluate("d => d.open")
    assert axe_violations(page) == []


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_closed_list_says_so_and_passes_axe(open_screen, sample_site, device, viewport):
    page = open_screen("/notices/?status=closed", "list-closed", device, viewport)
    assert page.locator("h1").inner_text() == "已截止的公告"
    assert axe_violations(page) == []


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_notice_shows_its_key_facts_in_the_first_screen(open_screen, sample_site, device, viewport):
    page = open_screen(f"/notices/{sample_site.pipeline_eia.pk}/", "notice", device, viewport)
    first_screen = viewport["height"]
    status = page.locator("#status")
    assert "还剩 3 个工作日，2024年7月22日 24:00 截止" in status.inner_text()  # state, days, day
    assert "即将截止" in status.inner_text()
    for key_fact in (status, page.locator("#respond-heading"), page.locator(".contact a").first):
        box = key_fact.bounding_box()
        assert box["y"] + box["height"] <= first_screen, key_fact
    timeline = page.locator("figure.timeline")
    assert timeline.locator("g.day.counted").count() == 10
    assert "7月13日、7月14日、7月20日、7月21日" in timeline.inner_text()
    assert axe_violations(page) == []


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_closed_notice_gives_no_advice_and_no_calendar_button(
    open_screen, sample_site, device, viewport
):
    page = open_screen(
        f"/notices/{sample_site.capital_reduction.pk}/", "notice-closed", device, viewport
    )
    assert "已于" in page.locator("#status").inner_text()
    assert page.locator(".advice").count() == 0
    assert page.locator("a[href$='calendar.ics']").count() == 0
    assert axe_violations(page) == []


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_month_view_draws_the_windows_of_july(open_screen, sample_site, device, viewport):
    page = open_screen("/notices/calendar/", "month", device, viewport)
    assert page.locator("h1").inner_text() == "2024年7月的期限"
    assert page.locator("ol.bars > li").count() == 3  # the liquidation and the two EIA drafts
    assert page.locator("td.today").inner_text().startswith("18")
    assert axe_violations(page) == []


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_subscription_page_is_labelled_and_passes_axe(open_screen, sample_site, device, viewport):
    page = open_screen("/subscriptions/", "subscriptions", device, viewport)
    assert page.get_by_label("在最后一日前几个工作日提醒我").input_value() == "3,1"
    assert axe_violations(page) == []


@pytest.fixture
def confirmation_path(sample_site) -> str:
    """A subscription waiting for its confirmation, saved before the browser starts."""
    from django.urls import reverse

    from notices.alerts import subscriptions
    from notices.models import Subscriber, Subscription

    subscriber = Subscriber.objects.create(email="reader@example.com", language="zh-hans")
    subscription = Subscription.objects.create(subscriber=subscriber, kind="liquidation")
    token = subscriptions.confirm_token(subscription)
    return reverse("subscription-confirm", args=[token])


@pytest.mark.parametrize(("device", "viewport"), DEVICES)
def test_the_confirmation_link_asks_and_its_button_confirms(
    confirmation_path, open_screen, screenshots, device, viewport
):
    page = open_screen(confirmation_path, "subscription-confirm", device, viewport)
    assert "reader@example.com" in page.locator("main").inner_text()
    assert axe_violations(page) == []
    page.get_by_role("button", name="确认订阅").click()
    page.wait_for_load_state()
    assert page.locator('[data-status="confirmed"]').count() == 1
    page.screenshot(
        path=str(screenshots / f"public-subscription-confirmed-{device}.png"), full_page=True
    )


def test_english_browser_gets_the_notice_in_english(open_screen, sample_site):
    page = open_screen(
        f"/notices/{sample_site.pipeline_eia.pk}/", "notice-en", "phone", PHONE, locale="en-US"
    )
    assert (
        "3 working days left; closes on 22 July 2024 at 24:00"
        in page.locator("#status").inner_text()
    )
    assert page.locator("#respond-heading").inner_text() == "How to respond"
    assert axe_violations(page) == []
