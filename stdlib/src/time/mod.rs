//! `time`: CPython 3.11's `time` module: the clocks (`time`, `monotonic`,
//! `perf_counter`, `process_time`, `thread_time` and their `_ns` forms,
//! `clock_gettime`, `get_clock_info`), `sleep`, `struct_time` with
//! `gmtime`/`localtime`/`mktime`/`asctime`/`ctime`, `strftime`/`strptime`,
//! and the zone constants (`timezone`, `altzone`, `daylight`, `tzname`,
//! recomputed by `tzset`),
//! computed as CPython does on glibc: from the local times of January 1 and
//! July 1 of the current year.
//!
//! Files: `mod.rs` (clocks, zone constants, the module), `struct_time.rs`
//! (the type and calendar conversions), `format.rs` (`strftime`, `strptime`).

mod format;
mod struct_time;

use crate::args::Signature;
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use struct_time::{new_struct_time, seconds_arg, tm_arg};

pub(crate) fn epoch_secs() -> f64 {
    clock_ns(libc::CLOCK_REALTIME) as f64 / 1e9
}

/// `clock_gettime(clock)` in nanoseconds.
fn clock_ns(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid, writable timespec.
    let r = unsafe { libc::clock_gettime(clock, &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64
}

/// The resolution of `clock`, in seconds.
fn clock_resolution(clock: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid, writable timespec.
    let r = unsafe { libc::clock_getres(clock, &mut ts) };
    if r != 0 {
        return 1e-9;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

macro_rules! clock_fns {
    ($float:ident, $ns:ident, $clock:expr) => {
        fn $float(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
            Ok(Value::Float(clock_ns($clock) as f64 / 1e9))
        }
        fn $ns(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
            Ok(Value::Int(clock_ns($clock)))
        }
    };
}

clock_fns!(time_time, time_time_ns, libc::CLOCK_REALTIME);
clock_fns!(time_monotonic, time_monotonic_ns, libc::CLOCK_MONOTONIC);
clock_fns!(time_process_time, time_process_time_ns, libc::CLOCK_PROCESS_CPUTIME_ID);
clock_fns!(time_thread_time, time_thread_time_ns, libc::CLOCK_THREAD_CPUTIME_ID);

fn clock_id(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<libc::clockid_t> {
    let Some(v) = a.pos().first() else {
        return Err(PyErr::type_error(format!("{fname}() takes exactly one argument (0 given)")));
    };
    let id = vm.index_value(v)?;
    libc::clockid_t::try_from(id).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

/// `time.clock_gettime(clk_id)`.
fn time_clock_gettime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let id = clock_id(vm, &a, "clock_gettime")?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid, writable timespec.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(PyErr::from_io(&std::io::Error::last_os_error()));
    }
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// `time.clock_gettime_ns(clk_id)`.
fn time_clock_gettime_ns(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let id = clock_id(vm, &a, "clock_gettime_ns")?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid, writable timespec.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(PyErr::from_io(&std::io::Error::last_os_error()));
    }
    Ok(Value::Int(ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64))
}

/// `time.get_clock_info(name)`: a namespace with `implementation`,
/// `monotonic`, `adjustable` and `resolution`.
fn time_get_clock_info(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a.pos().first().and_then(|v| v.as_str()).unwrap_or("").to_string();
    let (implementation, clock, monotonic, adjustable) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", libc::CLOCK_REALTIME, false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", libc::CLOCK_MONOTONIC, true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", libc::CLOCK_PROCESS_CPUTIME_ID, true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", libc::CLOCK_THREAD_CPUTIME_ID, true, false),
        _ => return Err(PyErr::value_error("unknown clock")),
    };
    crate::structseq::namespace(
        vm,
        vec![
            ("implementation", Value::new_str(implementation)),
            ("monotonic", Value::Bool(monotonic)),
            ("adjustable", Value::Bool(adjustable)),
            ("resolution", Value::Float(clock_resolution(clock))),
        ],
    )
}

/// `time.sleep(secs)`.
fn time_sleep(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let secs = match a.pos().first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
        None => return Err(PyErr::type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    garter_interp::sync::sleep(vm, secs.min(1e9))?;
    Ok(Value::None)
}

// ---- calendar functions -------------------------------------------------------

fn at_most_one(a: &Args<'_>, fname: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    if a.pos().len() > 1 {
        return Err(PyErr::type_error(format!("{fname} expected at most 1 argument, got {}", a.pos().len())));
    }
    Ok(())
}

/// `time.gmtime([secs])`.
fn time_gmtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    at_most_one(&a, "gmtime")?;
    let t = seconds_arg(vm, a.pos().first())?;
    if !(-67_767_976_233_316_800..=67_767_976_233_532_799).contains(&t) {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    let tm = struct_time::gmtime(t);
    new_struct_time(vm, &tm)
}

/// Makes the process `TZ` what `os.environ` says (garter's `os.environ`
/// does not write through, CPython's does), so the C library's calls that
/// re-read `TZ` (`mktime`, `tzset`) see what the program set there, as
/// CPython's do; `localtime` keeps the zone read before, as glibc's does.
fn sync_tz(vm: &Vm) {
    use garter_interp::value::Payload;
    let Some(env) = crate::args::module_attr(vm, "os", "environ") else { return };
    let Some(Payload::Dict(d)) = env.payload() else { return };
    let wanted = d.borrow().get_str("TZ").and_then(|v| v.as_str().map(String::from));
    let current = std::env::var("TZ").ok();
    if wanted != current {
        match wanted {
            Some(tz) => std::env::set_var("TZ", tz),
            None => std::env::remove_var("TZ"),
        }
    }
}

fn local(t: i64) -> PyResult<struct_time::Tm> {
    struct_time::localtime(t).ok_or_else(|| PyErr::overflow_error("timestamp out of range for platform time_t"))
}

/// `time.localtime([secs])`.
fn time_localtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    at_most_one(&a, "localtime")?;
    let t = seconds_arg(vm, a.pos().first())?;
    sync_tz(vm);
    let tm = local(t)?;
    new_struct_time(vm, &tm)
}

/// `time.mktime(t)`.
fn time_mktime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos().len() != 1 || a.has_kw() {
        return Err(PyErr::type_error(format!("time.mktime() takes exactly one argument ({} given)", a.values.len())));
    }
    let tm = tm_arg(vm, &a.pos()[0], "mktime")?;
    sync_tz(vm);
    Ok(Value::Float(struct_time::mktime(&tm)?))
}

