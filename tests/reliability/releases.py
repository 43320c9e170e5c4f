"""Press releases made up by number, each different, for load and fault tests.

Every release reports one meeting and quotes both ministers, so it imports as a
consultation and two statements; "No. N" in its title and quotes tells them apart.
"""

from __future__ import annotations

from datetime import date, timedelta

_PAIRS = (
    ("German Foreign Minister Annalena Baerbock", "Japanese Foreign Minister Yoko Kamikawa"),
    ("German Defence Minister Boris Pistorius", "Australian Defence Minister Richard Marles"),
    ("German Foreign Minister Heiko Maas", "Australian Foreign Minister Marise Payne"),
    ("Canadian Foreign Minister Mélanie Joly", "Australian Foreign Minister Penny Wong"),
)
_TOPICS = (
    "maritime security in the Indo-Pacific",
    "export controls on dual-use goods",
    "cyber security and critical infrastructure",
    "support for Ukraine",
    "climate and energy security",
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()

RECORDS_PER_RELEASE = 3  # the meeting and two statements


def release(number: int) -> str:
    """The text of release number (0, 1, …) as a ministry's website would give it."""
    host, guest = _PAIRS[number % len(_PAIRS)]
    topic = _TOPICS[number % len(_TOPICS)]
    other = _TOPICS[(number + 2) % len(_TOPICS)]
    day = date(2020, 1, 6) + timedelta(days=number % 1800)
    when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    host_name, guest_name = host.split()[-1], guest.split()[-1]
    return "\n".join(
        (
            f"Consultations on {topic} (No. {number})",
            f"{when}",
            f"On {when}, {host} met {guest} in Berlin for consultations on {topic}. "
            f"The talks also covered {other}.",
            f"{host_name} said: “Our partnership on {topic} is stronger than ever. "
            f"Release No. {number} records it.”",
            f"{guest_name} said: “We will work together on {other}. "
            f"That is our commitment, No. {number}.”",
        )
    )
