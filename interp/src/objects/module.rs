//! Module objects: a name and a globals dict.

use crate::value::{Obj, Value};

pub struct Module {
    pub name: String,
    /// The module's namespace (a dict object, shared as functions' globals).
    pub dict: Obj,
}

impl Module {
    pub fn dict_value(&self) -> Value {
        Value::Obj(self.dict.clone())
    }
}
