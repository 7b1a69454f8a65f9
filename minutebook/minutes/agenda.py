"""An agenda's items, read from its numbered lines as a clerk lists them.

Minutes write a heading and then what was said under it; an agenda has only the headings,
one line an item ("1. To receive apologies", "5 Planning", "Item 7 – Finance"), with its
sub-items lettered or dotted beneath ("a) To consider …", "5.1 …") and sometimes a note
("Report attached"). So an agenda is read from its numbered lines alone: the longest run of
numbers that go up by one, which leaves out dates, times and the numbers in the summons.
An agenda laid out as a table (number | item | lead) is read the same way, from its rows.
"""

from __future__ import annotations

import re

from .conventions.dates import find_dates
from .model import Block, Item

_I = re.IGNORECASE
# "1.", "1)", "1 ", "Item 1 –", "1:"; the number is the item's, the rest its title.
TOP = re.compile(r"^\s*(?:item\s+)?(\d{1,3})(\s*[.):–—-]\s*|\s+)(?!\d)(\S.*)$", _I)
# "5.1 ...", "5.1. ...": a sub-item of item 5.
DOTTED = re.compile(r"^\s*(\d{1,3})\.(\d{1,2})[.)]?\s+(\S.*)$")
# "a) ...", "(b) ...", "c. ...", "ii) ...": a sub-item of the item above.
# Capitals only in brackets: "A. Smith to report" is a person's initial, not sub-item A.
LETTERED = re.compile(r"^\s*(?:\(([a-hA-H]|[ivx]{1,4})\)|([a-h]|i{1,3}|iv|vi{0,3})[.)])\s+(\S.*)$")
# A number that begins a date is not an item: "12 March 2019", "4th April".
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
A_DATE = re.compile(r"^(?:(?:st|nd|rd|th)\b|(?:" + "|".join(MONTHS) + r")[a-z]*\.?,?\s*(?:\d|$)|[/,])",
                    _I)
# Nor is a number and its unit, written without a stop: "30 minutes", "7 pm", "45 people".
A_QUANTITY = re.compile(r"^(?:am|pm|noon|hours?|minutes?|mins?|days?|weeks?|months?|years?|"
                        r"per\s*cent|%|people|members|names|signatures|votes)\b", _I)
MAX_TITLE = 300
# The summons names the meeting's day: "to be held on", "will be held on", "meeting on".
SUMMONS = re.compile(r"\b(?:(?:to be|will be|is to be|shall be) held|meeting (?:on|of)|"
                     r"(?:summoned|invited|requested) to attend)\b", _I)
HEAD_LINES = 15


def agenda_date(text: str):
    """The meeting's date as an agenda gives it: the first date after its summons, else the
    first date near its top. Minutes read "will be held on" as their next meeting's date."""
    for match in SUMMONS.finditer(text):
        found = find_dates(text[match.end():match.end() + 200])
        if found:
            return found[0][0]
    head = "\n".join(text.splitlines()[:HEAD_LINES])
    found = find_dates(head)
    return found[0][0] if found else None


def agenda_items(blocks: list[Block]) -> list[Item]:
    """The agenda's items with their sub-items; [] when it has no numbered list."""
    lines = []
    for block in blocks:
        if block.kind == "row":
            cells = [c.strip() for c in block.cells if c.strip()]
            if len(cells) >= 2 and re.fullmatch(r"(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[.)]?", cells[0],
                                                _I):
                lines.append(f"{cells[0].rstrip('.)')}. {cells[1]}")
                continue
            lines.append(block.text)
        else:
            lines.extend(block.text.split("\n"))
    tops = [(n, int(m.group(1)), tidy(m.group(3))) for n, line in enumerate(lines)
            if (m := TOP.match(line)) and not DOTTED.match(line) and not A_DATE.match(m.group(3))
            and not (m.group(2).isspace() and A_QUANTITY.match(m.group(3)))]
    run = longest_run(tops)
    if len(run) < 2:
        return []
    items = []
    for k, (at, number, title) in enumerate(run):
        item = Item(title=title, number=str(number))
        end = run[k + 1][0] if k + 1 < len(run) else len(lines)
        # Sub-items sit between this item and the next; after the last, until a gap in them.
        for line in lines[at + 1:end]:
            dotted, lettered = DOTTED.match(line), LETTERED.match(line)
            if dotted and int(dotted.group(1)) == number:
                item.children.append(Item(title=tidy(dotted.group(3)),
                                          number=f"{number}.{dotted.group(2)}"))
            elif lettered:
                letter = (lettered.group(1) or lettered.group(2)).lower()
                item.children.append(Item(title=tidy(lettered.group(3)),
                                          number=f"{number}{letter}"))
            elif k + 1 == len(run) and line.strip():
                break  # the clerk's name and the date, below the last item
        items.append(item)
    return items


def longest_run(tops: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The longest sequence, in reading order, of numbers each one more than the last."""
    best: list[tuple[int, int, str]] = []
    for start in range(len(tops)):
        if len(tops) - start <= len(best):
            break
        run = [tops[start]]
        for line in tops[start + 1:]:
            if line[1] == run[-1][1] + 1:
                run.append(line)
        if len(run) > len(best):
            best = run
    return best


def tidy(title: str) -> str:
    """A title as written, without the dots leading to a page number or a time."""
    title = re.sub(r"\s*(?:\.{3,}|…+)\s*\S*$", "", title.strip())
    return " ".join(title.split())[:MAX_TITLE]