/// The `t` argument of `asctime`/`strftime`: a checked tuple, or now.
fn tm_or_now(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<struct_time::Tm> {
    match v {
        None => {
            sync_tz(vm);
            local(epoch_secs().floor() as i64)
        }
        Some(v) => {
            let mut tm = tm_arg(vm, v, fname)?;
            struct_time::check(&mut tm)?;
            Ok(tm)
        }
    }
}

/// `time.asctime([t])`: `'Mon Jan  1 00:00:00 2024'`.
fn time_asctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    at_most_one(&a, "asctime")?;
    let tm = tm_or_now(vm, a.pos().first(), "asctime")?;
    Ok(Value::from_string(struct_time::asctime_text(&tm)))
}

/// `time.ctime([secs])`: `asctime(localtime(secs))`.
fn time_ctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    at_most_one(&a, "ctime")?;
    let t = seconds_arg(vm, a.pos().first())?;
    sync_tz(vm);
    let tm = local(t)?;
    Ok(Value::from_string(struct_time::asctime_text(&tm)))
}

/// `time.strftime(format[, t])`.
fn time_strftime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if a.has_kw() {
        return Err(PyErr::type_error("strftime() takes no keyword arguments"));
    }
    if p.is_empty() || p.len() > 2 {
        return Err(PyErr::type_error(format!("strftime expected at most 2 arguments, got {}", p.len())));
    }
    let Some(fmt) = p[0].as_str() else {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(&p[0]))));
    };
    let fmt = fmt.to_string();
    let tm = tm_or_now(vm, p.get(1), "strftime")?;
    Ok(Value::from_string(format::strftime(&fmt, &tm)?))
}

const STRPTIME: Signature = Signature { qualname: "strptime", names: &["string", "format"], positional: 2, required: 1, method: false };

/// `time.strptime(string, format='%a %b %d %H:%M:%S %Y')`.
fn time_strptime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = STRPTIME.bind(&a)?;
    let data = s[0].cloned().unwrap_or(Value::None);
    let data = format::str_arg(vm, &data, 1)?.to_string();
    let fmt = match s[1] {
        Some(f) => format::str_arg(vm, f, 2)?.to_string(),
        None => "%a %b %d %H:%M:%S %Y".to_string(),
    };
    let tm = format::strptime(&data, &fmt)?;
    new_struct_time(vm, &tm)
}

