"""The combined report's model and its JSON (FORMATS.md section 2).

Renderers live beside it and import it, never the other way round: markdown.py, docx_render.py
(Word) and chart.py (the prevalence chart both of them and the HTML page show).

Structure follows a combined-feedback paper: a title naming the bodies and the paper, an
overview, "1. Thematic feedback" (themes raised by several bodies, with who said what), and
"2. Additional feedback from <body>" for points only one body raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .summaries import join_names


@dataclass
class Theme:
    key: str  # stable handle for clerk edits ("T-" + first point id, or the clerk's key)
    label: str
    summary: str
    point_ids: list[str]
    groups: list[str]

    @property
    def shared(self) -> bool:
        return len(self.groups) >= 2

    def to_json(self) -> dict:
        return {"label": self.label, "summary": self.summary, "point_ids": list(self.point_ids),
                "groups": list(self.groups), "shared": self.shared}


@dataclass
class Report:
    title: str
    bodies: list[str]
    paper: str | None
    overview: str
    themes: list[Theme]  # shared themes (two or more bodies)
    additional: dict[str, list[Theme]] = field(default_factory=dict)  # body -> its own themes
    unassigned: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # point id -> text, for rendering
    point_groups: dict[str, str] = field(default_factory=dict)  # point id -> group
    confidential: set[str] = field(default_factory=set)  # ids of points marked confidential

    def all_themes(self) -> list[Theme]:
        return self.themes + [t for body in self.bodies for t in self.additional.get(body, [])]

    def to_json(self) -> dict:
        return {"themes": [t.to_json() for t in self.all_themes()],
                "unassigned": list(self.unassigned)}

    def prevalence(self) -> list[tuple[str, dict[str, int]]]:
        """(theme label, {body: number of its points}) for every theme, for the chart."""
        rows = []
        for theme in self.all_themes():
            counts = {b: 0 for b in self.bodies}
            for pid in theme.point_ids:
                counts[self.point_groups.get(pid, "")] = counts.get(
                    self.point_groups.get(pid, ""), 0) + 1
            rows.append((theme.label, {b: counts[b] for b in self.bodies}))
        return rows

    def point_text(self, pid: str) -> str:
        """A point as the report prints it; a confidential one is marked so (only a clerk's
        report holds them: readers' reports leave them out before the report is built)."""
        text = self.texts.get(pid, "")
        return f"{text} (confidential)" if pid in self.confidential else text


def default_title(bodies: list[str], paper: str | None = None) -> str:
    """'Combined feedback from A and B' (the paper goes on the line below the title)."""
    return f"Combined feedback from {join_names(bodies)}" if bodies else "Combined feedback"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def default_overview(bodies: list[str], n_points: int, n_shared: int, n_specific: int,
                     n_unassigned: int, paper: str | None) -> str:
    """The opening paragraph, in the register of a clerk's combined feedback."""
    about = f" on {paper}" if paper else ""
    own = [plural(n_specific, "theme")] if n_specific else []
    own += [plural(n_unassigned, "single point")] if n_unassigned else []
    text = (f"The following summary gives an overview of the {plural(n_points, 'point')} made "
            f"by {join_names(bodies) or 'no body'}{about}. It is broken down into thematic "
            f"feedback, {plural(n_shared, 'theme')} raised by more than one body, and the "
            f"additional feedback each body gave on its own")
    return text + (f" ({' and '.join(own)})." if own else ", of which there is none.")
