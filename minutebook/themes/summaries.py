"""Theme summaries in a clerk's register: "Both forums felt that …; the Primary Forum added …".

A summary is one or two sentences. The first gives who raised the theme and its most typical
point (the one closest to the centre of all the theme's points), put into reported speech:
"I think we need clear measures" becomes "there is a need for clear measures". The second,
for a shared theme, says what one body stressed that the others did not: that body's own most
typical point, when it differs from the first. A point that cannot be put well (a question,
an unfinished fragment) gives way to the next most typical one; failing all, the summary
names the theme's heading.
"""

from __future__ import annotations

import re

import numpy as np

NUMBERS = {2: "Both", 3: "All three", 4: "All four", 5: "All five", 6: "All six"}
MAX_WORDS = 32  # a clause longer than this is cut at its last comma, or passed over
DISTINCT = 0.75  # a body's own point is "something else" below this cosine to the first
TRIES = 6  # most typical points tried before falling back to the heading

# First person into reported speech (the bodies become "they").
PERSON = [
    (r"\bi am\b|\bi'm\b", "they are"), (r"\bi was\b", "they were"),
    (r"\bi have\b|\bi've\b", "they have"), (r"\bi'd\b", "they would"),
    (r"\bi'll\b", "they will"), (r"\bwe're\b", "they are"), (r"\bwe've\b", "they have"),
    (r"\bwe'll\b", "they will"), (r"\bwe'd\b", "they would"), (r"\blet's\b", "they should"),
    (r"\bi\b", "they"), (r"\bwe\b", "they"), (r"(?-i:\b[Uu]s\b)", "them"), (r"\bour\b", "their"),
    (r"\bours\b", "theirs"), (r"\bourselves\b", "themselves"), (r"\bme\b", "them"),
    (r"\bmy\b", "their"), (r"\bmine\b", "theirs"), (r"\bmyself\b", "themselves"),
]
OPENERS = re.compile(
    r"^(?:(?:personally|honestly|frankly|overall|also|and|but|so|well|yes|no)\b,?\s*|"
    r"(?:in my (?:opinion|view)|in our (?:opinion|view)|for me|for us),?\s*|"
    r"(?:i|we) (?:really |strongly |do |would )?(?:think|believe|feel|felt|agree|suggest|"
    r"argue|say|said|consider)\b(?: that)?\s*|(?:it is|it's) (?:my|our) (?:view|opinion) "
    r"that\s*)+", re.IGNORECASE)
NEED = re.compile(r"^(?:they|there) (?:really )?needs? (to\b|an?\b|the\b|more\b|clear\b|)",
                  re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|we|us|our|ours|ourselves)\b|\b(?:i|we)'",
                          re.IGNORECASE)
DANGLING = {"a", "an", "and", "as", "at", "because", "but", "by", "for", "from", "in", "into",
            "is", "of", "on", "or", "so", "than", "that", "the", "their", "to", "with", "are",
            "be", "which", "who", "if", "when", "while", "not", "very", "more", "most"}


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def body_name(name: str) -> str:
    """'the Primary Forum' (a body's name as the subject of a sentence)."""
    return name if name.lower().startswith("the ") else f"the {name}"


def collective_noun(groups: list[str]) -> str:
    """'forums' when every group is called '... Forum', else 'bodies'."""
    last = {g.split()[-1].lower() for g in groups if g.split()}
    if len(last) == 1:
        word = last.pop()
        return word if word.endswith("s") else word + "s"
    return "bodies"


def who(groups: list[str], all_groups: list[str]) -> str:
    """Who raised a theme, as the subject of the summary's first sentence."""
    if len(groups) == 1:
        return capital(body_name(groups[0]))
    if len(groups) == len(all_groups):
        return f"{NUMBERS.get(len(groups), 'All')} {collective_noun(all_groups)}"
    return capital(join_names([body_name(g) for g in groups]))


def verb(groups: list[str]) -> str:
    return "was clear" if len(groups) == 1 else "felt"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|no)\.$", re.IGNORECASE)


