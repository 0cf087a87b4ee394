"""The public pages are Chinese first, English by choice."""

import pytest

pytestmark = pytest.mark.django_db


def test_pages_are_chinese_even_for_an_english_browser_until_english_is_chosen(client, samples):
    english_browser = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}
    assert "截止" in client.get("/notices/", **english_browser).content.decode()
    client.cookies["django_language"] = "en"
    assert "截止" not in client.get("/notices/", **english_browser).content.decode()
