//! `types.rs`.

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/types/binary.rs"]
pub mod binary;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/types/whole_numbers.rs"]
pub mod integers;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/types/validation.rs"]
pub mod validation;
