"""Variant B of the session 45 study: the NER reads the shared tok2vec (listener) concatenated
with a small embedding of its own (hash embeddings of NORM and SHAPE, no CNN), so that word
identity, which the frozen tagger/parser features compress away, reaches the NER."""

from spacy.ml.models.tok2vec import (
    MultiHashEmbed,
    Tok2VecListener,  # type: ignore[attr-defined]
)
from spacy.tokens import Doc  # noqa: F401
from spacy.util import registry
from thinc.api import concatenate


@registry.architectures("distill45.ListenerPlusEmbed.v1")
def listener_plus_embed(width: int, upstream: str, embed_width: int, rows: list[int]):
    listener = Tok2VecListener(upstream_name=upstream, width=width)
    embed = MultiHashEmbed(
        width=embed_width, attrs=["NORM", "SHAPE"], rows=rows, include_static_vectors=False
    )
    model = concatenate(listener, embed)
    model.set_dim("nO", width + embed_width)
    return model
