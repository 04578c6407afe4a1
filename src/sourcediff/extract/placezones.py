"""The clock zone of a place named before "time": "11.45am Swedish time", "4.42pm Colorado time".

A writer who gives a place's clock gives its zone as surely as one who
writes "CET": the place is the zone, once the place has only one. So a
small table maps countries, their people's adjectives, US states, Canadian
provinces and large cities to IANA names (read with zoneinfo, so summer
time is the place's own). A place the table does not hold, or one that
spans several zones (Russia, Australia, Brazil, Texas, "Washington" that
is both a state and the capital), stays a floating local clock
(`times.zone_name`): better no instant than a wrong one.
"""

from __future__ import annotations

from types import MappingProxyType

# IANA zone -> the places that keep it, as written before "time" (folded, one space between words).
_BY_ZONE = {
    "Europe/London": "england english scotland scottish wales welsh london edinburgh manchester",
    "Europe/Dublin": "ireland irish dublin",
    "Europe/Lisbon": "portugal portuguese lisbon",
    "Europe/Madrid": "spain spanish madrid barcelona",
    "Europe/Paris": "france french paris",
    "Europe/Brussels": "belgium belgian brussels",
    "Europe/Amsterdam": "netherlands dutch amsterdam the hague",
    "Europe/Berlin": "germany german berlin frankfurt munich",
    "Europe/Zurich": "switzerland swiss zurich geneva",
    "Europe/Vienna": "austria austrian vienna",
    "Europe/Rome": "italy italian rome milan",
    "Europe/Copenhagen": "denmark danish copenhagen",
    "Europe/Oslo": "norway norwegian oslo",
    "Europe/Stockholm": "sweden swedish stockholm",
    "Europe/Helsinki": "finland finnish helsinki",
    "Europe/Warsaw": "poland polish warsaw",
    "Europe/Prague": "czech prague",
    "Europe/Budapest": "hungary hungarian budapest",
    "Europe/Athens": "greece greek athens",
    "Europe/Istanbul": "turkey turkish istanbul ankara",
    "Europe/Kiev": "ukraine ukrainian kyiv kiev",
    "Europe/Moscow": "moscow",
    "Europe/Riga": "latvia latvian riga",
    "Europe/Tallinn": "estonia estonian tallinn",
    "Europe/Vilnius": "lithuania lithuanian vilnius",
    "Europe/Bucharest": "romania romanian bucharest",
    "Europe/Sofia": "bulgaria bulgarian sofia",
    "Europe/Chisinau": "moldova moldovan chisinau",
    "Europe/Minsk": "belarus belarusian minsk",
    "Asia/Nicosia": "cyprus cypriot nicosia",
    "Europe/Belgrade": "serbia serbian belgrade",
    "Europe/Zagreb": "croatia croatian zagreb",
    "Europe/Ljubljana": "slovenia slovenian ljubljana",
    "Europe/Bratislava": "slovakia slovak bratislava",
    "Europe/Luxembourg": "luxembourg",
    "Europe/Malta": "malta maltese valletta",
    "Atlantic/Reykjavik": "iceland icelandic reykjavik",
    "Asia/Jerusalem": "israel israeli jerusalem tel aviv",
    "Africa/Cairo": "egypt egyptian cairo",
    "Africa/Nairobi": "kenya kenyan nairobi",
    "Africa/Lagos": "nigeria nigerian lagos abuja",
    "Africa/Johannesburg": "south africa south african johannesburg pretoria cape town",
    "Asia/Dubai": "dubai abu dhabi",
    "Asia/Riyadh": "saudi saudi arabia riyadh",
    "Asia/Tehran": "iran iranian tehran",
    "Asia/Karachi": "pakistan pakistani karachi islamabad",
    "Asia/Kolkata": "india indian delhi new delhi mumbai",
    "Asia/Bangkok": "thailand thai bangkok",
    "Asia/Singapore": "singapore",
    "Asia/Hong_Kong": "hong kong",
    "Asia/Shanghai": "china chinese beijing shanghai",
    "Asia/Taipei": "taiwan taiwanese taipei",
    "Asia/Manila": "philippines philippine manila",
    "Asia/Seoul": "korea korean south korea seoul",
    "Asia/Tokyo": "japan japanese tokyo",
    "Pacific/Auckland": "new zealand auckland wellington",
    "Australia/Sydney": "sydney canberra new south wales",
    "Australia/Melbourne": "melbourne",
    "Australia/Brisbane": "brisbane queensland",
    "Australia/Perth": "perth",
    "America/New_York": (
        "new york boston miami atlanta philadelphia detroit connecticut delaware maine maryland "
        "massachusetts new hampshire new jersey north carolina ohio pennsylvania rhode island south carolina "
        "vermont virginia west virginia toronto ottawa montreal"),
    "America/Chicago": (
        "chicago houston dallas new orleans alabama arkansas illinois iowa louisiana minnesota "
        "mississippi missouri oklahoma wisconsin winnipeg manitoba"),
    "America/Denver": "denver colorado montana new mexico utah wyoming calgary edmonton alberta",
    "America/Phoenix": "phoenix arizona",
    "America/Los_Angeles": (
        "los angeles san francisco seattle las vegas california nevada vancouver british columbia"),
    "Pacific/Honolulu": "hawaii honolulu",
    "America/Mexico_City": "mexico city",
    "America/Bogota": "colombia colombian bogota",
    "America/Lima": "peru peruvian lima",
    "America/Argentina/Buenos_Aires": "argentina argentine argentinian buenos aires",
    "America/Sao_Paulo": "sao paulo rio de janeiro",
}


def _places() -> dict[str, str]:
    """Place -> zone; each place word list is split on spaces, then known multi-word names rejoined."""
    multi = ("the hague", "tel aviv", "south africa", "south african", "cape town", "abu dhabi",
             "saudi arabia", "new delhi", "hong kong", "south korea", "new zealand", "new south wales",
             "new york",
             "new hampshire", "new jersey", "north carolina", "rhode island", "south carolina",
             "west virginia", "new orleans", "new mexico", "los angeles", "san francisco", "las vegas",
             "british columbia", "mexico city", "buenos aires", "sao paulo", "rio de janeiro")
    out: dict[str, str] = {}
    for zone, names in _BY_ZONE.items():
        rest = f" {names} "
        for name in sorted(multi, key=len, reverse=True):
            if f" {name} " in rest:
                out[name] = zone
                rest = rest.replace(f" {name} ", " ")
        for word in rest.split():
            out[word] = zone
    return out


PLACE_ZONES = MappingProxyType(_places())


def place_zone(place: str) -> str | None:
    """The IANA zone of a place as written before "time" (folded words), None when unknown or several."""
    return PLACE_ZONES.get(" ".join(place.split()))
