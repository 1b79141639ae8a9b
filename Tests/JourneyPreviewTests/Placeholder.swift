// Replaced by the preview tests.
