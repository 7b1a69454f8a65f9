"""Settings for minutebook, read from the environment (see README: Configuration)."""

import os
from pathlib import Path

from minutebook.env import (
    ConfigError,
    database_from_url,
    env_addresses,
    env_bool,
    env_int,
    env_list,
    env_str,
    secret_key,
)

BASE_DIR = Path(env_str("MINUTEBOOK_HOME", os.getcwd())).resolve()
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = secret_key(VAR_DIR)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_NAME = env_str("SITE_NAME", "minutebook")
SITE_ROOT = env_str("SITE_ROOT", "http://127.0.0.1:8000")

DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", "sqlite:///var/minutebook.sqlite3"), BASE_DIR
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "minutebook.accounts",
    "minutebook.bodies",
    "minutebook.meetings",
    "minutebook.consultations",
    "minutebook.documents",
    "minutebook.search",
    "minutebook.audit",
    "minutebook.exports",
    "minutebook.opendata",
    "minutebook.api",
    "minutebook.pagecache",
    "minutebook.front",
    "minutebook.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "minutebook.front.middleware.ContentSecurityPolicyMiddleware",
    "minutebook.front.nul.RejectNulMiddleware",
    "minutebook.front.nul.NumberTooLargeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "minutebook.pagecache.pages.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "minutebook.audit.recorder.AuditMiddleware",
]

ROOT_URLCONF = "minutebook.urls"
WSGI_APPLICATION = "minutebook.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "minutebook.front.context.site",
            ]
        },
    }
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# Django's own backend stays listed so that sessions begun before this one was used still work.
AUTHENTICATION_BACKENDS = ["minutebook.accounts.backends.PersonBackend",
                           "django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "login"
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_WINDOW_MINUTES = env_int("LOGIN_FAILURE_WINDOW_MINUTES", 15)
# Reverse proxies whose X-Forwarded-For is believed (their addresses, comma-separated).
TRUSTED_PROXIES = env_addresses("TRUSTED_PROXIES")
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# whitenoise warns at every start when the folder is missing; collectstatic fills it.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Tests and `make run` serve without a collectstatic step on the finder's files.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 50 * 1024 * 1024)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "minutebook <clerk@localhost>")

# Rendered pages (see minutebook.pagecache), shared by the server's processes through files;
# every server keeps its own. PAGE_CACHE_ENTRIES=0 keeps none.
PAGE_CACHE_ENTRIES = env_int("PAGE_CACHE_ENTRIES", 5000)
CACHES = {
    "default": {
        "BACKEND": "minutebook.pagecache.storage.PageFiles",
        "LOCATION": str(VAR_DIR / "cache" / "pages"),
        "OPTIONS": {"MAX_ENTRIES": PAGE_CACHE_ENTRIES},
    } if PAGE_CACHE_ENTRIES > 0 else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Served over TLS (directly or behind a proxy that sets X-Forwarded-Proto): secure cookies,
# HSTS and a redirect from plain HTTP.
HTTPS = env_bool("HTTPS", False)
if HTTPS or env_bool("SECURE_COOKIES", False):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# No inline scripts anywhere: every script is a static file.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

__all__ = ["ConfigError"]
