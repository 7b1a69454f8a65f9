"""A committee page from a council website: the minutes are read, the site around them not."""

from minutebook.minutes import parse_file, read_document

PAGE = """<!DOCTYPE html><html><head><title>Planning Committee - Brindlecombe</title>
<script>var tracker = "menu-open";</script><style>.mgHeader { color: red }</style></head>
<body><a class="skipLink" href="#content">Skip to main content</a>
<div id="cookieBanner">We use cookies to make this site work.</div>
<nav><ul><li>Home</li><li>Bins and recycling</li><li>Council tax</li></ul></nav>
<div class="breadcrumbs">Home &gt; Councillors &gt; Meetings</div>
<form><select name="committee"><option>All committees</option><option>Licensing</option>
</select><button>Search meetings</button>
<table width="100%"><tr><td id="content">
<h1 class="mgMainTitleTxt">Minutes of the Planning Committee</h1>
<p>Date: Wednesday 6 March 2024</p>
<p>Venue: Council Chamber, Brindlecombe Civic Centre</p>
<h2>Attendance details</h2>
<table class="mgStatsTable"><thead><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
</thead><tbody>
<tr><td>Councillor Hal Brightwater</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Yusra Penhallow</td><td>Committee Member</td><td>Apologies</td></tr>
<tr><td>Councillor Dai Morwenna</td><td>Committee Member</td><td>Absent</td></tr>
</tbody></table>
<div class="mgSubItemTitle"><h2>45. Land east of Quarry Lane</h2></div>
<div class="mgWordPara"><p>The officer presented the report on the
    proposed eight dwellings.</p></div>
<div class="mgDecision"><h3>Decision:</h3><p>RESOLVED that the application be approved.</p></div>
<div style="display: none">Print this page</div>
<p hidden>Subscribe to updates</p>
</td></tr></table></form>
<footer>Brindlecombe District Council, Civic Centre</footer></body></html>"""

FURNITURE = ["tracker", "mgHeader", "Skip to main", "cookies", "Bins and recycling",
             "Councillors >", "All committees", "Search meetings", "Print this page",
             "Subscribe", "Planning Committee - Brindlecombe"]


def blocks(tmp_path):
    (tmp_path / "minutes.html").write_text(PAGE)
    return read_document(tmp_path / "minutes.html")


def test_no_script_style_menu_or_form_text_is_read(tmp_path):
    text = "\n".join(b.text for b in blocks(tmp_path))
    assert not [word for word in FURNITURE if word in text]


def test_the_frame_round_the_page_is_read_as_the_body(tmp_path):
    found = [(b.kind, b.text) for b in blocks(tmp_path) if b.kind != "row"]
    assert found[:3] == [("heading", "Minutes of the Planning Committee"),
                         ("paragraph", "Date: Wednesday 6 March 2024"),
                         ("paragraph", "Venue: Council Chamber, Brindlecombe Civic Centre")]
    assert ("paragraph", "The officer presented the report on the proposed eight dwellings.") \
        in found


def test_the_attendance_table_gives_a_row_a_member(tmp_path):
    rows = [b.cells for b in blocks(tmp_path) if b.kind == "row"]
    assert rows == [("Attendee", "Role", "Attendance"),
                    ("Councillor Hal Brightwater", "Chair", "Present"),
                    ("Councillor Yusra Penhallow", "Committee Member", "Apologies"),
                    ("Councillor Dai Morwenna", "Committee Member", "Absent")]


def test_the_decision_in_its_div_follows_its_heading(tmp_path):
    found = [(b.kind, b.text) for b in blocks(tmp_path)]
    at = found.index(("heading", "Decision:"))
    assert found[at + 1] == ("paragraph", "RESOLVED that the application be approved.")


def test_the_parser_finds_the_date_venue_and_decision(tmp_path):
    (tmp_path / "minutes.html").write_text(PAGE)
    parsed = parse_file(tmp_path / "minutes.html")
    assert parsed.date == "2024-03-06"
    assert parsed.venue == "Council Chamber, Brindlecombe Civic Centre"
    assert any("application be approved" in d.text for d in parsed.decisions)
