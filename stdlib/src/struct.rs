//! `struct`: packing values into bytes as CPython 3.11's `_struct`.
//!
//! A format is parsed once into `Item`s (code, repeat count, size, offset).
//! Byte orders: `@` native with native sizes and alignment (the default),
//! `=` native order with standard sizes, `<` little-endian, `>`/`!`
//! big-endian. Native sizes are those of x86_64/aarch64 Linux (`l`, `n`,
//! `P` are 8 bytes); `n`, `N` and `P` exist only in native mode. Range
//! errors raise `struct.error` with CPython's wording: the short forms
//! (`byte format requires -128 <= number <= 127`) for `bBhH`,
//! `'i' format requires ...` for the others, and `argument out of range`
//! when the value does not even fit the C type CPython converts through.

use crate::args::or_none;
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::number;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use num_bigint::BigInt;
use std::any::Any;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Native,
    NativeStd,
    Little,
    Big,
}

impl Order {
    fn little(self) -> bool {
        match self {
            Order::Native | Order::NativeStd => cfg!(target_endian = "little"),
            Order::Little => true,
            Order::Big => false,
        }
    }
}

/// One format code with its repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

/// A parsed format.
pub struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes.
    nargs: usize,
}

/// `struct.error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match error_class(vm) {
        Some(cls) => match vm.call(&cls, &[Value::from_string(msg.clone())]) {
            Ok(e) => PyErr::from_object(e),
            Err(e) => e,
        },
        None => PyErr::new(ExcKind::Exception, msg),
    }
}

fn error_class(vm: &mut Vm) -> Option<Value> {
    let Payload::Dict(mods) = vm.g.modules.payload() else { return None };
    let m = mods.borrow().get_str("struct").cloned()?;
    let Some(Payload::Module(md)) = m.payload() else { return None };
    let Payload::Dict(d) = md.dict.payload() else { return None };
    let v = d.borrow().get_str("error").cloned();
    v
}

/// (size, alignment) of `code` in `order`, or None for a bad code.
fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                std::mem::size_of::<std::os::raw::c_long>()
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => std::mem::size_of::<usize>(),
        _ => return None,
    })
}

/// Parses `fmt` as `_struct`'s `prepare_s` does.
fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Layout> {
    let bytes = fmt.as_bytes();
    let (order, body) = match bytes.first() {
        Some(b'@') => (Order::Native, &bytes[1..]),
        Some(b'=') => (Order::NativeStd, &bytes[1..]),
        Some(b'<') => (Order::Little, &bytes[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &bytes[1..]),
        _ => (Order::Native, bytes),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nargs = 0usize;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add((body[i] - b'0') as usize)).ok_or_else(|| error(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= body.len() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
            count = n;
            code = body[i];
        }
        i += 1;
        let Some(item_size) = code_size(code, order) else { return Err(error(vm, "bad char in struct format")) };
        if order == Order::Native && item_size > 1 && !matches!(code, b's' | b'p') {
            size = size.div_ceil(item_size) * item_size;
        }
        let offset = size;
        let total = if matches!(code, b's' | b'p') { count } else { item_size.checked_mul(count).ok_or_else(|| error(vm, "total struct size too long"))? };
        size = size.checked_add(total).ok_or_else(|| error(vm, "total struct size too long"))?;
        nargs += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(Item { code, count, size: item_size, offset });
    }
    Ok(Layout { order, items, size, nargs })
}

/// The format argument: str or bytes.
fn format_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(v))))
}

// ---- packing ----------------------------------------------------------------

/// An integer argument (through `__index__`): `required argument is not an integer`.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = number::to_bigint(v) {
        return Ok(b);
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
            if let Some(b) = number::to_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(error(vm, "required argument is not an integer"))
}

