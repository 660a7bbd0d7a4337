"""Telegram Desktop exports: one line per message, forwarded messages spoken by their author."""

import json

import pytest

from actormap.errors import InputError
from actormap.ingest import read

EXPORT = {
    "name": "Coast logistics",
    "type": "private_supergroup",
    "id": 1712345678,
    "messages": [
        {"id": 1, "type": "service", "date": "2024-03-12T21:10:00", "actor": "Abu Khalil", "action": "create_group", "text": ""},
        {
            "id": 2,
            "type": "message",
            "date": "2024-03-12T21:14:05",
            "from": "Abu Khalil",
            "from_id": "user1001",
            "text": "the trucks left Tartus at dawn",
        },
        {
            "id": 3,
            "type": "message",
            "date": "2024-03-13T09:02:11",
            "from": "Samir Haddad",
            "from_id": "user1002",
            "text": ["ask ", {"type": "mention", "text": "@liwa_media"}, " how many ", {"type": "bold", "text": "trucks"}],
        },
        {"id": 4, "type": "message", "date": "2024-03-13T09:03:00", "from": "Samir Haddad", "from_id": "user1002", "text": "", "photo": "photos/1.jpg"},
        {
            "id": 5,
            "type": "message",
            "date": "2024-03-13T21:05:00",
            "from": "Abu Khalil",
            "from_id": "user1001",
            "forwarded_from": "Liwa Media",
            "text": "Liwa al-Sahil denies any payment from the council.",
        },
        {"id": 6, "type": "message", "date": "2024-03-14T07:00:00", "from": None, "from_id": "user1003", "text": "road closed"},
    ],
}


def write(tmp_path, data, name="result.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_telegram_export_is_one_line_per_message(tmp_path):
    document = read(write(tmp_path, EXPORT))
    assert document.text.splitlines() == [
        "Abu Khalil: the trucks left Tartus at dawn",
        "Samir Haddad: ask @liwa_media how many trucks",
        "Liwa Media (forwarded by Abu Khalil): Liwa al-Sahil denies any payment from the council.",
        "Deleted Account: road closed",
    ]
    assert (document.title, document.published) == ("Coast logistics", "2024-03-12")
    assert document.meta["skipped_messages"] == 2


def test_telegram_speech_spans_give_body_sender_and_time(tmp_path):
    document = read(write(tmp_path, EXPORT))
    for speech in document.meta["speech"]:
        assert document.text[speech["speaker_start"] : speech["speaker_end"]] == speech["speaker"]
    forwarded = document.meta["speech"][2]
    assert forwarded["speaker"] == "Liwa Media"
    assert document.text[forwarded["start"] : forwarded["end"]] == "Liwa al-Sahil denies any payment from the council."
    assert forwarded["timestamp"] == "2024-03-13T21:05:00"
    assert document.meta["sender_ids"] == {"Abu Khalil": "user1001", "Samir Haddad": "user1002", "Deleted Account": "user1003"}


def test_telegram_invalid_json_names_the_place(tmp_path):
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "messages": [', encoding="utf-8")
    with pytest.raises(InputError, match=r"is not valid JSON \(Expecting value at line 1, column 28\)"):
        read(path)


def test_telegram_other_json_is_refused(tmp_path):
    with pytest.raises(InputError, match='not a Telegram chat export \\(no "messages" list\\)'):
        read(write(tmp_path, {"rows": [1, 2]}, "data.json"))


def test_telegram_whole_account_export_asks_for_one_chat(tmp_path):
    with pytest.raises(InputError, match="export a single chat"):
        read(write(tmp_path, {"about": "...", "chats": {"list": []}}))


def test_telegram_chat_without_text_is_refused(tmp_path):
    with pytest.raises(InputError, match="has no Telegram messages with text"):
        read(write(tmp_path, {"name": "x", "messages": [EXPORT["messages"][0]]}))
