"""One stored form for a caller number however it is typed, so the same phone meets itself in
repeat-caller lookups and searches.

A number is read as ASCII (full-width and other decimal digits, the full-width plus), with the
separators people write between digit groups dropped. Numbers of the mainland are kept as they
are dialled at home: without ``+86``, ``86`` or ``0086``, a landline with the ``0`` of its area
code (``03716xxxxxxx``), short service numbers (``110``, ``12345``) as they are. Other
countries' numbers are kept in E.164 (``+14155550100``). A number the numbering plan does not
know is kept as typed, in ASCII.

The numbering plan is libphonenumber's (``phonenumberslite``, its metadata without the
geocoding and carrier tables): which prefixes are mobiles, how long each area's landlines are,
where ``400`` numbers lose no ``0``, and the trunk ``0`` written inside foreign numbers
(``+44 (0)20 …``) are facts that change, and a hand-kept copy of them would go stale.

>>> canonical_number("＋86 138-0000-1234")
'13800001234'
>>> canonical_number("0086 371 6666 1234")
'037166661234'
>>> canonical_number("+852 2345 6789")
'+85223456789'
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

__all__ = ["HOME_REGION", "canonical_number", "clean_number", "number_forms", "plausible"]

# The country whose numbers are stored as dialled at home.
HOME_REGION = "CN"
HOME_CODE = "86"
# What people put between digit groups, once the text is read as ASCII: spaces (the ideographic
# space among them), dashes, dots, brackets, slashes.
_SEPARATORS = frozenset(" \t\u00a0-‐‑–—.·・()/_")
# A mainland mobile: 1, then ten digits. Kept as such even when the plan's metadata does not
# know its prefix yet, so a new range is not stored two ways.
_MOBILE = re.compile(r"1\d{10}")
# Digits in a phone number: 110 is the shortest, E.164 allows fifteen.
PLAUSIBLE_DIGITS = (3, 15)


def clean_number(text: str) -> tuple[str, bool]:
    """`text` as ASCII digits, with a leading ``+`` if it had one, and whether anything other
    than digits, separators and that ``+`` was dropped.

    >>> clean_number("（0371）6666-1234")
    ('037166661234', False)
    >>> clean_number("138 0000 1234 ext")
    ('13800001234', True)

    Words after the digits end the number: what follows them (an extension, 转 5) is not
    part of it.

    >>> clean_number("138 0000 1234 转 5")
    ('13800001234', True)
    """
    kept: list[str] = []
    dropped = ended = False
    for char in unicodedata.normalize("NFKC", text).strip():
        if char.isdecimal():
            if ended:
                dropped = True
            else:
                kept.append(str(unicodedata.decimal(char)))
        elif char == "+" and not kept:
            kept.append(char)
        elif char not in _SEPARATORS:
            dropped = True
            ended = ended or any(c.isdigit() for c in kept)
    return "".join(kept), dropped


def canonical_number(text: str) -> str:
    """The stored form of a caller number (see the module's docstring); idempotent."""
    cleaned, _ = clean_number(text)
    try:
        parsed = phonenumbers.parse(cleaned, HOME_REGION)
    except phonenumbers.NumberParseException:
        return cleaned
    national = str(parsed.national_number)
    if parsed.country_code == int(HOME_CODE):
        if phonenumbers.is_valid_number(parsed):
            national_form = phonenumbers.format_number(
                parsed, phonenumbers.PhoneNumberFormat.NATIONAL
            )
            return "".join(ch for ch in national_form if ch.isdigit())
        if _MOBILE.fullmatch(national):
            return national
        return cleaned
    if phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return cleaned


def plausible(canonical: str) -> bool:
    """Whether a stored number is as long as a phone number can be."""
    digits = sum(ch.isdigit() for ch in canonical)
    return PLAUSIBLE_DIGITS[0] <= digits <= PLAUSIBLE_DIGITS[1]


def _wide(text: str) -> str:
    return "".join(chr(ord("０") + int(ch)) if ch.isdigit() else ch for ch in text)


def number_forms(text: str) -> list[str]:
    """The canonical form of a number first, then the forms the same number was stored in
    before numbers had one form (digits and a leading ``+`` as typed, full-width digits kept as
    they were, a full-width plus dropped), so lookups still find calls stored then.

    >>> number_forms("13800001234")[:4]
    ['13800001234', '8613800001234', '+8613800001234', '008613800001234']
    """
    canonical = canonical_number(text)
    forms = [canonical]
    if canonical.startswith("+"):
        bare = canonical[1:]
        # Without its +, a foreign number may read as a mobile at home (+1 312 555 0100 as
        # 131 2555 0100): that form names another caller, so it is not looked up.
        forms += ["00" + bare] if _MOBILE.fullmatch(bare) else [bare, "00" + bare]
    elif len(canonical) >= 10:
        # A whole national number: with the country code, a landline lost its area code's 0.
        national = canonical[1:] if canonical.startswith("0") else canonical
        forms += [HOME_CODE + national, "+" + HOME_CODE + national, "00" + HOME_CODE + national]
    forms += [_wide(form) for form in forms]
    return list(dict.fromkeys(forms))