// ---- zone constants -----------------------------------------------------------

/// (timezone, altzone, daylight, tzname) as CPython's `init_timezone` on
/// glibc computes them.
fn zone_constants() -> (i64, i64, bool, (String, String)) {
    let now = epoch_secs() as i64;
    let year = struct_time::gmtime(now).year;
    let jan = struct_time::days_from_civil(year, 1, 1) * 86_400;
    let jul = struct_time::days_from_civil(year, 7, 1) * 86_400;
    let (Some(j), Some(u)) = (struct_time::localtime(jan), struct_time::localtime(jul)) else {
        return (0, 0, false, ("UTC".into(), "UTC".into()));
    };
    let janzone = -j.gmtoff.unwrap_or(0);
    let julyzone = -u.gmtoff.unwrap_or(0);
    let janname = j.zone.unwrap_or_default();
    let julyname = u.zone.unwrap_or_default();
    if janzone < julyzone {
        // The southern hemisphere: DST in January.
        (julyzone, janzone, janzone != julyzone, (julyname, janname))
    } else {
        (janzone, julyzone, janzone != julyzone, (janname, julyname))
    }
}

/// `time.tzset()`: re-reads `TZ` (from `os.environ`, see `sync_tz`) and
/// recomputes `timezone`, `altzone`, `daylight` and `tzname`.
fn time_tzset(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    use garter_interp::value::Payload;
    sync_tz(vm);
    struct_time::c_tzset();
    let (timezone, altzone, daylight, (std_name, dst_name)) = zone_constants();
    let module = match vm.g.modules.payload() {
        Payload::Dict(mods) => mods.borrow().get_str("time").cloned(),
        _ => None,
    };
    if let Some(m) = module {
        vm.set_attr_str(&m, "timezone", Value::Int(timezone))?;
        vm.set_attr_str(&m, "altzone", Value::Int(altzone))?;
        vm.set_attr_str(&m, "daylight", Value::Int(daylight as i64))?;
        vm.set_attr_str(&m, "tzname", Value::new_tuple(vec![Value::from_string(std_name), Value::from_string(dst_name)]))?;
    }
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("asctime", time_asctime),
    ("clock_gettime", time_clock_gettime),
    ("clock_gettime_ns", time_clock_gettime_ns),
    ("ctime", time_ctime),
    ("get_clock_info", time_get_clock_info),
    ("gmtime", time_gmtime),
    ("localtime", time_localtime),
    ("mktime", time_mktime),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_monotonic),
    ("perf_counter_ns", time_monotonic_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("sleep", time_sleep),
    ("strftime", time_strftime),
    ("strptime", time_strptime),
    ("thread_time", time_thread_time),
    ("thread_time_ns", time_thread_time_ns),
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("tzset", time_tzset),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    struct_time::c_tzset();
    let struct_time = struct_time::make_class(vm)?;
    let (timezone, altzone, daylight, (std_name, dst_name)) = zone_constants();
    let consts = [
        ("struct_time", struct_time),
        ("timezone", Value::Int(timezone)),
        ("altzone", Value::Int(altzone)),
        ("daylight", Value::Int(daylight as i64)),
        ("tzname", Value::new_tuple(vec![Value::from_string(std_name), Value::from_string(dst_name)])),
        ("CLOCK_REALTIME", Value::Int(libc::CLOCK_REALTIME as i64)),
        ("CLOCK_MONOTONIC", Value::Int(libc::CLOCK_MONOTONIC as i64)),
        ("CLOCK_PROCESS_CPUTIME_ID", Value::Int(libc::CLOCK_PROCESS_CPUTIME_ID as i64)),
        ("CLOCK_THREAD_CPUTIME_ID", Value::Int(libc::CLOCK_THREAD_CPUTIME_ID as i64)),
        ("CLOCK_MONOTONIC_RAW", Value::Int(libc::CLOCK_MONOTONIC_RAW as i64)),
        ("CLOCK_BOOTTIME", Value::Int(libc::CLOCK_BOOTTIME as i64)),
    ];
    crate::sys::make_module(vm, "time", FUNCTIONS, &consts)
}
