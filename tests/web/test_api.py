"""The read-only REST API: same filters and order as the pages, computed dates, schema."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from django.urls import reverse
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db

API = "/api/notices/"


def api_titles(response) -> list[str]:
    return [n["title"] for n in response.json()["results"]]


def test_api_lists_notices_in_the_pages_order(client, samples):
    response = client.get(API)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert api_titles(response) == [
        samples.xinlian_eia.title,
        samples.pipeline_eia.title,
        samples.liquidation.title,
        samples.inspection.title,
        samples.capital_reduction.title,
    ]
    assert "count" not in response.json()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=open", 3),
        ("status=closing_soon", 2),
        ("status=upcoming", 1),
        ("status=closed", 1),
        ("kind=eia_draft_comment", 2),
        ("region=呼和浩特市", 1),
        ("q=鑫联", 1),
        ("published_from=2024-07-05&published_to=2024-07-08", 2),
        ("last_day_from=2024-07-19&last_day_to=2024-07-31", 1),
        ("status=open&kind=eia_draft_comment&region=乌兰察布市", 2),
    ],
)
def test_api_filters_are_the_pages_filters(client, samples, query, expected):
    page = client.get(f"{reverse('notice-list')}?{query}")
    api = client.get(f"{API}?{query}")
    assert api.status_code == 200
    assert len(api.json()["results"]) == expected
    assert api_titles(api) == [n.title for n, _s in page.context["rows"]]


def test_api_notice_has_seed_field_names_iso_dates_and_computed_days(client, samples):
    notice = samples.pipeline_eia
    data = client.get(f"{API}{notice.pk}/").json()
    assert data["kind"] == "eia_draft_comment"
    assert data["title"] == notice.title
    assert data["issuer"] == "乌兰察布盈捷新能源有限责任公司"
    assert data["published_on"] == "2024-07-08"
    assert data["last_day"] == "2024-07-22"
    assert data["earliest_last_day"] == "2024-07-19"
    assert data["closes_at"] == "2024-07-23T00:00:00+08:00"
    assert data["window"] == {
        "length": 10,
        "unit": "working_days",
        "counting": "next_day",
        "stated": False,
        "first_day": "2024-07-08",
        "last_day": "2024-07-22",
        "closes_at": "2024-07-23T00:00:00+08:00",
        "closing_soon_from": "2024-07-18",
        "earliest_last_day": "2024-07-19",
        "provisional": False,
        "provisional_years": [],
    }
    assert data["contact"]["phone"] == "18504922288"
    assert data["links"] == ["https://pan.baidu.com/s/13WgbweAIDE0QAzjLPEsKsw?pwd=5ok7"]
    assert data["status"]["state"] == "closing_soon"
    assert data["status"]["text"] == "还剩 3 个工作日，2024年7月22日 24:00 截止"
    assert data["explanation"]["basis"].startswith("《环境影响评价公众参与办法")
    assert any("周末" in line for line in data["explanation"]["lines"])
    assert data["url"].endswith(f"/notices/{notice.pk}/")
    assert data["calendar_url"].endswith(f"/notices/{notice.pk}/calendar.ics")


def test_api_findings_carry_stable_codes(client, samples):
    data = client.get(f"{API}{samples.xinlian_eia.pk}/").json()
    codes = {f["code"]: f for f in data["findings"]}
    # its window is still open on ON: the missing printings can still come
    assert codes["newspaper_runs_due"]["severity"] == "pending"


def test_api_speaks_english_when_asked(client, samples):
    data = client.get(f"{API}{samples.pipeline_eia.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()
    assert data["status"]["text"] == "3 working days left; closes on 22 July 2024 at 24:00"
    assert data["kind_label"] == "EIA draft-report comment period"


def test_api_paging_links_walk_every_notice_once(client, samples):
    url, seen = f"{API}?page_size=2", []
    while url:
        data = client.get(url).json()
        seen += [n["id"] for n in data["results"]]
        assert data["first"].endswith("/api/notices/?page_size=2")
        url = data["next"]
    assert seen == [n["id"] for n in client.get(API).json()["results"]]
    assert len(seen) == len(samples.public)


def test_api_hides_unreviewed_drafts(client, samples):
    assert client.get(f"{API}{samples.draft.pk}/").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client, samples, method):
    assert getattr(client, method)(API, {}, content_type="application/json").status_code == 405
    url = f"{API}{samples.liquidation.pk}/"
    assert getattr(client, method)(url, {}, content_type="application/json").status_code == 405


def test_openapi_schema_is_valid_and_documents_the_filters(client, db):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    validate_schema(schema)
    operation = schema["paths"]["/api/notices/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"status", "kind", "region", "q", "published_from", "last_day_to", "cursor"} <= names
    notice = schema["components"]["schemas"]["Notice"]["properties"]
    for field in (
        "kind",
        "title",
        "issuer",
        "published_on",
        "last_day",
        "window",
        "contact",
        "links",
    ):
        assert field in notice


def test_browsable_api_docs_page(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert b"swagger" in response.content.lower()


def test_the_api_docs_page_loads_nothing_from_another_site(client, db):
    import re

    from django.contrib.staticfiles import finders
    from django.templatetags.static import static

    html = client.get("/api/docs/").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources
    assert not [s for s in sources if "//" in s], sources
    prefix = static("")
    for source in sources:
        if source.startswith(prefix):  # Swagger UI's own files, from drf-spectacular-sidecar
            assert finders.find(source.removeprefix(prefix).split("?")[0]), source
    assert not re.search(r"<script>[^<]", html), "an inline script would need a looser CSP"
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


def test_a_notice_id_in_full_width_digits_is_not_found(client, samples):
    pk = samples.liquidation.pk
    full_width = "".join(chr(ord("０") + int(d)) for d in str(pk))
    assert client.get(f"{API}{pk}/").status_code == 200
    assert client.get(f"{API}{full_width}/").status_code == 404


def test_a_cursor_from_one_filter_is_refused_by_another(client, samples):
    first = client.get(API, {"status": "open", "page_size": 1}).json()
    cursor = parse_qs(urlsplit(first["next"]).query)["cursor"][0]
    same = client.get(API, {"status": "open", "page_size": 1, "cursor": cursor})
    assert same.status_code == 200
    other = client.get(API, {"status": "closed", "page_size": 1, "cursor": cursor})
    assert other.status_code == 400
    assert "cursor" in other.json()
