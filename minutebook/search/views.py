from django.http import HttpResponse


def search(request):
    return HttpResponse("Search is coming.")
