//! `types.rs`: one Rust type per named type of the model.
//!
//! Paths are written in full (`::std::string::String`) so a schema named `String` or `Option`
//! cannot shadow what the generated code means.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::{support, Piece};
use crate::ir::{Field, Model, NamedType, Struct, TypeDef, TypeRef, Union};

/// Whether a field's type has integers where a JSON number with a zero fraction may stand.
fn holds_integer(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => true,
        TypeRef::Array(inner) => holds_integer(inner),
        _ => false,
    }
}

/// The types, their `validate()`, and the support files they lean on: `Binary` for files,
/// integers read as JSON Schema counts them, the validation helpers.
pub(crate) fn emit(model: &Model) -> Vec<Piece> {
    let types = model.types.values().map(named_type);
    let uses_integers = model.types.values().any(|t| match &t.def {
        TypeDef::Struct(s) => s.fields.iter().any(|f| holds_integer(&f.ty)),
        TypeDef::Union(u) => u.variants.iter().any(|v| holds_integer(&v.ty)),
        _ => false,
    });
    let needs = super::validate::types_to_validate(model);
    let validation = super::validate::emit(model, &needs);
    let mut pieces = vec![Piece::Tokens(quote! {
        #( #types )*
        #validation
    })];
    if model.uses_binary() {
        pieces.push(Piece::Support(support::TYPES_BINARY));
    }
    if uses_integers {
        pieces.push(Piece::Support(support::TYPES_WHOLE_NUMBERS));
    }
    if !needs.is_empty() {
        pieces.push(Piece::Support(support::TYPES_VALIDATION));
    }
    pieces
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust spelling of a type reference, from inside `types.rs`.
pub fn type_tokens(ty: &TypeRef) -> TokenStream {
    type_tokens_in(ty, &TokenStream::new())
}

/// The Rust spelling of a type reference from another module: the generated types (and the
/// `Binary` helper) are named through `types_path`, e.g. `crate::types::`, so a module that
/// defines a type of the same name cannot shadow them.
pub fn type_tokens_in(ty: &TypeRef, types_path: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::Named(n) => {
            let n = ident(n);
            quote!(#types_path #n)
        }
        TypeRef::String => quote!(::std::string::String),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U64 => quote!(u64),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bool => quote!(bool),
        TypeRef::Binary => quote!(#types_path Binary),
        TypeRef::DateTime => quote!(::chrono::DateTime<::chrono::Utc>),
        TypeRef::Value => quote!(::serde_json::Value),
        TypeRef::Object => {
            quote!(::serde_json::Map<::std::string::String, ::serde_json::Value>)
        }
        TypeRef::Array(inner) => {
            let inner = type_tokens_in(inner, types_path);
            quote!(::std::vec::Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens_in(inner, types_path);
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
    }
}

fn named_type(t: &NamedType) -> TokenStream {
    let doc = doc_attrs(t.doc.as_deref());
    let name = ident(&t.name);
    match &t.def {
        TypeDef::Struct(s) => struct_def(&name, doc, s),
        TypeDef::StringEnum(values) => {
            let variants: Vec<Ident> = values.iter().map(|v| ident(&v.variant)).collect();
            let wire: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
            quote! {
                #doc
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
                pub enum #name {
                    #( #[serde(rename = #wire)] #variants, )*
                }

                impl #name {
                    /// Every value, in the order the spec lists them.
                    pub const ALL: &'static [Self] = &[ #( Self::#variants ),* ];

                    /// The value as it is written on the wire.
                    pub const fn as_str(self) -> &'static str {
                        match self { #( Self::#variants => #wire, )* }
                    }
                }

                impl ::std::fmt::Display for #name {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }
            }
        }
        TypeDef::Union(u) => union_def(&name, doc, u),
        TypeDef::Alias(target) => {
            let target = type_tokens(target);
            quote! {
                #doc
                pub type #name = #target;
            }
        }
    }
}

fn field_type(f: &Field) -> TokenStream {
    let mut ty = type_tokens(&f.ty);
    if f.boxed {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    if is_optional(f) {
        ty = quote!(::std::option::Option<#ty>);
    }
    ty
}

fn is_optional(f: &Field) -> bool {
    !f.required || f.nullable
}

fn struct_def(name: &Ident, doc: TokenStream, s: &Struct) -> TokenStream {
    let fields = s.fields.iter().map(|f| {
        let doc = doc_attrs(f.doc.as_deref());
        let rust = ident(&f.rust_name);
        let ty = field_type(f);
        let rename = (f.rust_name != f.json_name).then(|| {
            let json = &f.json_name;
            quote!(#[serde(rename = #json)])
        });
        let optional = (!f.required).then(
            || quote!(#[serde(default, skip_serializing_if = "::std::option::Option::is_none")]),
        );
        let whole = holds_integer(&f.ty)
            .then(|| quote!(#[serde(deserialize_with = "whole_numbers::deserialize")]));
        quote! {
            #doc
            #rename
            #optional
            #whole
            pub #rust: #ty,
        }
    });
    let additional = s.additional.as_ref().map(|t| {
        let t = type_tokens(t);
        quote! {
            /// Properties beyond the ones named above.
            #[serde(flatten)]
            pub additional_properties: ::std::collections::BTreeMap<::std::string::String, #t>,
        }
    });
    let all_optional = s.fields.iter().all(is_optional);
    let default = all_optional.then(|| quote!(Default,));
    let deny = s
        .deny_unknown
        .then(|| quote!(#[serde(deny_unknown_fields)]));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
        #deny
        pub struct #name {
            #( #fields )*
            #additional
        }
    }
}

fn union_def(name: &Ident, doc: TokenStream, u: &Union) -> TokenStream {
    let variants = u.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let mut ty = type_tokens(&v.ty);
        if v.boxed {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        let rename = v.tag_value.as_ref().map(|t| quote!(#[serde(rename = #t)]));
        let whole = holds_integer(&v.ty)
            .then(|| quote!(#[serde(deserialize_with = "whole_numbers::deserialize")]));
        quote! { #rename #whole #variant(#ty), }
    });
    let representation = match &u.tag {
        Some(tag) => quote!(#[serde(tag = #tag)]),
        None => quote!(#[serde(untagged)]),
    };
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #representation
        pub enum #name {
            #( #variants )*
        }
    }
}
