"""WhatsApp exports: one line per message, and each message's body and sender spans."""

import pytest

from actormap.errors import InputError
from actormap.ingest import read, whatsapp

ANDROID = """\
12/03/2024, 21:10 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
12/03/2024, 21:11 - Abu Khalil created group "Coast: logistics"
12/03/2024, 21:14 - Abu Khalil: the trucks left Tartus at dawn
13/03/2024, 09:02 - Samir Haddad: how many trucks?
six, maybe seven
13/03/2024, 09:03 - Samir Haddad: <Media omitted>
13/03/2024, 21:05 - Abu Khalil: Liwa al-Sahil got paid: 25,000 USD
"""

IOS = (
    "\u200e[12/03/2024, 21:10:00] Coast logistics: \u200eMessages and calls are end-to-end encrypted.\n"
    "[12/03/2024, 21:14:05] Abu Khalil: the trucks left Tartus at dawn\n"
    "\u200e[12/03/2024, 21:15:00] Abu Khalil: \u200eimage omitted\n"
    "[13/03/2024, 9:02:11\u202fAM] Samir Haddad: how many trucks?\n"
)


def write(tmp_path, content, name="WhatsApp Chat with Coast logistics.txt"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def assert_spans(document):
    for speech in document.meta["speech"]:
        assert document.text[speech["speaker_start"] : speech["speaker_end"]] == speech["speaker"]
        assert document.text[speech["speaker_end"] : speech["start"]] == ": "


def test_whatsapp_android_export_is_one_line_per_message(tmp_path):
    document = read(write(tmp_path, ANDROID))
    assert document.text == (
        "Abu Khalil: the trucks left Tartus at dawn\n"
        "Samir Haddad: how many trucks?\nsix, maybe seven\n"
        "Abu Khalil: Liwa al-Sahil got paid: 25,000 USD"
    )
    assert document.title == "WhatsApp Chat with Coast logistics"
    assert document.published == "2024-03-12"


def test_whatsapp_speech_spans_give_body_sender_and_time(tmp_path):
    document = read(write(tmp_path, ANDROID))
    speech = document.meta["speech"]
    assert [(document.text[s["start"] : s["end"]], s["speaker"], s["timestamp"]) for s in speech] == [
        ("the trucks left Tartus at dawn", "Abu Khalil", "2024-03-12T21:14:00"),
        ("how many trucks?\nsix, maybe seven", "Samir Haddad", "2024-03-13T09:02:00"),
        ("Liwa al-Sahil got paid: 25,000 USD", "Abu Khalil", "2024-03-13T21:05:00"),
    ]
    assert_spans(document)


def test_whatsapp_system_lines_and_media_stay_out_of_the_text(tmp_path):
    document = read(write(tmp_path, ANDROID))
    assert [line["text"] for line in document.meta["system"]] == [
        "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
        'Abu Khalil created group "Coast: logistics"',
    ]
    assert document.meta["media_omitted"] == 1
    assert "encrypted" not in document.text and "Media" not in document.text


def test_whatsapp_ios_bracketed_export(tmp_path):
    document = read(write(tmp_path, IOS))
    assert document.text == "Abu Khalil: the trucks left Tartus at dawn\nSamir Haddad: how many trucks?"
    assert [s["timestamp"] for s in document.meta["speech"]] == ["2024-03-12T21:14:05", "2024-03-13T09:02:11"]
    assert document.meta["system"][0]["text"] == "Messages and calls are end-to-end encrypted."
    assert document.meta["media_omitted"] == 1
    assert_spans(document)


def test_whatsapp_month_first_dates_are_recognised(tmp_path):
    content = "3/12/24, 9:14 PM - Abu Khalil: the trucks left\n3/14/24, 10:01 AM - Samir Haddad: ok\n"
    document = read(write(tmp_path, content))
    assert document.meta["date_order"] == "month-first"
    assert [s["timestamp"] for s in document.meta["speech"]] == ["2024-03-12T21:14:00", "2024-03-14T10:01:00"]


def test_whatsapp_ambiguous_dates_are_day_first(tmp_path):
    document = read(write(tmp_path, "04/03/2024, 08:00 - Abu Khalil: moving now\n"))
    assert document.meta["speech"][0]["timestamp"] == "2024-03-04T08:00:00"


@pytest.mark.parametrize(
    "content",
    [
        "Meeting notes, 12/03/2024\nAbu Khalil said the trucks left.\nSamir asked how many.\n",
        "12/03/2024 was a quiet day.\nNothing moved on the coast road.\nThe port stayed shut.\n",
        "[2024-03-14 20:58] Naw Paw: the broker is in Hpakant\n",
    ],
)
def test_whatsapp_sniffing_leaves_other_text_alone(tmp_path, content):
    assert not whatsapp.looks_like(write(tmp_path, content, "notes.txt"))


def test_whatsapp_export_of_only_system_lines_is_an_input_error(tmp_path):
    content = "12/03/2024, 21:10 - Messages and calls are end-to-end encrypted.\n12/03/2024, 21:11 - You joined\n"
    with pytest.raises(InputError, match="has no WhatsApp messages with a sender"):
        read(write(tmp_path, content))
