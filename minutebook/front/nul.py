from django.http import HttpResponseBadRequest


class RejectNulMiddleware:
    """A NUL character in the address or a form has no meaning to us, and PostgreSQL refuses
    it in queries: answer 400 at the door instead of failing deep inside."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or has_nul(request.GET) or (
            request.method == "POST" and has_nul(request.POST)
        ):
            return HttpResponseBadRequest("Null characters are not allowed.",
                                          content_type="text/plain")
        return self.get_response(request)


def has_nul(query) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values)
               for key, values in query.lists())


class NumberTooLargeMiddleware:
    """An id or number past what the database holds (SQLite raises OverflowError for any
    integer beyond 64 bits) is the caller's mistake: 400, never 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            return HttpResponseBadRequest("A number in the request is too large.",
                                          content_type="text/plain")
        return None
