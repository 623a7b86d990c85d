"""The base of the errors `quotes` raises (re-exported as `quotes.QuotesError` and `quotes.extract.QuotesError`)."""


class QuotesError(Exception):
    """Base class for the errors `quotes` raises."""
