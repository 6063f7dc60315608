//! The set table: a `Dict` whose values are unused (`None`), so sets share
//! the dict's hashing, probing and `__eq__`-callback discipline.

use crate::objects::dict::Dict;

pub type SetData = Dict;
