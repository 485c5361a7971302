//! `validate()` for the types whose schemas set limits serde cannot check: numeric ranges,
//! string lengths, array sizes, anywhere below the type.
//!
//! Paths are built without allocating (a chain of borrowed segments), so validating a valid
//! request costs only the comparisons.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Constraints, Field, Model, Struct, TypeDef, TypeRef};

/// The named types that have something to check, directly or in a type they hold.
pub fn types_to_validate(model: &Model) -> BTreeSet<String> {
    let mut needs: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = needs.len();
        for (name, t) in &model.types {
            if needs.contains(name) {
                continue;
            }
            let holds =
                |ty: &TypeRef| ty.any(&|r| matches!(r, TypeRef::Named(n) if needs.contains(n)));
            let yes = match &t.def {
                TypeDef::Struct(s) => {
                    s.fields.iter().any(|f| {
                        checks_of(f).is_some() || key_checks(f, model).is_some() || holds(&f.ty)
                    }) || s.additional.as_ref().is_some_and(holds)
                        || !exclusive_checks(s).is_empty()
                }
                TypeDef::Union(u) => u.variants.iter().any(|v| holds(&v.ty)),
                TypeDef::Alias(_) | TypeDef::StringEnum(_) => false,
            };
            if yes {
                needs.insert(name.clone());
            }
        }
        if needs.len() == before {
            return needs;
        }
    }
}

/// The constraints of a field that apply to its Rust type, if any.
fn checks_of(f: &Field) -> Option<&Constraints> {
    let c = &f.constraints;
    let numeric = matches!(
        f.ty,
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::F64
    ) && (c.minimum.is_some() || c.maximum.is_some());
    let length = f.ty == TypeRef::String && (c.min_length.is_some() || c.max_length.is_some());
    let items =
        matches!(f.ty, TypeRef::Array(_)) && (c.min_items.is_some() || c.max_items.is_some());
    (numeric || length || items).then_some(c)
}

/// Whether a type is a map once aliases are followed, so its keys can be checked.
fn is_map(ty: &TypeRef, model: &Model, depth: usize) -> bool {
    match ty {
        TypeRef::Map(_) | TypeRef::Object => true,
        TypeRef::Named(n) if depth < 8 => match model.types.get(n).map(|t| &t.def) {
            Some(TypeDef::Alias(inner)) => is_map(inner, model, depth + 1),
            _ => false,
        },
        _ => false,
    }
}

