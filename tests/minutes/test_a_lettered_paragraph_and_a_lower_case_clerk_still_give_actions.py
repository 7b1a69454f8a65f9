import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of Tillbrook Parish Council held on 3 March 2004\n\n"
        "Present: Mr A Quill (Chairman), Mr B Rook, Mrs C Sallow\n\n4. Police and highways\n")


@pytest.mark.parametrize(("line", "owner"), [
    ("(b) Mr Rook agreed to produce a poster for the village shop.", "Mr Rook"),
    ("(c) Mrs Sallow will meet the highway engineer about the sign.", "Mrs Sallow"),
    ("ii) Mr Quill to ask the police for a speed check.", "Mr Quill"),
])
def test_a_letter_or_numeral_in_front_of_the_paragraph_does_not_hide_the_owner(line, owner):
    parsed = parse_text(HEAD + line + "\n")
    assert [a.owners for a in parsed.actions] == [[owner]], parsed.actions


@pytest.mark.parametrize("line", [
    "The bus shelter glass is cracked - clerk to contact the council again.",
    "The bus shelter glass is cracked. clerk to report it to the council.",
])
def test_a_clerk_written_in_lower_case_owns_the_action(line):
    parsed = parse_text(HEAD + line + "\n")
    assert [a.owners for a in parsed.actions] == [["clerk"]], parsed.actions


def test_lower_case_words_that_are_not_roles_are_still_no_owners():
    parsed = parse_text(HEAD + "The glass is cracked - residents to be told by letter.\n")
    assert parsed.actions == []
