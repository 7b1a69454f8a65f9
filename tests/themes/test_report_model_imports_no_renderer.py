import subprocess
import sys


def test_the_report_model_loads_without_any_renderer():
    code = ("import sys, minutebook.themes.report; "
            "print(sorted(m for m in sys.modules if m.startswith('minutebook.themes.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    for renderer in ("docx_render", "markdown", "chart"):
        assert f"minutebook.themes.{renderer}" not in out