/// The integer `v` as the bytes of a `size`-byte integer of `code`.
fn pack_int(vm: &mut Vm, code: u8, size: usize, v: &Value, order: Order, out: &mut [u8]) -> PyResult<()> {
    let b = int_arg(vm, v)?;
    let little = order.little();
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    // CPython packs with its native functions (and their messages) where
    // the standard size equals the native one and the byte order is the
    // machine's; the big-endian table has its own, except for b and B.
    let swapped = order == Order::Big && cfg!(target_endian = "little");
    let short_form = matches!(code, b'b' | b'B') || (matches!(code, b'h' | b'H') && !swapped);
    if swapped && size == 8 {
        let fits = if signed { i64::try_from(&b).is_ok() } else { u64::try_from(&b).is_ok() };
        if !fits {
            return Err(error(vm, "int too large to convert"));
        }
    }
    let raw: u64 = if short_form || signed {
        let Ok(x) = i64::try_from(&b) else { return Err(error(vm, "argument out of range")) };
        let (lo, hi) = match code {
            b'B' => (0, 255),
            b'H' => (0, 65535),
            _ => {
                let bits = size as u32 * 8;
                if bits >= 64 {
                    (i64::MIN, i64::MAX)
                } else {
                    (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
                }
            }
        };
        if x < lo || x > hi {
            let msg = match code {
                b'b' => "byte format requires -128 <= number <= 127".to_string(),
                b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
                b'h' if short_form => "short format requires -32768 <= number <= 32767".to_string(),
                b'H' if short_form => "ushort format requires 0 <= number <= 65535".to_string(),
                c => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
            };
            return Err(error(vm, msg));
        }
        x as u64
    } else if code == b'P' {
        // `PyLong_AsVoidPtr` takes negative values too.
        match (u64::try_from(&b), i64::try_from(&b)) {
            (Ok(u), _) => u,
            (_, Ok(i)) => i as u64,
            _ => return Err(error(vm, "int too large to convert")),
        }
    } else {
        let Ok(x) = u64::try_from(&b) else { return Err(error(vm, "argument out of range")) };
        if size < 8 && x >> (size * 8) != 0 {
            let hi = (1u64 << (size * 8)) - 1;
            return Err(error(vm, format!("'{}' format requires 0 <= number <= {hi}", code as char)));
        }
        x
    };
    let bytes = raw.to_le_bytes();
    for k in 0..size {
        let idx = if little { k } else { size - 1 - k };
        out[idx] = bytes[k];
    }
    Ok(())
}

/// A float argument: `required argument is not a float`.
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if let Some(Payload::BigInt(b)) = v.payload() {
        return number::bigint_to_f64(b).map_err(|_| error(vm, "required argument is not a float"));
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        if let Value::Float(f) = r {
            return Ok(f);
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// IEEE half precision, rounding half to even (`PyFloat_Pack2`).
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 1 } else { 0 };
    let (e, bits): (i32, u16) = if x.is_nan() {
        (0x1f, 512)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x == 0.0 {
        (0, 0)
    } else {
        let (mut f, mut e) = number::frexp(x.abs());
        f *= 2.0;
        e -= 1;
        if e >= 16 {
            return None;
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        let rest = f - bits as f64;
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
        (e, bits)
    };
    Some((sign << 15) | ((e as u16) << 10) | bits)
}

fn from_half(h: u16) -> f64 {
    let sign = if h >> 15 == 1 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        0x1f => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// garter gives each NaN object its own payload bits (so NaNs stay
/// distinct); pack them as CPython's `float('nan')` is: the quiet NaN.
fn canonical_nan(f: f64) -> f64 {
    if f.is_nan() {
        f64::from_bits(0x7ff8_0000_0000_0000 | (f.to_bits() & (1 << 63)))
    } else {
        f
    }
}

fn put(out: &mut [u8], bytes: &[u8], little: bool) {
    let n = bytes.len();
    for k in 0..n {
        out[k] = if little { bytes[k] } else { bytes[n - 1 - k] };
    }
}

fn bytes_arg(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.clone()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Packs `values` by `layout` into `out` (which is `layout.size` long).
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8], fname: &str) -> PyResult<()> {
    if values.len() != layout.nargs {
        return Err(error(vm, format!("{fname} expected {} items for packing (got {})", layout.nargs, values.len())));
    }
    let little = layout.order.little();
    let mut next = values.iter();
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().cloned().unwrap_or(Value::None);
                let Some(data) = bytes_arg(&v) else {
                    return Err(error(vm, format!("argument for '{}' must be a bytes object", item.code as char)));
                };
                let field = &mut out[at..at + item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
            }
            code => {
                for k in 0..item.count {
                    let v = next.next().cloned().unwrap_or(Value::None);
                    let slot = &mut out[at + k * item.size..at + (k + 1) * item.size];
                    match code {
                        b'c' => match bytes_arg(&v) {
                            Some(b) if b.len() == 1 && matches!(v.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) => slot[0] = b[0],
                            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
                        },
                        b'?' => slot[0] = vm.truthy(&v)? as u8,
                        b'e' => {
                            let f = float_arg(vm, &v)?;
                            let Some(h) = to_half(f) else { return Err(PyErr::overflow_error("float too large to pack with e format")) };
                            put(slot, &h.to_le_bytes(), little);
                        }
                        b'f' => {
                            let f = canonical_nan(float_arg(vm, &v)?);
                            let y = f as f32;
                            // Native 'f' is a plain C cast (CPython's np_float);
                            // standard sizes check for overflow.
                            if y.is_infinite() && !f.is_infinite() && layout.order != Order::Native {
                                return Err(PyErr::overflow_error("float too large to pack with f format"));
                            }
                            put(slot, &y.to_le_bytes(), little);
                        }
                        b'd' => {
                            let f = canonical_nan(float_arg(vm, &v)?);
                            put(slot, &f.to_le_bytes(), little);
                        }
                        _ => pack_int(vm, code, item.size, &v, layout.order, slot)?,
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(layout: &Layout, data: &[u8]) -> Vec<Value> {
    let little = layout.order.little();
    let mut out = Vec::with_capacity(layout.nargs);
    let get = |slot: &[u8]| -> u64 {
        let mut x = 0u64;
        for k in 0..slot.len() {
            let b = if little { slot[slot.len() - 1 - k] } else { slot[k] };
            x = (x << 8) | b as u64;
        }
        x
    };
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' => out.push(Value::new_bytes(data[at..at + item.count].to_vec())),
            b'p' => {
                let field = &data[at..at + item.count];
                let n = field.first().map_or(0, |&n| (n as usize).min(item.count.saturating_sub(1)));
                out.push(Value::new_bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            code => {
                for k in 0..item.count {
                    let slot = &data[at + k * item.size..at + (k + 1) * item.size];
                    let raw = get(slot);
                    out.push(match code {
                        b'c' => Value::new_bytes(vec![slot[0]]),
                        b'?' => Value::Bool(slot[0] != 0),
                        b'e' => Value::Float(from_half(raw as u16)),
                        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(raw)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 64 - item.size * 8;
                            Value::Int(((raw << shift) as i64) >> shift)
                        }
                        _ => {
                            if raw > i64::MAX as u64 {
                                Value::from_bigint(BigInt::from(raw))
                            } else {
                                Value::Int(raw as i64)
                            }
                        }
                    });
                }
            }
        }
    }
    out
}

// ---- the Struct class and the functions -------------------------------------

/// A `struct.Struct`: the format and its parsed layout.
pub struct StructObject {
    class: Obj,
    format: String,
    layout: Layout,
}

impl NativeObject for StructObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn as_struct(v: &Value) -> Option<&StructObject> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<StructObject>(),
        _ => None,
    }
}

/// The readable bytes of a buffer argument.
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_arg(v) {
        Some(b) => Ok(b),
        None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

/// A zeroed buffer of `size` bytes; `MemoryError` for absurd sizes rather
/// than an allocation abort.
fn zeroed(size: usize) -> PyResult<Vec<u8>> {
    if size > 1 << 34 {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(vec![0u8; size])
}

fn do_pack(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    let mut out = zeroed(layout.size)?;
    pack_values(vm, layout, values, &mut out, "pack")?;
    Ok(Value::new_bytes(out))
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buf: &Value) -> PyResult<Value> {
    let data = buffer(vm, buf)?;
    if data.len() != layout.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", layout.size)));
    }
    Ok(Value::new_tuple(unpack_values(layout, &data)))
}

/// Resolves `offset` (negative from the end) against a buffer of `len` bytes.
fn resolve_offset(vm: &mut Vm, offset: i64, len: usize, size: usize, what: &str) -> PyResult<usize> {
    let mut off = offset;
    if off < 0 {
        if off + (size as i64) > 0 {
            let lead = if what == "unpack" { "not enough data to" } else { "no space to" };
            return Err(error(vm, format!("{lead} {what} {size} bytes at offset {offset}")));
        }
        if off + (len as i64) < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        off += len as i64;
    }
    Ok(off as usize)
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, buf: &Value, offset: i64) -> PyResult<Value> {
    let data = buffer(vm, buf)?;
    let off = resolve_offset(vm, offset, data.len(), layout.size, "unpack")?;
    if data.len() < off || data.len() - off < layout.size {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                layout.size as u64 + off as u64,
                layout.size,
                off,
                data.len()
            ),
        ));
    }
    Ok(Value::new_tuple(unpack_values(layout, &data[off..off + layout.size])))
}

fn do_pack_into(vm: &mut Vm, layout: &Layout, buf: &Value, offset: &Value, values: &[Value]) -> PyResult<Value> {
    let Some(Payload::ByteArray(target)) = buf.payload() else {
        return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(buf))));
    };
    let offset = vm.index_value(offset)?;
    let mut out = zeroed(layout.size)?;
    pack_values(vm, layout, values, &mut out, "pack_into")?;
    let len = target.borrow().len();
    let off = resolve_offset(vm, offset, len, layout.size, "pack")?;
    if len < off || len - off < layout.size {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                layout.size as u64 + off as u64,
                layout.size,
                off,
                len
            ),
        ));
    }
    target.borrow_mut()[off..off + layout.size].copy_from_slice(&out);
    Ok(Value::None)
}

