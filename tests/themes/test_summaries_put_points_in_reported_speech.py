import re

from minutebook.themes.engine import Point, combine
from minutebook.themes.summaries import reported

FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|we|us|our|ours|ourselves)\b|\b(i|we)'",
                          re.IGNORECASE)


def keep(word):
    return True


def test_first_person_becomes_reported_speech():
    assert reported("We need a named officer for each cluster.", keep) == \
        "there is a need for a named officer for each cluster"
    assert reported("I think our members were never asked.", keep) == \
        "their members were never asked"
    assert reported("In my view we should meet termly.", keep) == "they should meet termly"


def test_a_question_gives_way_to_the_statement_after_it():
    assert reported("Who pays for it? Nobody has costed the plan.", keep) == \
        "nobody has costed the plan"
    assert reported("Who pays for it?", keep) is None


def test_a_point_that_cannot_be_put_whole_is_passed_over():
    assert reported("The review, and", keep) is None
    assert reported("Fine", keep) is None


def test_a_shared_summary_says_who_felt_it_and_what_another_body_added(fake):
    rows = [
        Point("A1", "Westholm Forum", "We need more crossing patrols outside the schools"),
        Point("A2", "Westholm Forum", "Crossing patrols outside schools are too few"),
        Point("B1", "Ridgeway Forum", "Crossing patrols at schools should be paid properly"),
        Point("B2", "Ridgeway Forum", "More crossing patrols at schools near the bypass"),
    ]
    report = combine(rows, embedder=fake)
    [theme] = [t for t in report.all_themes() if t.shared]
    assert theme.summary.startswith("Both forums felt that ")
    assert not FIRST_PERSON.search(theme.summary)
    assert theme.summary.endswith(".")
    sentences = [s for s in theme.summary.split(". ") if s]
    assert 1 <= len(sentences) <= 2
    if len(sentences) == 2:
        assert re.match(r"The (Westholm|Ridgeway) Forum added that ", sentences[1])


def test_a_name_keeps_its_capital_and_a_common_word_loses_it(fake):
    rows = [
        Point("C1", "Hill Forum", "Ofsted visits put pressure on small schools"),
        Point("C2", "Dale Forum", "Ofsted visits add pressure on small schools"),
        Point("C3", "Hill Forum", "Staff say Ofsted visits bring pressure to small schools"),
    ]
    summary = combine(rows, embedder=fake).all_themes()[0].summary
    assert "that Ofsted visits" in summary
