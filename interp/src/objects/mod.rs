//! The heap objects' payload types, one file per builtin type or concept.
//! Python-visible methods of each builtin type live beside its payload in
//! the `*_methods.rs` files and are installed into the type's dict by
//! `types.rs`.

pub mod dict;
pub mod file;
pub mod dict_view;
pub mod function;
pub mod generator;
pub mod instance;
pub mod iter;
pub mod module;
pub mod native;
pub mod set;
pub mod set_ops;
pub mod str;
pub mod typeobj;
pub mod bytes_methods;
pub mod constructors;
pub mod complex_methods;
pub mod container_methods;
pub mod float_methods;
pub mod float_repr;
pub mod format;
pub mod int_methods;
pub mod number;
pub mod range;
pub mod percent;
pub mod str_methods;
