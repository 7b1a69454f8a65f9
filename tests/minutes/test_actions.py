import pytest

from minutebook.minutes import parse_text

HEAD = "Date: 9 February 2011\nPresent: Alan Barham, Dora Tallis, Roman Pike\n\n1. Business\n"


def actions(text):
    return [(a.text, a.owners, a.due) for a in parse_text(HEAD + text).actions]


@pytest.mark.parametrize("line", ["ACTION: AB to send the letter.",
                                  "Action: AB to send the letter.",
                                  "ACTION – AB to send the letter.",
                                  "[ACTION] AB: send the letter.",
                                  "AB to send the letter."])
def test_it_finds_each_way_of_writing_an_action(line):
    [(text, owners, _)] = actions(line)
    assert owners == ["AB"]
    assert "send the letter" in text


@pytest.mark.parametrize("who", ["AB & DT", "AB and DT", "AB/DT"])
def test_it_makes_one_action_with_two_owners(who):
    assert actions(f"{who} to follow up outside the meeting.")[0][1] == ["AB", "DT"]


def test_it_keeps_owners_as_written():
    assert actions("ACTION: Directors to review the plan.")[0][1] == ["Directors"]
    assert actions("ACTION: Roman to book the room.")[0][1] == ["Roman"]
    assert actions("@Roman: book the room")[0][1] == ["Roman"]


def test_it_gives_an_action_without_a_named_owner_no_owners():
    assert actions("ACTION: Circulate the papers.")[0][1] == []
    assert actions("ACTION – Directors to be invited to the next meeting.")[0][1] == []


def test_it_takes_an_explicit_due_date():
    assert actions("ACTION: AB to reply by 1 March 2011.")[0][2] == "2011-03-01"


def test_it_dates_by_the_next_meeting_when_that_date_is_known():
    found = actions("ACTION: AB to report by the next meeting.\n\n"
                    "2. Date of next meeting\nThe next meeting will be on 16 March 2011.\n")
    assert found[0][2] == "2011-03-16"


def test_it_leaves_due_empty_when_the_next_meeting_is_unknown():
    assert actions("ACTION: AB to report at the next meeting.")[0][2] is None


def test_it_splits_one_line_naming_several_owners_into_actions():
    found = actions("ACTION: AB to draft. DT to review the draft. He will check the venue.")
    assert [(t, o) for t, o, _ in found] == [("AB to draft.", ["AB"]),
                                             ("DT to review the draft. He will check the venue.",
                                              ["DT"])]


def test_it_reads_owners_written_after_the_task():
    assert actions("ACTION: Follow up in issue 12. AB, DT.")[0][1] == ["AB", "DT"]


def test_it_reads_will_after_the_meeting_as_an_action():
    found = actions("Following the meeting DT will draft a plan in order to save time.")
    assert found == [("DT will draft a plan", ["DT"], None)]


def test_it_does_not_repeat_an_action_restated_in_the_summary(fixtures):
    parsed = parse_text((fixtures / "solid-style-notes.md").read_text())
    texts = [a.text for a in parsed.actions]
    assert texts.count("IB to order the remaining butts.") == 1
    assert not any("both sites" in t for t in texts)
    assert ("Ezra: draft the newsletter", ["Ezra"]) in [(a.text, a.owners)
                                                        for a in parsed.actions]


def test_it_does_not_take_reported_speech_as_an_action():
    assert actions("AB asked members to think about governance.") == []


@pytest.mark.parametrize("line", ["ACTION: Write to the transport team about the late buses.",
                                  "ACTION – Report to all heads on the outcome.",
                                  "ACTION: Send to them the revised timetable."])
def test_a_verb_before_to_the_is_not_taken_for_an_owner(line):
    [(text, owners, _)] = actions(line)
    assert owners == []
    assert text.split()[0] in ("Write", "Report", "Send")


def test_a_known_person_or_role_before_to_the_stays_the_owner():
    assert actions("ACTION: Roman to the planning group with costings.")[0][1] == ["Roman"]
    assert actions("ACTION: Directors to all schools by Friday.")[0][1] == ["Directors"]
