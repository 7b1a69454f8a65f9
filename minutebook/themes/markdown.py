"""The combined report as Markdown (`minutebook combine --markdown`)."""

from __future__ import annotations

from .report import Report, Theme


def to_markdown(report: Report) -> str:
    lines = [f"# {report.title}", ""]
    if report.paper and report.paper not in report.title:
        lines += [f"*{report.paper}*", ""]
    lines += [report.overview, "", "## 1. Thematic feedback", ""]
    if not report.themes:
        lines += ["No theme was raised by more than one body.", ""]
    for theme in report.themes:
        lines += theme_lines(report, theme)
    lines += ["## 2. Additional feedback", ""]
    for body in report.bodies:
        own = report.additional.get(body, [])
        # A point that fits no theme was raised by this body alone: it is additional feedback.
        singles = [pid for pid in report.unassigned if report.point_groups.get(pid) == body]
        lines += [f"### Additional feedback from {body}", ""]
        if not own and not singles:
            lines += ["No further points.", ""]
        for theme in own:
            lines += theme_lines(report, theme)
        if singles:
            lines += [f"- {report.point_text(pid)} [{pid}]" for pid in singles] + [""]
    return "\n".join(lines).rstrip() + "\n"


def theme_lines(report: Report, theme: Theme) -> list[str]:
    lines = [f"**{theme.label}** ({', '.join(theme.groups)})", "", theme.summary, ""]
    lines += [f"- {report.point_text(pid)} — {report.point_groups.get(pid, '')} [{pid}]"
              for pid in theme.point_ids]
    return lines + [""]
