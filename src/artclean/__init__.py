"""artclean: turn raw article text files into clean, structured text.

>>> paragraph = "This is the article's own paragraph, and it says what the article says. " * 4
>>> article = extract("Site – A short title\\n\\n" + paragraph)
>>> article.title, article.site_name, len(article.paragraphs)
('A short title', 'Site', 1)
"""

from .config import Config
from .errors import ArtcleanError, BinaryInputError, ConfigError, DecodeError, InputTooLargeError
from .model import Article, BoilerplateItem, Decoded, Kind, Label
from .pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "ArtcleanError",
    "Article",
    "BinaryInputError",
    "BoilerplateItem",
    "Config",
    "ConfigError",
    "DecodeError",
    "Decoded",
    "InputTooLargeError",
    "Kind",
    "Label",
    "__version__",
    "extract",
]
