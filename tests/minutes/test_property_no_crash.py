import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutebook.minutes import MinutesError, parse_text, readers

WORDS = ["ACTION:", "RESOLVED", "Present:", "Apologies:", "NB", "1.", "2.1", "\t", "\n",
         "AB", "&", "to", "27 January 2010", "Part 2", "## ", "* ", "@x:", "[ACTION]",
         "Minutes", "Date:", "next meeting", "(", ")", "//", "✅"]
TEXTS = st.lists(st.one_of(st.sampled_from(WORDS), st.text(string.printable, max_size=12)),
                 max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_parse_text_raises_nothing_but_minutes_error(text):
    try:
        parse_text(text).to_json()
    except MinutesError:
        pass


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(readers.SUPPORTED))
def test_reading_random_bytes_raises_nothing_but_minutes_error(data, ext):
    try:
        readers.read_bytes(data, ext, "x" + ext)
    except MinutesError:
        pass
