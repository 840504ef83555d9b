"""A calendar file (.ics, RFC 5545) for the facilitator's own calendar.

Written by hand: one VEVENT, nothing fetched, no dependency. The title is neutral
("Møte") unless the facilitator chooses to name the family: a calendar is often
synchronised to a server the municipality does not control, and a family's name
on it is personal data that the meeting does not need there.

Time zone: a meeting with a time is written in Europe/Oslo with its VTIMEZONE
(CET/CEST and the EU's changes on the last Sundays of March and October). A
floating time (no zone) would move with the device: a laptop set to UTC, or a
phone abroad, would show a Norwegian 13.00 meeting at the wrong hour. The rules
are the EU's since 1996 and cover every date a meeting can have. A meeting
without a time is an all-day event (VALUE=DATE), which has no zone by definition.

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
character (3.1); TEXT values escape backslash, semicolon, comma and line breaks
(3.3.11). The UID is derived from the meeting's id, so a file made again for the
same meeting updates the event instead of adding a second one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from samtaleduk.letters.words import w

PRODID = "-//Samtaleduk//Samtaleduk//NO"
TZID = "Europe/Oslo"
_UID_SPACE = uuid.UUID("6f1d3c2e-8a4b-5c9d-b7e1-0a2f4c6e8d10")

_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting for the calendar."""

    meeting_key: uuid.UUID
    """The meeting the invitation was made from (only its hash reaches the file)."""
    date: dt.date
    time: dt.time | None = None
    minutes: int = 90
    """Length of a timed meeting."""
    place: str = ""
    title: str = ""
    """Empty: the neutral "Møte"/"Meeting"."""


def escape_text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11): \\ ; , and line breaks."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded at 75 octets (continuations start with a space),
    never inside a UTF-8 character; joined with CRLF."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def uid_for(meeting_key: uuid.UUID) -> str:
    """A stable UID for the meeting after `meeting_key` (a hash, not the id)."""
    return f"{uuid.uuid5(_UID_SPACE, str(meeting_key))}@samtaleduk"


def calendar_file(event: CalendarEvent, lang: str, *, now: dt.datetime | None = None) -> bytes:
    """The .ics file for `event` as UTF-8 bytes with CRLF line ends. `now` (UTC)
    is the DTSTAMP; default the current time."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    title = " ".join(event.title.split()) or w("event_title", lang)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    if event.time is not None:
        lines += _VTIMEZONE
    lines += ["BEGIN:VEVENT", f"UID:{uid_for(event.meeting_key)}",
              f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}"]
    if event.time is None:
        end = event.date + dt.timedelta(days=1)
        lines += [f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    else:
        start = dt.datetime.combine(event.date, event.time)
        finish = start + dt.timedelta(minutes=max(1, event.minutes))
        lines += [f"DTSTART;TZID={TZID}:{start:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID={TZID}:{finish:%Y%m%dT%H%M%S}"]
    lines.append(f"SUMMARY:{escape_text(title)}")
    place = " ".join(event.place.split())
    if place:
        lines.append(f"LOCATION:{escape_text(place)}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
