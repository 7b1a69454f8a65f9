"""Between the consultation records and the pure theme engine (minutebook.themes)."""

from django.db import transaction
from django.utils import timezone

from minutebook.consultations.models import Consultation, JobStatus, Point, Theme, ThemeJob
from minutebook.themes import report as report_model
from minutebook.themes.engine import Constraints
from minutebook.themes.engine import Point as EnginePoint


def engine_id(point: Point) -> str:
    return f"P{point.pk:06d}"


def points_of(consultation, viewer=None) -> list[Point]:
    """Every point (for the engine, which runs for the clerk), or those a viewer may read."""
    qs = Point.objects.filter(response__consultation=consultation)
    if viewer is not None:
        qs = qs.visible_to(viewer)
    return list(qs.select_related("response__body", "theme", "entry__item__meeting"))


def withheld_in(consultation, viewer) -> set[int]:
    """Themes holding a point this viewer may not read: their label and summary, drawn
    from every point, could tell what it says, so the viewer gets neither."""
    hidden = (Point.objects.filter(response__consultation=consultation, theme__isnull=False)
              .exclude(pk__in=Point.objects.visible_to(viewer).values("pk")))
    return set(hidden.values_list("theme_id", flat=True))


def stand_in(texts: list[str]) -> tuple[str, str]:
    """A label and summary for a theme shown without some of its points: words of the
    points this reader may read, and nothing the engine drew from the others."""
    words = texts[0].split() if texts else []
    label = " ".join(words[:8]).rstrip(",;:.") + ("…" if len(words) > 8 else "")
    return label or "Other points", "Some points of this theme are not shown to you."


def constraints_of(consultation, points) -> Constraints:
    """The clerk's edits, as the engine understands them: moved points are pinned to their
    theme, renamed themes keep their label, points marked specific stay with their group."""
    pinned = {engine_id(p): p.theme.key for p in points if p.pinned and p.theme_id}
    labels = {t.key: t.label for t in consultation.themes.filter(edited_by_clerk=True)}
    specific = {engine_id(p) for p in points if p.specific_to_group}
    return Constraints(pinned=pinned, labels=labels, specific=specific)


def run_engine(consultation: Consultation, progress=None, embedder=None) -> report_model.Report:
    from minutebook.themes.engine import combine

    points = points_of(consultation)
    report = combine(
        [EnginePoint(engine_id(p), p.response.body.name, p.text) for p in points],
        embedder=embedder, progress=progress, constraints=constraints_of(consultation, points),
        paper=consultation.title,
    )
    store(consultation, report, {engine_id(p): p for p in points})
    return report


@transaction.atomic
def store(consultation, report, by_id):
    """Write the engine's themes back; clerk-edited labels stay as the clerk wrote them."""
    kept = set()
    for order, theme in enumerate(report.all_themes()):
        row, _ = Theme.objects.get_or_create(consultation=consultation, key=theme.key,
                                             defaults={"label": theme.label[:200]})
        if not row.edited_by_clerk:
            row.label = theme.label[:200]
        row.summary, row.shared, row.order = theme.summary, theme.shared, order
        row.save()
        kept.add(row.pk)
        Point.objects.filter(pk__in=[by_id[i].pk for i in theme.point_ids]).update(theme=row)
    Point.objects.filter(pk__in=[by_id[i].pk for i in report.unassigned]).update(theme=None)
    consultation.themes.exclude(pk__in=kept).delete()
    if report.overview and not consultation.overview:
        consultation.overview = report.overview
        consultation.save(update_fields=["overview"])


def report_of(consultation, viewer) -> report_model.Report:
    """The combined report as it stands in the database (after the clerk's edits), made of
    the points this viewer may read; those not for everyone say so beside their text."""
    points = points_of(consultation, viewer)
    withheld = withheld_in(consultation, viewer)
    bodies = [b.name for b in consultation.bodies.all()]
    groups = {engine_id(p): p.response.body.name for p in points}
    by_theme: dict[int, list[Point]] = {}
    for p in points:
        if p.theme_id:
            by_theme.setdefault(p.theme_id, []).append(p)
    shared, additional = [], {b: [] for b in bodies}
    for theme in consultation.themes.all():
        mine = by_theme.get(theme.pk)
        if not mine:
            continue
        ids = [engine_id(p) for p in mine]
        in_groups = sorted({groups[i] for i in ids}, key=lambda g: (
            g not in bodies, bodies.index(g) if g in bodies else 0, g))
        label, summary = theme.label, theme.summary
        if theme.pk in withheld:
            label, summary = stand_in([p.text for p in mine])
        row = report_model.Theme(theme.key, label, summary, ids, in_groups)
        if len(in_groups) > 1:
            shared.append(row)
        else:
            additional.setdefault(in_groups[0], []).append(row)
    unassigned = [engine_id(p) for p in points if not p.theme_id]
    # Counted from the themes as this reader sees them: nothing drawn from withheld points.
    overview = report_model.default_overview(
        bodies, len(points), len(shared), sum(len(v) for v in additional.values()),
        len(unassigned), consultation.title)
    return report_model.Report(
        title=report_model.default_title(bodies), bodies=bodies,
        paper=consultation.title, overview=overview, themes=shared,
        additional=additional, unassigned=unassigned,
        texts={engine_id(p): draft_marked(p) for p in points}, point_groups=groups,
        confidential={engine_id(p) for p in points if p.mark == "confidential"},
    )


def draft_marked(point) -> str:
    """The report marks confidential points itself; one from draft minutes says so here."""
    return f"{point.text} ({point.mark})" if point.mark == "from draft minutes" else point.text


def theme_rows(consultation, viewer, points) -> tuple[list[tuple[Theme, list[Point]]], list]:
    """The consultation page's themes, each with the points this viewer may read, and a
    stand-in label and summary where some of its points are withheld from them; and every
    theme (so labelled) for the clerk's move and merge choices."""
    withheld = withheld_in(consultation, viewer)
    every, rows = list(consultation.themes.all()), []
    for theme in every:
        mine = [p for p in points if p.theme_id == theme.pk]
        if theme.pk in withheld:
            theme.label, theme.summary = stand_in([p.text for p in mine])
        if mine:
            rows.append((theme, mine))
    return rows, every


def queue(consultation) -> ThemeJob:
    return consultation.jobs.active().first() or ThemeJob.objects.create(
        consultation=consultation)


def claim_next() -> ThemeJob | None:
    """The oldest waiting job, taken by exactly one worker even with several servers."""
    with transaction.atomic():
        qs = ThemeJob.objects.filter(status=JobStatus.QUEUED).order_by("created")
        job = qs.select_for_update(skip_locked=True).first()
        if job is None:
            return None
        job.status, job.started = JobStatus.RUNNING, timezone.now()
        job.save()
        return job


def run_job(job: ThemeJob, embedder=None) -> ThemeJob:
    def progress(stage, done, total):
        ThemeJob.objects.filter(pk=job.pk).update(stage=stage[:60], done=done, total=total)

    try:
        run_engine(job.consultation, progress=progress, embedder=embedder)
        job.status = JobStatus.DONE
    except Exception as exc:  # noqa: BLE001 - the job records any failure for the clerk
        job.status, job.error = JobStatus.FAILED, f"{type(exc).__name__}: {exc}"[:2000]
    job.refresh_from_db(fields=["stage", "done", "total"])
    job.finished = timezone.now()
    job.save()
    return job
