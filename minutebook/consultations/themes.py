"""Between the consultation records and the pure theme engine (minutebook.themes)."""

from django.db import transaction
from django.utils import timezone

from minutebook.consultations.models import Consultation, JobStatus, Point, Theme, ThemeJob
from minutebook.themes import report as report_model
from minutebook.themes.engine import Constraints
from minutebook.themes.engine import Point as EnginePoint


def engine_id(point: Point) -> str:
    return f"P{point.pk:06d}"


def points_of(consultation) -> list[Point]:
    return list(Point.objects.filter(response__consultation=consultation)
                .select_related("response__body", "theme"))


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


def report_of(consultation, points, confidential=frozenset()) -> report_model.Report:
    """The combined report as it stands in the database (after the clerk's edits), made of
    `points` only: the views choose which points a reader may see. Points whose ids are in
    `confidential` (engine ids) are marked so in the report."""
    bodies = [b.name for b in consultation.bodies.all()]
    groups = {engine_id(p): p.response.body.name for p in points}
    by_theme: dict[int, list[str]] = {}
    for p in points:
        if p.theme_id:
            by_theme.setdefault(p.theme_id, []).append(engine_id(p))
    shared, additional = [], {b: [] for b in bodies}
    for theme in consultation.themes.all():
        ids = by_theme.get(theme.pk)
        if not ids:
            continue
        in_groups = sorted({groups[i] for i in ids}, key=lambda g: (g not in bodies, bodies.index(g) if g in bodies else 0, g))
        row = report_model.Theme(theme.key, theme.label, theme.summary, ids, in_groups)
        if len(in_groups) > 1:
            shared.append(row)
        else:
            additional.setdefault(in_groups[0], []).append(row)
    unassigned = [engine_id(p) for p in points if not p.theme_id]
    overview = report_model.default_overview(
        bodies, len(points), len(shared), sum(len(v) for v in additional.values()),
        len(unassigned), consultation.title)
    return report_model.Report(
        title=report_model.default_title(bodies), bodies=bodies,
        paper=consultation.title, overview=overview, themes=shared,
        additional=additional, unassigned=unassigned,
        texts={engine_id(p): p.text for p in points}, point_groups=groups,
        confidential=set(confidential),
    )


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
