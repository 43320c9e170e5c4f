"""A line that signs a name with an honorific or postnominals: "Hon. Kim Dale, M.P."."""

from __future__ import annotations

import re

# a name signed with an honorific or postnominals, nothing else on the line: "Hon. Kim Dale,
# M.P.", "The Hon. Kim Dale MP", "Rt Hon. Kim Dale KC", "H.E. Kim Dale", "Dr. Ana Lo, MdB"
_POSTNOMINAL = (
    r"(?:M\.\s?P\.|MP|MPP|MLA|MHA|MNA|MEP|MdB|MdL|Q\.C\.|QC|K\.C\.|KC|P\.C\.|PC)(?![\w.])"
)
_SIGNATURE_LINE = re.compile(
    r"^(?:(?P<honorific>(?:The\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon\.|Honou?rable|H\.\s?E\.)\s+)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
    rf"(?P<name>[A-ZÄÖÜÉ][\w’'.-]*(?:\s+(?!{_POSTNOMINAL})[A-ZÄÖÜÉ][\w’'-]*){{1,3}})"
    rf"(?P<postnominals>(?:,?\s+{_POSTNOMINAL})*)\.?$"
)


def signature_line(line: str) -> str:
    """Return the name a line signs with an honorific before it or postnominals after it
    ("Hon. Kim Dale, M.P.": "Kim Dale"), "" for any other line."""
    signed = _SIGNATURE_LINE.match(line.strip())
    if signed is None or not (signed["honorific"] or signed["postnominals"]):
        return ""
    return signed["name"]