fn do_iter_unpack(vm: &mut Vm, layout: &Layout, buf: &Value) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let data = buffer(vm, buf)?;
    if data.len() % layout.size != 0 {
        return Err(error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size)));
    }
    let items: Vec<Value> = data.chunks_exact(layout.size).map(|c| Value::new_tuple(unpack_values(layout, c))).collect();
    vm.get_iter(&Value::new_list(items))
}

/// The layout for a module-level function's format argument.
fn layout_of(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<Layout> {
    let Some(f) = args.pos().first() else {
        return Err(PyErr::type_error(format!("{fname}() missing required argument 'format' (pos 1)")));
    };
    if let Some(s) = as_struct(f) {
        let fmt = s.format.clone();
        return parse(vm, &fmt);
    }
    let text = format_text(vm, f)?;
    parse(vm, &text)
}

fn no_kw(args: &Args<'_>, fname: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// `struct.pack(format, v1, v2, ...)`.
fn struct_pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(&args, "pack")?;
    let layout = layout_of(vm, &args, "pack")?;
    do_pack(vm, &layout, &args.pos()[1..])
}

/// `struct.unpack(format, buffer)`.
fn struct_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(&args, "unpack")?;
    if args.pos().len() != 2 {
        return Err(PyErr::type_error(format!("unpack expected 2 arguments, got {}", args.pos().len())));
    }
    let layout = layout_of(vm, &args, "unpack")?;
    do_unpack(vm, &layout, &args.pos()[1])
}

