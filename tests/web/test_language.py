"""One language rule for the pages and the API: the switch, else the browser, else Chinese."""

import pytest

pytestmark = pytest.mark.django_db

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}


def test_pages_and_api_speak_the_browsers_language(client, samples):
    assert "Closed periods" in client.get("/notices/?status=closed", **ENGLISH_BROWSER).text
    api = client.get(f"/api/notices/{samples.pipeline_eia.pk}/", **ENGLISH_BROWSER).json()
    assert "working days left" in api["status"]["text"]


def test_the_language_switch_wins_over_the_browser_for_pages_and_api(client, samples):
    client.cookies["django_language"] = "zh-hans"
    assert "已截止的公告" in client.get("/notices/?status=closed", **ENGLISH_BROWSER).text
    api = client.get(f"/api/notices/{samples.pipeline_eia.pk}/", **ENGLISH_BROWSER).json()
    assert "个工作日" in api["status"]["text"]


def test_a_browser_without_a_supported_language_gets_chinese(client, samples):
    french = {"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9"}
    assert "已截止的公告" in client.get("/notices/?status=closed", **french).text
