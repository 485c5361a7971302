//! The gateway's code, emitted by the generator from `spec/`. Never edit `types.rs` by hand: change
//! the spec or the generator and run `cargo run -p generator`.

#[rustfmt::skip]
pub mod types;
