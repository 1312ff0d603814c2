"""quotekit: find the quotations in news text and say who said them.

>>> from quotekit import extract_quotes
>>> [q.speaker.name for q in extract_quotes('"We will win," Jane Roe said.')]
['Jane Roe']
"""

from quotekit._api import extract_quotes
from quotekit._config import Config, Stages
from quotekit._errors import BackendUnavailable, ConfigError, QuotekitError
from quotekit._lexicon import Lexicon, default_lexicon
from quotekit._records import to_records
from quotekit._types import CueClass, Quote, QuoteKind, Span, Speaker, SpeakerKind
from quotekit.extractor import QuoteExtractor

__all__ = [
    "BackendUnavailable",
    "Config",
    "ConfigError",
    "CueClass",
    "Lexicon",
    "Quote",
    "QuoteExtractor",
    "QuoteKind",
    "QuotekitError",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Stages",
    "__version__",
    "default_lexicon",
    "extract_quotes",
    "to_records",
]

__version__ = "0.1.0"
