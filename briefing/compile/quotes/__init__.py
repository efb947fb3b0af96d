"""Quotes and who said them: quote marks, speech cues, subjects and the speaker reading."""