def first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence (points often run on in lower case)."""
    text = " ".join(text.replace("…", "...").split())
    for end in re.finditer(r"[.!?]+(?=\s|$)", text):
        head = text[:end.end()]
        if not ABBREVIATIONS.search(head):
            return text[:end.start()] + ("?" if "?" in end.group() else "")
    return text


def reported(text: str, lower_ok) -> str | None:
    """The point's first statement (questions passed over) as a clause in reported speech,
    or None when it cannot be put well."""
    rest = " ".join(text.split())
    for _ in range(3):
        clause = first_sentence(rest)
        rest = rest[len(clause):].lstrip(" .!?")
        if not clause.endswith("?"):
            return put(clause, lower_ok)
        if not rest:
            break
    return None


def put(clause: str, lower_ok) -> str | None:
    clause = OPENERS.sub("", clause).strip(" ,;:-–—")
    for pattern, repl in PERSON:
        clause = re.sub(pattern, repl, clause, flags=re.IGNORECASE)
    clause = NEED.sub(need_phrase, clause)
    words = clause.split()
    if len(words) > MAX_WORDS:
        head = " ".join(words[:MAX_WORDS])
        cut = max(head.rfind(","), head.rfind(";"))
        if cut < len(head) // 2:
            return None
        clause = head[:cut]
    clause = clause.strip(" ,;:-–—\"'“”").rstrip(".!?")
    words = clause.split()
    if len(words) < 3 or words[-1].lower() in DANGLING or unbalanced(clause):
        return None
    first = words[0]
    if lower_ok(first):
        clause = first[:1].lower() + clause[1:]
    return clause


def need_phrase(match: re.Match) -> str:
    after = match.group(1).lower()
    if after == "to":
        return "there is a need to"
    return f"there is a need for {after}".rstrip() if after else "there is a need for"


def unbalanced(text: str) -> bool:
    return (text.count("(") != text.count(")") or text.count('"') % 2 == 1
            or text.count("“") != text.count("”"))


def reads_whole(sentence: str) -> bool:
    """A last guard: a summary never carries first person or an unfinished ending."""
    words = sentence.rstrip(".").split()
    return (bool(words) and sentence.endswith(".") and not FIRST_PERSON.search(sentence)
            and words[-1].lower() not in DANGLING and "…" not in sentence
            and ".." not in sentence)


def summarise(members: list[int], texts: list[str], groups_of: list[str], emb: np.ndarray,
              all_groups: list[str], label: str, lower_ok) -> str:
    """One or two sentences about the theme made of points `members` (indices)."""
    groups = sorted({groups_of[m] for m in members}, key=all_groups.index)
    order = by_centrality(members, emb)
    subject = who(groups, all_groups)
    main_index, main = None, None
    for m in order[:TRIES]:
        main = reported(texts[m], lower_ok)
        if main:
            main_index = m
            break
    if main is None:
        return f"{subject} raised {label[:1].lower() + label[1:]}." if label else \
            f"{subject} raised points that fit together."
    first = f"{subject} {verb(groups)} that {main}."
    if not reads_whole(first):
        return f"{subject} raised {label[:1].lower() + label[1:]}."
    second = added(members, texts, groups_of, emb, groups, main_index, lower_ok)
    return f"{first} {second}" if second else first


def added(members, texts, groups_of, emb, groups, main_index, lower_ok) -> str | None:
    """What another body stressed: its own most typical point, if it says something else."""
    if len(groups) < 2:
        return None
    said_by = groups_of[main_index]
    others = [g for g in groups if g != said_by]
    # The body with most points in the theme besides the one already quoted.
    others.sort(key=lambda g: -sum(1 for m in members if groups_of[m] == g))
    for body in others[:1]:
        own = [m for m in members if groups_of[m] == body]
        for m in by_centrality(own, emb)[:TRIES]:
            if float(emb[m] @ emb[main_index]) >= DISTINCT:
                continue
            clause = reported(texts[m], lower_ok)
            if clause:
                sentence = f"{capital(body_name(body))} added that {clause}."
                if reads_whole(sentence):
                    return sentence
    return None


def by_centrality(members: list[int], emb: np.ndarray) -> list[int]:
    if not members:
        return []
    centre = emb[members].mean(axis=0)
    scores = emb[members] @ centre
    return [members[i] for i in np.argsort(-scores, kind="stable")]


def lowercase_test(texts: list[str]):
    """A function telling whether a sentence's first word may be lower-cased once it follows
    "felt that": yes, unless the consultation writes that word capitalised in mid-sentence and
    never in lower case (a name: "Harrowvale", "Ofsted"), or it is an acronym ("SEN")."""
    lower, capital = set(), set()
    for text in texts:
        words = text.split()
        for before, word in zip(words, words[1:], strict=False):
            bare = word.strip(".,;:!?\"'()“”‘’")
            if not bare:
                continue
            if bare[:1].islower():
                lower.add(bare.lower())
            elif not before.endswith((".", "!", "?", ":")):
                capital.add(bare.lower())

    def ok(word: str) -> bool:
        bare = word.strip(".,;:!?\"'()“”‘’")
        if len(bare) > 1 and bare[1:2].isupper():
            return False
        key = bare.lower()
        return key == "i" or key in lower or key not in capital

    return ok
