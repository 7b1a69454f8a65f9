"""The `minutebook` console script.

Commands that need no database (parse, combine) run without loading Django, so they stay
fast and work anywhere. The rest are Django management commands run with our settings.
"""

import os
import sys

COMMANDS = {
    "serve": "serve the web app with gunicorn (static files through whitenoise)",
    "migrate": "create or upgrade the database tables",
    "demo": "load the demo workspace (a fictional county's forums)",
    "createuser": "create a login, optionally linked to a person and made admin",
    "parse": "read one minutes document and print its structure (--json); no database",
    "combine": "combine several groups' points (CSV) into shared themes (--json); no database",
    "import": "import minutes documents (files or folders) into a body's meetings",
    "export": "a body as open data JSON (--body), or a backup of everything (--all -o FILE)",
    "import_opendata": "read a body back from an open data JSON file",
    "restore": "restore a backup made by `export --all` into an empty database",
    "send_reminders": "email action owners and clerks before their next meeting",
    "manage": "run any other administrative command (manage --help lists them)",
}

USAGE = "usage: minutebook COMMAND [ARGS]\n\ncommands:\n" + "\n".join(
    f"  {name:<11} {text}" for name, text in COMMANDS.items()
) + "\n\nRun `minutebook COMMAND --help` for a command's options.\n"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        sys.stdout.write(USAGE)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "parse":
        from minutebook.minutes.cli import run

        return run(rest)
    if command == "combine":
        from minutebook.themes.cli import run as combine

        return combine(rest)
    if command not in COMMANDS:
        sys.stderr.write(f"minutebook: unknown command {command!r}\n\n{USAGE}")
        return 2
    if command == "manage":
        command, rest = (rest[0], rest[1:]) if rest else ("help", [])
    return run_django(command, rest)


def run_django(command: str, args: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.settings")
    from minutebook.env import ConfigError

    try:
        import django

        django.setup()
    except ConfigError as exc:
        sys.stderr.write(f"minutebook: configuration error: {exc}\n")
        return 3
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["minutebook", command, *args])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
