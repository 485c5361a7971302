//! What every generated `validate()` reports with and checks through; copied into `types.rs` when
//! a schema sets a limit serde cannot check. Paths are written in full, as beside the generated
//! types a schema named `String` or `Result` would shadow the prelude.

/// A value outside a limit of the spec, with the path of the field that holds it
/// (`messages[0].temperature`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub path: ::std::string::String,
    pub message: ::std::string::String,
}

impl ::std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`{}` {}", self.path, self.message)
    }
}

impl ::std::error::Error for ValidationError {}

/// Where a value sits in a request, built on the stack while validating.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)] // which forms are used depends on the spec
enum FieldPath<'a> {
    Root,
    Field(&'a FieldPath<'a>, &'a str),
    Index(&'a FieldPath<'a>, usize),
}

impl ::std::fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            FieldPath::Root => ::std::result::Result::Ok(()),
            FieldPath::Field(FieldPath::Root, name) => f.write_str(name),
            FieldPath::Field(parent, name) => write!(f, "{parent}.{name}"),
            FieldPath::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

#[allow(dead_code)]
fn check_range(
    path: FieldPath<'_>,
    value: f64,
    min: ::std::option::Option<f64>,
    max: ::std::option::Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
) -> ::std::result::Result<(), ValidationError> {
    let below = min.is_some_and(|m| if exclusive_min { value <= m } else { value < m });
    let above = max.is_some_and(|m| if exclusive_max { value >= m } else { value > m });
    if !(below || above) {
        return ::std::result::Result::Ok(());
    }
    let bound = |b: ::std::option::Option<f64>, exclusive: bool, word: &str| match b {
        ::std::option::Option::Some(b) if exclusive => ::std::format!("{word} than {b}"),
        ::std::option::Option::Some(b) => ::std::format!("{word} than or equal to {b}"),
        ::std::option::Option::None => ::std::string::String::new(),
    };
    let rule = match (min, max) {
        (::std::option::Option::Some(_), ::std::option::Option::Some(_)) => ::std::format!(
            "{} and {}",
            bound(min, exclusive_min, "greater"),
            bound(max, exclusive_max, "less")
        ),
        (::std::option::Option::Some(_), ::std::option::Option::None) => {
            bound(min, exclusive_min, "greater")
        }
        _ => bound(max, exclusive_max, "less"),
    };
    ::std::result::Result::Err(ValidationError {
        path: path.to_string(),
        message: ::std::format!("must be {rule}, got {value}"),
    })
}

#[allow(dead_code)]
fn check_size(
    path: FieldPath<'_>,
    size: usize,
    min: ::std::option::Option<usize>,
    max: ::std::option::Option<usize>,
    unit: &str,
) -> ::std::result::Result<(), ValidationError> {
    if let ::std::option::Option::Some(min) = min.filter(|m| size < *m) {
        return ::std::result::Result::Err(ValidationError {
            path: path.to_string(),
            message: ::std::format!("must have at least {min} {unit}, got {size}"),
        });
    }
    if let ::std::option::Option::Some(max) = max.filter(|m| size > *m) {
        return ::std::result::Result::Err(ValidationError {
            path: path.to_string(),
            message: ::std::format!("must have at most {max} {unit}, got {size}"),
        });
    }
    ::std::result::Result::Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_messages_name_the_field_and_the_rule() {
        let root = FieldPath::Root;
        let messages = FieldPath::Field(&root, "messages");
        let first = FieldPath::Index(&messages, 0);
        let path = FieldPath::Field(&first, "temperature");
        assert_eq!(path.to_string(), "messages[0].temperature");
        let error = check_range(path, 3.0, Some(0.0), Some(2.0), false, false).expect_err("above");
        assert_eq!(error.to_string(), "`messages[0].temperature` must be greater than or equal to 0 and less than or equal to 2, got 3");
        assert!(check_range(path, 2.0, Some(0.0), Some(2.0), false, false).is_ok());
        assert!(check_range(path, 2.0, None, Some(2.0), false, true).is_err());
        let error = check_size(path, 1, Some(2), None, "items").expect_err("too few");
        assert_eq!(error.message, "must have at least 2 items, got 1");
    }
}
