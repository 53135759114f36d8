"""What each signal of a headline candidate weighs in the choice of the headline."""

from types import MappingProxyType
from typing import Final

# What each signal adds to a candidate's log-odds of being the headline, fitted by
# benchmarks/fit_headline.py on fixtures/real's development pages, rounded so no page decides.
WEIGHTS: Final = MappingProxyType(
    {
        "bias": -2.0,  # a line with no signal at all
        "echo": 6.0,  # the share of its words the lead repeats
        "near_dateline": 1.5,  # a dateline or byline just below (or above) it
        "repeated": 1.0,  # the page prints it again
        "glued": -2.0,  # another candidate with more glued on: a title and machinery
        "first": 1.5,  # the first candidate, decaying for later ones
        "length": 1.5,  # four words or more (two or fewer: as much taken off)
        "long": -5.0,  # more words than a headline has: a deck, a lead's copy
        "sentence": -5.0,  # a finished sentence or a colon's lead-in: a lead, a caption, a label
        "caption": -5.0,  # a photo caption or credit
        "after_body": -3.0,  # below the first paragraph, with no dateline right below it
        "dated": -1.0,  # it states a time: a dateline, a widget, a feed's item
        "lower_case": -3.5,  # no capital in a cased script (an alt text, a slug), or a line's rest
        "machinery": -2.5,  # the machinery rules call it a widget or a section label
        "site": -3.0,  # the machinery rules call it an outlet's name
        "listing": -2.5,  # the page is a listing: many story heads, none printed again; a feed
        "lead_echo": 1.5,  # the share of its words the paragraph below it repeats
        "restates_above": -2.0,  # it repeats a candidate just above: a deck, a subhead
        "before_lead": 0.5,  # few headline-shaped lines between it and the first paragraph
        "address": -5.0,  # it holds a web address or a telephone number: a source's, a contact's
        "deck": -2.5,  # another story's head stands just above it: it is that head's deck
        "quoted_head": 1.5,  # a quotation printed whole, with its deck right below it
        "flagged": 1.0,  # the one line of the page opening with a flag in brackets
        "feed_item": -7.0,  # one of a feed's items: heads each at one step from its own date
        "title_field": 3.0,  # below or after a form's title label ("Subject", "제목"); not fitted
        "speech": 3.0,  # it names a speech and its speaker or occasion ("Speech by"); not fitted
        "opened": -3.0,  # under the page's first paragraph, sharing a word: a subhead; not fitted
        "dated_post": 3.0,  # right under a blog's one date header, opening the page; not fitted
        "twice_over_lead": 3.0,  # printed twice in a row right over its lead; not fitted
        "timed_title": 3.0,  # its day and clock, printed again on its dateline below; not fitted
    }
)
