"""`minutebook import` run in-process, as the tests of the command run it."""

import io

from django.core.management import call_command


def run_import(*args) -> tuple[int, str]:
    """The command's exit code and what it printed (the progress bar's stderr set aside)."""
    out = io.StringIO()
    try:
        call_command("import", *args, stdout=out, stderr=io.StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()