/// The check on the keys of a map field (`propertyNames` lengths), if it has limits.
fn key_checks(f: &Field, model: &Model) -> Option<TokenStream> {
    let c = &f.constraints;
    if (c.key_min_length.is_none() && c.key_max_length.is_none()) || !is_map(&f.ty, model, 0) {
        return None;
    }
    let json = &f.json_name;
    let (min, max) = (opt_usize(c.key_min_length), opt_usize(c.key_max_length));
    Some(quote! {
        {
            let path = FieldPath::Field(&path, #json);
            for key in value.keys() {
                check_size(FieldPath::Field(&path, key), key.chars().count(), #min, #max, "characters in its name")?;
            }
        }
    })
}

fn opt_f64(v: Option<f64>) -> TokenStream {
    match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

fn opt_usize(v: Option<usize>) -> TokenStream {
    match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

/// Checks on `value` (an expression of type `&T`) at `path` (an expression of type
/// `FieldPath<'_>`), recursing into held types that need validation.
fn nested_checks(
    ty: &TypeRef,
    value: TokenStream,
    path: TokenStream,
    needs: &BTreeSet<String>,
) -> Option<TokenStream> {
    match ty {
        TypeRef::Named(n) if needs.contains(n) => Some(quote! { #value.validate_at(#path)?; }),
        TypeRef::Array(inner) => {
            let body = nested_checks(
                inner,
                quote!(item),
                quote!(FieldPath::Index(&path, i)),
                needs,
            )?;
            Some(quote! {
                {
                    let path = #path;
                    for (i, item) in #value.iter().enumerate() {
                        #body
                    }
                }
            })
        }
        TypeRef::Map(inner) => {
            let body = nested_checks(
                inner,
                quote!(item),
                quote!(FieldPath::Field(&path, key)),
                needs,
            )?;
            Some(quote! {
                {
                    let path = #path;
                    for (key, item) in #value.iter() {
                        #body
                    }
                }
            })
        }
        _ => None,
    }
}

fn field_checks(f: &Field, model: &Model, needs: &BTreeSet<String>) -> Option<TokenStream> {
    let json = &f.json_name;
    let path = quote!(FieldPath::Field(&path, #json));
    let mut checks = Vec::new();
    if let Some(c) = checks_of(f) {
        let check = match &f.ty {
            TypeRef::String => {
                let (min, max) = (opt_usize(c.min_length), opt_usize(c.max_length));
                quote! { check_size(#path, value.chars().count(), #min, #max, "characters")?; }
            }
            TypeRef::Array(_) => {
                let (min, max) = (opt_usize(c.min_items), opt_usize(c.max_items));
                quote! { check_size(#path, value.len(), #min, #max, "items")?; }
            }
            _ => {
                let (min, max) = (opt_f64(c.minimum), opt_f64(c.maximum));
                let (xmin, xmax) = (c.exclusive_minimum, c.exclusive_maximum);
                let value = if f.ty == TypeRef::F64 {
                    quote!(*value)
                } else {
                    quote!(*value as f64)
                };
                quote! { check_range(#path, #value, #min, #max, #xmin, #xmax)?; }
            }
        };
        checks.push(check);
    }
    checks.extend(key_checks(f, model));
    if let Some(nested) = nested_checks(&f.ty, quote!(value), path, needs) {
        checks.push(nested);
    }
    if checks.is_empty() {
        return None;
    }
    let field = format_ident!("{}", f.rust_name);
    let optional = !f.required || f.nullable;
    Some(if optional {
        quote! { if let ::std::option::Option::Some(value) = &self.#field { #( #checks )* } }
    } else {
        quote! { { let value = &self.#field; #( #checks )* } }
    })
}

/// Checks that no set of properties the spec forbids together (`not: {required: [...]}`) is
/// all present. A property the struct cannot hold is absent, unless the extra properties
/// are kept in a map.
fn exclusive_checks(s: &Struct) -> Vec<TokenStream> {
    s.exclusive
        .iter()
        .filter_map(|set| {
            let present: Option<Vec<TokenStream>> = set
                .iter()
                .filter_map(
                    |json| match s.fields.iter().find(|f| &f.json_name == json) {
                        // Always there: only the others decide.
                        Some(f) if f.required && !f.nullable => None,
                        Some(f) => Some({
                            let field = format_ident!("{}", f.rust_name);
                            Some(quote!(self.#field.is_some()))
                        }),
                        None if s.additional.is_some() => {
                            Some(Some(quote!(self.additional_properties.contains_key(#json))))
                        }
                        // Cannot be held, so never present.
                        None => Some(None),
                    },
                )
                .collect();
            // A set the struct requires whole is a contradiction of the spec's; nothing to check.
            let present = present.filter(|p| !p.is_empty())?;
            let (first, others) = set.split_first()?;
            let message = format!(
                "must not be given together with {}",
                others
                    .iter()
                    .map(|o| format!("`{o}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Some(quote! {
                if #( #present )&&* {
                    return ::std::result::Result::Err(ValidationError {
                        path: FieldPath::Field(&path, #first).to_string(),
                        message: ::std::string::String::from(#message),
                    });
                }
            })
        })
        .collect()
}

/// `impl` blocks with `validate` for every type in `needs`; the helpers they use are the support
/// file `types/validation.rs`.
pub fn emit(model: &Model, needs: &BTreeSet<String>) -> TokenStream {
    if needs.is_empty() {
        return TokenStream::new();
    }
    let impls = needs.iter().filter_map(|name| {
        let t = model.types.get(name)?;
        let ident = format_ident!("{}", name);
        let body = match &t.def {
            TypeDef::Struct(s) => {
                let mut checks: Vec<TokenStream> =
                    s.fields.iter().filter_map(|f| field_checks(f, model, needs)).collect();
                checks.extend(exclusive_checks(s));
                if let Some(extra) = &s.additional {
                    if let Some(c) = nested_checks(&TypeRef::Map(Box::new(extra.clone())), quote!(self.additional_properties), quote!(path), needs) {
                        checks.push(c);
                    }
                }
                quote! { #( #checks )* }
            }
            TypeDef::Union(u) => {
                let arms = u.variants.iter().map(|v| {
                    let variant = format_ident!("{}", v.name);
                    let check = nested_checks(&v.ty, quote!(value), quote!(path), needs)
                        .unwrap_or_default();
                    quote! { Self::#variant(value) => { #check } }
                });
                quote! { match self { #( #arms )* } }
            }
            _ => return None,
        };
        Some(quote! {
            impl #ident {
                /// Checks the limits the spec sets that the type itself cannot express (ranges,
                /// lengths, sizes), here and in every value it holds.
                pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
                    self.validate_at(FieldPath::Root)
                }

                #[allow(unused_variables)]
                fn validate_at(&self, path: FieldPath<'_>) -> ::std::result::Result<(), ValidationError> {
                    #body
                    ::std::result::Result::Ok(())
                }
            }
        })
    });
    quote! {
        #( #impls )*
    }
}
