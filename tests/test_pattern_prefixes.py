"""The first-letter lookaheads of the actor stages' patterns cover every match.

Patterns scanned over whole documents or sentences open with a lookahead of
their first letters ("(?=[dn])\\b(?:does|no)...", see the comments in
:mod:`progmap.actors.organizations`): it makes them faster, and must never
make them match less. Each test reads a pattern's parse tree and checks that
every character a match can open with is one the lookahead lets through, so
an alternative added later with a new first letter fails here.
"""

import re
from re import _constants as sre
from re import _parser

import pytest

from progmap.actors import discourse, organizations, programmes, routes


def _class_of(items, ignore_case):
    """The characters (and categories) a parsed character class admits."""
    found = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(chr(av))
        elif op is sre.RANGE:
            found.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY:
            found.add(av)
        else:
            return None  # a negated class: anything
    if ignore_case:
        found |= {c.swapcase() for c in found if isinstance(c, str)}
    return found


def _first(items, ignore_case):
    """(characters a match of ``items`` can open with or None for any, whether it can be empty)."""
    out = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        if op is sre.LITERAL:
            return out | _class_of([(op, av)], ignore_case), False
        if op is sre.IN:
            chars = _class_of(av, ignore_case)
            return (None if chars is None else out | chars), False
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                chars, nullable = _first(alternative, ignore_case)
                if chars is None:
                    return None, False
                out |= chars
                empty = empty or nullable
            if not empty:
                return out, False
            continue
        if op is sre.SUBPATTERN:
            chars, nullable = _first(av[3], ignore_case)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            chars, nullable = _first(av[2], ignore_case)
            nullable = nullable or av[0] == 0
        else:
            return None, False  # anything else: no claim
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _prefixed_patterns():
    found = {}
    for module in (organizations, programmes, routes, discourse):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and value.pattern.startswith("(?=["):
                found[f"{module.__name__.split('.')[-1]}.{name}"] = value
    found["routes._foreign_site"] = routes._foreign_site()
    found["routes._worth_reading"] = routes._worth_reading()
    found["routes._worth_reading(lowered)"] = routes._worth_reading(lowered=True)
    return found


PATTERNS = _prefixed_patterns()


def test_the_patterns_are_found():
    assert len(PATTERNS) >= 20


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_first_letter_lookahead_admits_every_first_letter_of_its_pattern(name):
    pattern = PATTERNS[name]
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    lookahead, *rest = list(_parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    assert lookahead[0] is sre.ASSERT
    admitted = _first(lookahead[1][1], ignore_case)[0]
    opening, empty = _first(rest, ignore_case)
    assert opening is not None and not empty, "the pattern's first letters cannot be read"
    assert opening <= admitted, f"the lookahead of {name} misses {sorted(map(str, opening - admitted))}"


def test_a_missing_first_letter_is_caught():
    # The check itself: "The" is no match of a lookahead of lower-case t.
    pattern = re.compile(r"(?=[t])\b(?:the|[Tt]his)\b")
    admitted = _first(list(_parser.parse(pattern.pattern))[0][1][1], False)[0]
    assert _first(list(_parser.parse(pattern.pattern))[1:], False)[0] - admitted == {"T"}
