//! Runs a claimed job against its provider.
