//! The hand-written job runtime that the generated gateway links against.
