//! The support files under `support/`, compiled, linted and unit-tested as they are.
//!
//! Each module below is one generated file's surroundings: stand-ins for the names the emitter
//! generates from the spec (the ones a support file imports with `use super::…`), beside the
//! support files that go into that file. The files' own `#[cfg(test)]` tests run here; the
//! copies in generated code leave them out. Modules are `pub` so the items the generated code
//! would use count as used; the ones only generated code calls are allowed to be dead. A new support file gets a `#[path]` line in the module of its file.

pub mod cli;
pub mod client;
pub mod server;
pub mod types;
