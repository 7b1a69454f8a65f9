import pytest
from django.contrib import admin
from django.urls import reverse

MODELS = [m for m in admin.site._registry if m._meta.app_label not in ("auth",)]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_the_admin_lists_and_opens_each_model(client, demo, model):
    admin_client = client
    assert admin_client.login(username="admin", password="minutebook-demo")
    meta = model._meta
    listing = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
    assert listing.status_code == 200
    first = model.objects.first()
    if first is not None:
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[first.pk])
        assert admin_client.get(url).status_code == 200


def test_every_domain_model_is_in_the_admin():
    labels = {m._meta.label for m in MODELS}
    for label in ("bodies.Area", "bodies.School", "bodies.Person", "bodies.Body",
                  "bodies.Membership", "meetings.Meeting", "meetings.Action",
                  "meetings.MinutesApproval", "meetings.Amendment", "consultations.Consultation",
                  "documents.Document"):
        assert label in labels
