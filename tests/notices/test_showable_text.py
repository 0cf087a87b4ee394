"""Text that some output cannot show is refused by validation and never stored."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from notices import services
from notices.models import Contact, Link, Notice, Publication
from notices.plain_text import MAX_TEXT_LENGTH, showable
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("注销\x0b公告", "U+000B"),
        ("注销\x00公告", "U+0000"),
        ("注销\ud800公告", "U+D800"),
        ("注销\u202e告公", "U+202E"),
        ("注销\r\nDTSTART:20240101", "U+000D"),
        ("注销\x85公告", "U+0085"),
    ],
)
def test_validation_refuses_an_unshowable_character_in_one_line_text_and_names_it(text, named):
    notice = NoticeFactory.build(title=text)
    with pytest.raises(ValidationError) as refused:
        services.record_notice(notice)
    assert named in str(refused.value.message_dict["title"])
    assert not Notice.objects.exists()


def test_full_text_keeps_its_line_breaks_but_not_other_control_characters():
    notice = NoticeFactory(full_text="第一行\n第二行\t完")
    assert notice.full_text == "第一行\n第二行\t完"
    notice.full_text = "第一行\x0c第二行"
    with pytest.raises(ValidationError):
        services.record_notice(notice, expected_version=notice.version)


def test_full_text_longer_than_the_limit_is_refused():
    notice = NoticeFactory.build(full_text="字" * (MAX_TEXT_LENGTH + 1))
    with pytest.raises(ValidationError) as refused:
        services.record_notice(notice)
    assert "full_text" in refused.value.message_dict


def test_text_written_without_validation_is_stored_without_unshowable_characters():
    notice = NoticeFactory()
    Notice.objects.filter(pk=notice.pk).update(title="注销\x0b公告\u202e", issuer="a\r\nb")
    notice.refresh_from_db()
    assert (notice.title, notice.issuer) == ("注销公告", "a  b")
    contact = Contact(notice=notice, name="张\x1b三", address="路\ud800号")
    contact.save()  # the shell way: no validation
    contact.refresh_from_db()
    assert (contact.name, contact.address) == ("张三", "路号")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>x</script>"])
def test_only_web_addresses_are_accepted_as_links(url):
    notice = NoticeFactory()
    link = Link(notice=notice, url=url)
    with pytest.raises(ValidationError):
        link.full_clean()
    link.save()  # the shell way: an unsafe address is dropped, never stored
    link.refresh_from_db()
    assert link.url == ""
    publication = Publication(notice=notice, channel="website", published_on=notice.published_on)
    publication.url = url
    with pytest.raises(ValidationError):
        publication.full_clean()


def test_showable_turns_line_breaks_of_one_line_text_into_spaces():
    assert showable("a\nb\tc\x07") == "a b c"
    assert showable("a\r\nb\x07", multiline=True) == "a\nb"


def test_text_written_without_validation_is_cut_to_the_fields_length():
    notice = NoticeFactory()
    Notice.objects.filter(pk=notice.pk).update(title="字" * 1_000_000, full_text="字" * 1_000_000)
    notice.refresh_from_db()
    assert (len(notice.title), len(notice.full_text)) == (300, MAX_TEXT_LENGTH)
    assert Notice.objects.filter(title="字" * 1_000).count() == 0  # lookups are left alone


def test_the_migration_cleans_text_stored_before_the_fields_refused_it():
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    migration = import_module("notices.migrations.0008_clean_stored_text")
    notice = NoticeFactory()
    with connection.cursor() as cursor:  # as an old version of the site stored it
        cursor.execute(
            "UPDATE notices_notice SET title = %s, full_text = %s WHERE id = %s",
            ["注销\x0b公告", "第一行\n第二行\x0c", notice.pk],
        )
    migration.clean_stored_text(apps, None)
    notice.refresh_from_db()
    assert (notice.title, notice.full_text) == ("注销公告", "第一行\n第二行")
