//! `types.rs`: one Rust type per named type of the model.
//!
//! Paths are written in full (`::std::string::String`) so a schema named `String` or `Option`
//! cannot shadow what the generated code means.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use crate::ir::{Field, Model, NamedType, Struct, TypeDef, TypeRef, Union};

/// Whether a field's type has integers where a JSON number with a zero fraction may stand.
fn holds_integer(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => true,
        TypeRef::Array(inner) => holds_integer(inner),
        _ => false,
    }
}

pub fn emit(model: &Model) -> TokenStream {
    let types = model.types.values().map(named_type);
    let binary = model.uses_binary().then(binary_helper);
    let uses_integers = model.types.values().any(|t| match &t.def {
        TypeDef::Struct(s) => s.fields.iter().any(|f| holds_integer(&f.ty)),
        TypeDef::Union(u) => u.variants.iter().any(|v| holds_integer(&v.ty)),
        _ => false,
    });
    let whole_numbers = uses_integers.then(whole_numbers_helper);
    let validation = super::validate::emit(model, &super::validate::types_to_validate(model));
    quote! {
        #binary
        #whole_numbers
        #( #types )*
        #validation
    }
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

/// The bytes of a `format: binary` field, written by hand once here rather than per field.
fn binary_helper() -> TokenStream {
    quote! {
        /// The contents of a file (`format: binary`). A multipart request carries it as a file part;
        /// in JSON it is written as standard base64 with padding.
        #[derive(Clone, PartialEq, Eq, Default)]
        pub struct Binary(pub ::std::vec::Vec<u8>);

        impl ::std::fmt::Debug for Binary {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "Binary({} bytes)", self.0.len())
            }
        }

        impl ::std::convert::From<::std::vec::Vec<u8>> for Binary {
            fn from(bytes: ::std::vec::Vec<u8>) -> Self {
                Binary(bytes)
            }
        }

        impl ::std::convert::AsRef<[u8]> for Binary {
            fn as_ref(&self) -> &[u8] {
                &self.0
            }
        }

        impl ::serde::Serialize for Binary {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                use ::base64::Engine as _;
                serializer.serialize_str(&::base64::engine::general_purpose::STANDARD.encode(&self.0))
            }
        }

        impl<'de> ::serde::Deserialize<'de> for Binary {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                use ::base64::Engine as _;
                let text = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::base64::engine::general_purpose::STANDARD
                    .decode(text.as_bytes())
                    .map(Binary)
                    .map_err(|e| <D::Error as ::serde::de::Error>::custom(format_args!("invalid base64 file contents: {e}")))
            }
        }
    }
}

/// JSON Schema's `integer` is any number with no fraction, so `5.0` and `1e3` are integers too;
/// serde's integers take only integer literals. Integer fields read through this module.
fn whole_numbers_helper() -> TokenStream {
    quote! {
        mod whole_numbers {
            //! Reading integers the way JSON Schema counts them: `5`, `5.0` and `5e0` alike.

            use ::serde::de::{Deserializer, Error, SeqAccess, Visitor};
            use ::std::fmt;

            /// Integer shapes read leniently: the integer types, and options and lists of them.
            pub trait Whole: Sized {
                fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error>;
            }

            pub fn deserialize<'de, D: Deserializer<'de>, T: Whole>(d: D) -> ::std::result::Result<T, D::Error> {
                T::read(d)
            }

            /// Any JSON number that is a whole value. One beyond the type's range saturates at
            /// its bound: the schema sets no bound, and limits the spec does set are checked by
            /// `validate()`, which a saturated value fails just as the real one would. (The
            /// gateway forwards requests as sent, so no value is changed on the wire.)
            struct Number<T>(::std::marker::PhantomData<T>);

            macro_rules! whole {
                ($($t:ty),*) => {$(
                    impl<'de> Visitor<'de> for Number<$t> {
                        type Value = $t;

                        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                            f.write_str("a whole number")
                        }

                        fn visit_i64<E: Error>(self, v: i64) -> ::std::result::Result<$t, E> {
                            ::std::result::Result::Ok(<$t>::try_from(v).unwrap_or(if v < 0 { <$t>::MIN } else { <$t>::MAX }))
                        }

                        fn visit_u64<E: Error>(self, v: u64) -> ::std::result::Result<$t, E> {
                            ::std::result::Result::Ok(<$t>::try_from(v).unwrap_or(<$t>::MAX))
                        }

                        fn visit_f64<E: Error>(self, v: f64) -> ::std::result::Result<$t, E> {
                            if v.fract() != 0.0 || !v.is_finite() {
                                return ::std::result::Result::Err(E::custom(format_args!("expected a whole number, got {v}")));
                            }
                            // `as` saturates at the bounds of the target type.
                            ::std::result::Result::Ok(v as $t)
                        }
                    }

                    impl Whole for $t {
                        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                            d.deserialize_any(Number::<$t>(::std::marker::PhantomData))
                        }
                    }
                )*};
            }
            whole!(i32, i64, u64);

            /// Carries a `Whole` through serde's own `Deserialize`, for the items of lists.
            struct Item<T>(T);

            impl<'de, T: Whole> ::serde::Deserialize<'de> for Item<T> {
                fn deserialize<D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    T::read(d).map(Item)
                }
            }

            impl<T: Whole> Whole for ::std::option::Option<T> {
                fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    let item: ::std::option::Option<Item<T>> = ::serde::Deserialize::deserialize(d)?;
                    ::std::result::Result::Ok(item.map(|i| i.0))
                }
            }

            impl<T: Whole> Whole for ::std::vec::Vec<T> {
                fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    struct Items<T>(::std::marker::PhantomData<T>);
                    impl<'de, T: Whole> Visitor<'de> for Items<T> {
                        type Value = ::std::vec::Vec<T>;

                        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                            f.write_str("a list of whole numbers")
                        }

                        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> ::std::result::Result<Self::Value, A::Error> {
                            let mut out = ::std::vec::Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                            while let ::std::option::Option::Some(Item(v)) = seq.next_element::<Item<T>>()? {
                                out.push(v);
                            }
                            ::std::result::Result::Ok(out)
                        }
                    }
                    d.deserialize_seq(Items(::std::marker::PhantomData))
                }
            }
        }
    }
}
