"""The clerk's corrections to a parse, applied before it becomes records."""

import copy
from datetime import date

ATTENDANCE_CHOICES = [
    ("present", "Present"),
    ("apologies", "Apologies"),
    ("absent", "Absent"),
    ("remove", "Not at this meeting"),
]

KIND_CHOICES = [
    ("minutes", "Minutes: the record of a meeting"),
    ("agenda", "An agenda: the items of a meeting to come or held"),
    ("paper", "A paper: a report, letter or budget kept with a meeting"),
]


def apply_corrections(parsed: dict, post) -> dict:
    """A copy of the parse with the review form's attendance and owner corrections.

    Form fields: kind (minutes, agenda or paper, when the clerk corrects what it was read
    as), date (YYYY-MM-DD, the meeting's date when the parse has none or the clerk
    corrects it), att-<n>-name / att-<n>-status for each person listed (in the order of
    present, apologies, absent), and act-<n>-owners for each action ("AB & DT").
    """
    fixed = copy.deepcopy(parsed)
    kind = post.get("kind")
    if kind in dict(KIND_CHOICES):
        fixed["kind"] = kind
    fixed.setdefault("kind", "minutes")
    given = " ".join(post.get("date", "").split())
    if given and given != fixed.get("date"):
        # A malformed date is kept as written: the import refuses it in one clear line.
        had_none = not fixed.get("date")
        fixed["date"] = given
        if had_none:
            fixed["warnings"] = [w for w in fixed.get("warnings") or []
                                 if not w.startswith("No meeting date was found")]
            fixed["warnings"].append("The meeting date was given on the review page")
    people = [p for key in ("present", "apologies", "absent") for p in fixed.get(key) or []]
    lists = {"present": [], "apologies": [], "absent": []}
    for n, person in enumerate(people):
        status = post.get(f"att-{n}-status", "")
        name = " ".join(post.get(f"att-{n}-name", person["name"]).split())
        if status == "remove" or not name:
            continue
        lists[status if status in lists else "present"].append({**person, "name": name})
    extra = " ".join(post.get("att-new-name", "").split())
    if extra:
        new_status = post.get("att-new-status", "present")
        lists[new_status if new_status in lists else "present"].append(
            {"name": extra, "initials": None, "role": None}
        )
    fixed.update(lists)
    for n, action in enumerate(fixed.get("actions") or []):
        written = post.get(f"act-{n}-owners")
        if written is not None:
            action["owners"] = split_owners(written)
    return fixed


def split_owners(written: str) -> list[str]:
    for sep in ("&", ",", "/", " and "):
        written = written.replace(sep, "\n")
    return [w.strip() for w in written.splitlines() if w.strip()]


def attendance_rows(parsed: dict) -> list[dict]:
    return [
        {"n": n, "name": p.get("name", ""), "status": key, "role": p.get("role") or ""}
        for n, (key, p) in enumerate(
            (key, p) for key in ("present", "apologies", "absent") for p in parsed.get(key) or []
        )
    ]


def action_rows(parsed: dict) -> list[dict]:
    """Each action with the owners the parser could not tie to anyone, for highlighting."""
    initials = parsed.get("initials") or {}
    return [
        {
            "n": n, "text": a.get("text", ""), "due": a.get("due"),
            "owners": " & ".join(a.get("owners") or []),
            "unresolved": [o for o in a.get("owners") or [] if o in initials and not initials[o]],
        }
        for n, a in enumerate(parsed.get("actions") or [])
    ]


def meeting_date(parsed: dict):
    """The parse's ISO date as a date, for showing as a clerk writes it; None if it has none."""
    try:
        return date.fromisoformat(parsed.get("date") or "")
    except ValueError:
        return None
