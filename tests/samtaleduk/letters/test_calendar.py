"""The calendar file: parsed back by a small RFC 5545 reader written here (unfold,
split, unescape), so the tests check the format, not our own writer's strings."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from samtaleduk.letters.calendar import CalendarEvent, calendar_file, escape_text, fold

NOW = dt.datetime(2026, 5, 6, 14, 3, 9, tzinfo=dt.UTC)
MEETING = uuid.UUID("12345678-1234-5678-1234-567812345678")


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """(name, parameters, value) of every content line, unfolded."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", ""), "a bare LF"
    for physical in text.split("\r\n")[:-1]:
        assert len(physical.encode("utf-8")) <= 75, physical
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    out = []
    for line in unfolded.split("\r\n")[:-1]:
        head, value = re.match(r"^([^:]*):(.*)$", line).groups()  # type: ignore[union-attr]
        name, *params = head.split(";")
        out.append((name, dict(p.split("=", 1) for p in params), value))
    return out


def props(data: bytes) -> dict[str, tuple[dict[str, str], str]]:
    """The VEVENT's properties by name."""
    lines = parse(data)
    start = lines.index(("BEGIN", {}, "VEVENT"))
    end = lines.index(("END", {}, "VEVENT"))
    return {name: (params, value) for name, params, value in lines[start + 1:end]}


def test_a_timed_meeting_in_oslo_time_with_its_zone() -> None:
    data = calendar_file(CalendarEvent(MEETING, dt.date(2026, 6, 17), dt.time(13, 0), 90,
                                       "Familiesenteret"), "nn", now=NOW)
    lines = parse(data)
    assert lines[0] == ("BEGIN", {}, "VCALENDAR") and lines[-1] == ("END", {}, "VCALENDAR")
    assert ("VERSION", {}, "2.0") in lines
    names = [n for n, _p, _v in lines]
    assert names.count("PRODID") == 1
    assert ("TZID", {}, "Europe/Oslo") in lines  # the VTIMEZONE the times refer to
    assert ("RRULE", {}, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU") in lines
    p = props(data)
    assert p["DTSTART"] == ({"TZID": "Europe/Oslo"}, "20260617T130000")
    assert p["DTEND"] == ({"TZID": "Europe/Oslo"}, "20260617T143000")
    assert p["DTSTAMP"] == ({}, "20260506T140309Z")
    assert p["SUMMARY"] == ({}, "Møte")  # neutral: no family name
    assert p["LOCATION"] == ({}, "Familiesenteret")
    assert p["UID"][1].endswith("@samtaleduk") and str(MEETING) not in p["UID"][1]


def test_the_uid_is_stable_for_a_meeting_and_differs_between_meetings() -> None:
    a = props(calendar_file(CalendarEvent(MEETING, dt.date(2026, 6, 17)), "nn", now=NOW))
    b = props(calendar_file(CalendarEvent(MEETING, dt.date(2026, 6, 24), dt.time(9)), "nb"))
    c = props(calendar_file(CalendarEvent(uuid.uuid4(), dt.date(2026, 6, 17)), "nn", now=NOW))
    assert a["UID"] == b["UID"] != c["UID"]


def test_without_a_time_an_all_day_event_and_no_zone() -> None:
    data = calendar_file(CalendarEvent(MEETING, dt.date(2026, 12, 31)), "en", now=NOW)
    p = props(data)
    assert p["DTSTART"] == ({"VALUE": "DATE"}, "20261231")
    assert p["DTEND"] == ({"VALUE": "DATE"}, "20270101")
    assert p["SUMMARY"][1] == "Meeting"
    assert "LOCATION" not in p
    assert b"VTIMEZONE" not in data


def test_a_chosen_title_and_a_place_with_every_special_character_come_back_intact() -> None:
    place = "Kafé «Møtestaden», rom 2; inngang bak\\gard\nandre etasje"
    title = "Møte: Familien Haugland, Čáhppes; ŋ" + " lang" * 30
    data = calendar_file(CalendarEvent(MEETING, dt.date(2026, 6, 17), dt.time(13), 60, place,
                                       title), "nn", now=NOW)
    p = props(data)
    assert _unescape(p["LOCATION"][1]) == " ".join(place.split())  # one line in a calendar
    assert _unescape(p["SUMMARY"][1]) == " ".join(title.split())
    assert "\\;" in p["LOCATION"][1] and "\\," in p["LOCATION"][1] and "\\\\" in p["LOCATION"][1]


def test_escape_and_fold() -> None:
    assert escape_text("a\\b;c,d\r\ne\rf\ng") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    # 74 octets and a 2-byte letter: the letter goes whole to the next line.
    assert fold("X" * 74 + "øøø") == "X" * 74 + "\r\n øøø"
    long = fold("ø" * 100)
    parts = long.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "ø" * 100
    assert fold("short") == "short"
