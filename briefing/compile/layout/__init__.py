"""The document's layout: normalised text, paragraphs, sentences, noise and repeated renditions."""
