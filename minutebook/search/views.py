from django.shortcuts import render

from minutebook.accounts.access import viewer
from minutebook.pagecache.models import MINUTES
from minutebook.pagecache.pages import cached_page, depends_on
from minutebook.search.backends import search as find
from minutebook.search.forms import SearchForm


# Results depend on the rows alone, never on the time of day.
@cached_page(seconds=600)
def search(request):
    v = viewer(request)
    form = SearchForm(request.GET, v)
    hits = []
    valid = form.is_valid()
    body = form.cleaned_data.get("body") if valid else None
    depends_on([body.pk] if body else form.fields["body"].queryset.values_list("pk", flat=True),
               MINUTES)
    if valid and form.cleaned_data["q"]:
        data = form.cleaned_data
        hits = find(
            v, data["q"], body=data["body"], person=data["person"], kinds=data["kind"],
            date_from=data["date_from"], date_to=data["date_to"],
        )
    ctx = {"form": form, "hits": hits, "query": form.data.get("q", "")}
    return render(request, "search/search.html", ctx)