/// `struct.unpack_from(format, /, buffer, offset=0)`.
fn struct_unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let layout = layout_of(vm, &args, "unpack_from")?;
    let buf = args.pos().get(1).or(args.kw_get("buffer")).cloned();
    let Some(buf) = buf else { return Err(PyErr::type_error("unpack_from() missing required argument 'buffer' (pos 2)")) };
    let offset = match args.pos().get(2).or(args.kw_get("offset")) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    do_unpack_from(vm, &layout, &buf, offset)
}

/// `struct.pack_into(format, buffer, offset, v1, v2, ...)`.
fn struct_pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(&args, "pack_into")?;
    let layout = layout_of(vm, &args, "pack_into")?;
    let p = args.pos();
    if p.len() < 3 {
        return Err(PyErr::type_error(if p.len() < 2 { "pack_into expected buffer argument" } else { "pack_into expected offset argument" }));
    }
    do_pack_into(vm, &layout, &p[1], &p[2], &p[3..])
}

/// `struct.iter_unpack(format, buffer)`.
fn struct_iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(&args, "iter_unpack")?;
    let layout = layout_of(vm, &args, "iter_unpack")?;
    let buf = or_none(args.pos().get(1));
    do_iter_unpack(vm, &layout, &buf)
}

/// `struct.calcsize(format)`.
fn struct_calcsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(&args, "calcsize")?;
    let layout = layout_of(vm, &args, "calcsize")?;
    Ok(Value::Int(layout.size as i64))
}

