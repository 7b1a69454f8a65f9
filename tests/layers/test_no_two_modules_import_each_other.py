"""No import cycles: loading a module never needs a module that needs it back.

In the themes engine that holds even for imports made inside a function, so the report model
and its renderers (docx_render, markdown) can never import each other.
"""

from layers_support import imports, sources, within


def cycles(names, top_level_only: bool) -> list[list[str]]:
    """Each set of modules that import one another, round a loop (Tarjan's algorithm)."""
    graph = {n: sorted(i for i in imports(n, top_level_only) if i in names and i != n) for n in names}
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            loop = []
            while not loop or loop[-1] != v:
                loop.append(stack.pop())
                on_stack.discard(loop[-1])
            if len(loop) > 1:
                found.append(sorted(loop))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_module_of_minutebook_imports_back_a_module_it_is_loaded_by():
    assert cycles(set(sources()), top_level_only=True) == []


def test_no_two_modules_of_the_themes_engine_import_each_other_even_inside_a_function():
    themes = {n for n in sources() if within(n, "minutebook.themes")}
    assert cycles(themes, top_level_only=False) == []


def test_the_report_model_imports_none_of_its_renderers():
    renderers = {"minutebook.themes.docx_render", "minutebook.themes.markdown"}
    assert imports("minutebook.themes.report") & renderers == set()
    assert "minutebook.themes.report" in imports("minutebook.themes.docx_render")


def test_a_loop_is_found_where_there_is_one():
    # Imports inside functions do loop here (models, sealing and querysets call each other),
    # so the same search finds that loop when it is told to count them.
    meetings = {n for n in sources() if within(n, "minutebook.meetings")}
    assert ["minutebook.meetings.models", "minutebook.meetings.querysets",
            "minutebook.meetings.sealing"] in cycles(meetings, top_level_only=False)
