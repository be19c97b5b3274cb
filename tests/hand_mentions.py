"""Place mentions made by hand, for tests of the stages after resolution.

Tests of organizations, programmes and routes build the resolved mentions
they need from a small table of names, so they run without boundary data.
"""

import re

import pandas as pd

from progmap.schema import MENTION_COLUMNS

ADMIN1_COUNTRY = {"VN": "VNM", "KH": "KHM", "TH": "THA", "LA": "LAO", "CN": "CHN", "MY": "MYS", "BD": "BGD", "KE": "KEN"}


def mentions(text: str, names: dict) -> pd.DataFrame:
    """Place mentions of ``names`` (written -> code) wherever the text has them.

    A code's kind and country follow from its form: ``VNM`` (country),
    ``VN-44`` (admin-1), ``region:vn-north`` (a Vietnamese region),
    ``region:gms`` (a multi-country region), or a ``(code, kind, country)`` tuple.
    """
    rows, taken = [], set()
    for written in sorted(names, key=len, reverse=True):
        value = names[written]
        if isinstance(value, tuple):
            code, kind, country = value
        elif re.fullmatch(r"[A-Z]{3}", value):
            code, kind, country = value, "country", value
        elif value.startswith("region:"):
            code, kind, country = value, "region", "VNM" if value.startswith("region:vn-") else ""
        else:
            code, kind, country = value, "admin1", ADMIN1_COUNTRY[value[:2]]
        for match in re.finditer(rf"\b{re.escape(written)}\b", text):
            if not taken & set(range(*match.span())):
                taken |= set(range(*match.span()))
                members = [code] if kind == "admin1" else []
                rows.append(("doc.txt", match.start(), match.end(), written, kind, code, written, country, "", 1.0, "natural-earth", members, ""))
    return pd.DataFrame(sorted(rows, key=lambda r: r[1]), columns=MENTION_COLUMNS)
