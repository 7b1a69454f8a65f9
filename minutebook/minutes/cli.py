"""`minutebook parse FILE [--json]`: one minutes document in, its parse out."""

from __future__ import annotations

import argparse
import json
import sys

from . import MinutesError, ParsedMinutes, parse_file

PROG = "minutebook parse"


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description="Parse one minutes document.")
    parser.add_argument("file", help=".txt, .md, .docx, .odt, .html, .pdf (scans by OCR), .doc, .rtf or .wpd")
    parser.add_argument("--json", action="store_true", help="print the JSON object")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage line
        return int(exc.code or 0) if exc.code in (0, None) else 2
    try:
        parsed = parse_file(args.file)
    except MinutesError as err:
        print(f"{PROG}: {args.file}: {err.reason}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(parsed.to_json(), indent=2, ensure_ascii=False))
    else:
        print(summary(parsed))
    return 0


def summary(parsed: ParsedMinutes) -> str:
    lines = [
        f"{parsed.title or 'Minutes'}: {parsed.body or '(body not found)'}",
        f"Date: {parsed.date or '(not found)'}" + (f"   Venue: {parsed.venue}"
                                                   if parsed.venue else ""),
        f"Present {len(parsed.present)}, apologies {len(parsed.apologies)}, "
        f"absent {len(parsed.absent)}",
        f"Items {len(parsed.items)}, actions {len(parsed.actions)}, "
        f"decisions {len(parsed.decisions)}, next meetings {len(parsed.next_meetings)}",
    ]
    if parsed.warnings:
        lines.append(f"Warnings ({len(parsed.warnings)}):")
        lines.extend(f"  - {w}" for w in parsed.warnings)
    return "\n".join(lines)


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
