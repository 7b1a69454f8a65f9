import pytest

from minutebook.minutes import parse_text


def names(people):
    return [p.name for p in people]


@pytest.mark.parametrize("label", ["Present", "Attendees", "Members present", "In attendance"])
def test_it_reads_each_present_label(label):
    parsed = parse_text(f"{label}: Ada Quarry, Ben Sallow and Cara Thorne\n")
    assert names(parsed.present) == ["Ada Quarry", "Ben Sallow", "Cara Thorne"]


@pytest.mark.parametrize("label", ["Apologies", "Apologies for absence", "Regrets"])
def test_it_reads_each_apologies_label(label):
    parsed = parse_text(f"Present: Ada Quarry\n{label}: Dan Umber; Eve Vale\n")
    assert names(parsed.apologies) == ["Dan Umber", "Eve Vale"]


def test_it_reads_absent_separately_from_apologies():
    parsed = parse_text("Present: Ada Quarry\nApologies: Dan Umber\nAbsent: Finn Wold\n")
    assert names(parsed.absent) == ["Finn Wold"]
    assert names(parsed.apologies) == ["Dan Umber"]


def test_it_reads_one_name_per_line_and_bullets_under_a_heading():
    parsed = parse_text("## Present\n\n* Ada Quarry\n- Ben Sallow\nCara Thorne\n\n"
                        "## Regrets\n* Dan Umber\n\n## Topics\n### Budget\n")
    assert names(parsed.present) == ["Ada Quarry", "Ben Sallow", "Cara Thorne"]
    assert names(parsed.apologies) == ["Dan Umber"]


def test_it_keeps_roles_and_written_initials():
    parsed = parse_text("Present: Jane Smith (Chair), Alan Barham (AB), [GH] Gail Hythe, "
                        "Cllr Ian Jory - Treasurer\n")
    people = {p.name: p for p in parsed.present}
    assert people["Jane Smith"].role == "Chair"
    assert people["Alan Barham"].initials == "AB"
    assert people["Gail Hythe"].initials == "GH"
    # Issue 13: a council title is a role, not part of the name.
    assert people["Ian Jory"].role == "Cllr; Treasurer"


def test_it_reads_apologies_written_as_a_sentence():
    parsed = parse_text("Present: Ada Quarry\n\n1. Welcome\nApologies were received from "
                        "Dan Umber and Eve Vale.\n")
    assert names(parsed.apologies) == ["Dan Umber", "Eve Vale"]


def test_it_cleans_links_pronouns_and_handles_from_markdown_names():
    parsed = parse_text("## Present\n* [Morag Tennant](https://example.org/m)\n"
                        "* Idris Bellamy (he/him) // chat:@idris\n* Ezra [@ezq](https://x.org)\n")
    assert names(parsed.present) == ["Morag Tennant", "Idris Bellamy", "Ezra"]


def test_it_counts_a_chair_listed_by_given_name_once(fixtures):
    parsed = parse_text((fixtures / "solid-style-notes.md").read_text())
    morag = [p for p in parsed.present if p.name.startswith("Morag")]
    assert [(p.name, p.role) for p in morag] == [("Morag Tennant", "Chair")]


def test_it_reads_a_members_table_cell_as_present():
    parsed = parse_text("\tMEMBERS and OFFICERS\n\tMrs Lark, Omar Finch\n\t\n")
    assert names(parsed.present) == ["Mrs Lark", "Omar Finch"]
