import os
import sys

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.settings")

try:
    application = get_wsgi_application()
except Exception as exc:  # a bad setting must stop the server with one line, not a traceback
    from minutebook.env import ConfigError

    if isinstance(exc, ConfigError):
        sys.stderr.write(f"minutebook: configuration error: {exc}\n")
        sys.exit(3)
    raise
