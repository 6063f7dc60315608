//! Objects of native (Rust) modules: a native module defines a Rust struct,
//! implements `NativeObject` for it, and gives it a Python class whose dict
//! holds its methods as builtins.

use crate::value::Obj;
use std::any::Any;

pub trait NativeObject: Any {
    /// The Python class of this object.
    fn class(&self) -> Obj;
    fn as_any(&self) -> &dyn Any;
}