/// The receiver of a `Struct` method.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a StructObject> {
    let me = args.pos().first();
    match me.and_then(as_struct) {
        Some(s) => Ok(s),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '_struct.Struct' objects doesn't apply to a '{}' object",
            me.map(|v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

/// `Struct(format)`.
fn struct_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos().first().and_then(|c| c.as_obj()) {
        Some(c) => c.clone(),
        None => return Err(PyErr::type_error("Struct.__new__(X): X is not a type object")),
    };
    let f = args.pos().get(1).or(args.kw_get("format")).cloned();
    let Some(f) = f else { return Err(PyErr::type_error("Struct() missing required argument 'format' (pos 1)")) };
    let format = format_text(vm, &f)?;
    let layout = parse(vm, &format)?;
    Ok(Value::from_obj(Payload::Native(Box::new(StructObject { class: cls, format, layout }))))
}

fn m_pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "pack")?;
    no_kw(&args, "pack")?;
    do_pack(vm, &s.layout, &args.pos()[1..])
}
fn m_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "unpack")?;
    let buf = or_none(args.pos().get(1));
    do_unpack(vm, &s.layout, &buf)
}
fn m_unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "unpack_from")?;
    let buf = args.pos().get(1).or(args.kw_get("buffer")).cloned().unwrap_or(Value::None);
    let offset = match args.pos().get(2).or(args.kw_get("offset")) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    do_unpack_from(vm, &s.layout, &buf, offset)
}
fn m_pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "pack_into")?;
    let p = args.pos();
    if p.len() < 3 {
        return Err(PyErr::type_error(if p.len() < 2 { "pack_into expected buffer argument" } else { "pack_into expected offset argument" }));
    }
    do_pack_into(vm, &s.layout, &p[1], &p[2], &p[3..])
}
fn m_iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "iter_unpack")?;
    let buf = or_none(args.pos().get(1));
    do_iter_unpack(vm, &s.layout, &buf)
}
fn p_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    Ok(Value::new_str(&s.format))
}
fn p_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "size")?;
    Ok(Value::Int(s.layout.size as i64))
}
const METHODS: &[(&str, NativeFn)] = &[
    ("iter_unpack", m_iter_unpack),
    ("pack", m_pack),
    ("pack_into", m_pack_into),
    ("unpack", m_unpack),
    ("unpack_from", m_unpack_from),
];

fn builtin(name: &'static str, func: NativeFn, owner: Option<&'static str>) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner }))
}

fn make_struct_class(vm: &mut Vm) -> Obj {
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new("Struct", TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, "Struct", METHODS);
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        d.set_str_key(Value::new_str("__new__"), builtin("__new__", struct_new, None));
        d.set_str_key(Value::new_str("__module__"), Value::new_str("_struct"));
        for (pname, getter) in [("format", p_format as NativeFn), ("size", p_size)] {
            let prop = Payload::Property { fget: builtin(pname, getter, Some("Struct")), fset: Value::None, fdel: Value::None, doc: Value::None };
            d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
        }
    }
    cls
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("calcsize", struct_calcsize),
    ("iter_unpack", struct_iter_unpack),
    ("pack", struct_pack),
    ("pack_into", struct_pack_into),
    ("unpack", struct_unpack),
    ("unpack_from", struct_unpack_from),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let cls = make_struct_class(vm);
    let mut ns = Dict::new();
    ns.set_str_key(Value::new_str("__module__"), Value::new_str("struct"));
    let ns = Obj::new(Payload::Dict(std::cell::RefCell::new(ns)));
    let base = Value::Obj(vm.g.types.exception(ExcKind::Exception));
    let error_cls = vm.new_class("error", &[base], &ns, None)?;
    crate::sys::make_module(vm, "struct", FUNCTIONS, &[("Struct", Value::Obj(cls)), ("error", error_cls)])
}
